import type { Procedure } from '../../shared/schemas/procedure';

/**
 * What the counter records besides the applicant (intake-form.ts): where each required document
 * stands, whether the fee was paid, and whether the dossier is accepted or not. Pure.
 *  X1. A document may be `replaced_by_population_data` only where the procedure says population
 *      data can replace it (RequiredDocument.replaceableByPopulationData).
 *  X2. `digitised` needs at least one photo or scan (DossierDocumentSchema).
 *  X3. Not accepted needs a reason: the citizen gets it on slip 03 (status/transitions.ts T3).
 *  X4. A free procedure has nothing to pay: its payment is `not_required` whatever was picked.
 */
export const INTAKE_DOC_STATES = [
  'missing',
  'received_paper',
  'digitised',
  'replaced_by_population_data',
] as const;
export type IntakeDocState = (typeof INTAKE_DOC_STATES)[number];
export const INTAKE_PAYMENTS = ['unpaid', 'paid', 'waived'] as const;
export type IntakePayment = (typeof INTAKE_PAYMENTS)[number];
export const INTAKE_OUTCOMES = ['accepted', 'not_accepted'] as const;
export type IntakeOutcomeKind = (typeof INTAKE_OUTCOMES)[number];

export interface IntakeDocDraft {
  readonly state: IntakeDocState;
  readonly attachmentIds: readonly string[];
}

export interface IntakeExtrasDraft {
  readonly documents: Readonly<Record<string, IntakeDocDraft>>;
  readonly payment: IntakePayment;
  readonly outcome: IntakeOutcomeKind;
  readonly reason: string;
}

export type IntakeDecision =
  { readonly kind: 'accepted' } | { readonly kind: 'not_accepted'; readonly reason: string };

export interface IntakeExtras {
  readonly documents: readonly {
    readonly requirementId: string;
    readonly state: IntakeDocState;
    readonly attachmentIds: readonly string[];
  }[];
  readonly payment: IntakePayment | 'not_required';
  readonly decision: IntakeDecision;
}

export const EXTRAS_ERRORS = ['reason_required', 'attachment_required', 'not_replaceable'] as const;
export type ExtrasError = (typeof EXTRAS_ERRORS)[number];
export interface ExtrasErrors {
  readonly reason?: ExtrasError;
  readonly documents?: Readonly<Record<string, ExtrasError>>;
}

export const emptyExtras = (): IntakeExtrasDraft => ({
  documents: {},
  payment: 'unpaid',
  outcome: 'accepted',
  reason: '',
});

export function parseIntakeExtras(
  procedure: Procedure,
  draft: IntakeExtrasDraft,
):
  | { readonly ok: true; readonly value: IntakeExtras }
  | { readonly ok: false; readonly errors: ExtrasErrors } {
  const documents: Record<string, ExtrasError> = {};
  const out = procedure.documents.map((d) => {
    const doc = draft.documents[d.id] ?? { state: 'missing', attachmentIds: [] };
    if (doc.state === 'replaced_by_population_data' && !d.replaceableByPopulationData)
      documents[d.id] = 'not_replaceable'; // X1
    if (doc.state === 'digitised' && doc.attachmentIds.length === 0) documents[d.id] = 'attachment_required'; // X2
    return { requirementId: d.id, state: doc.state, attachmentIds: doc.attachmentIds };
  });
  const reason = draft.reason.trim();
  const reasonMissing = draft.outcome === 'not_accepted' && reason === ''; // X3
  if (reasonMissing || Object.keys(documents).length > 0)
    return {
      ok: false,
      errors: {
        ...(reasonMissing ? { reason: 'reason_required' as const } : {}),
        ...(Object.keys(documents).length > 0 ? { documents } : {}),
      },
    };
  return {
    ok: true,
    value: {
      documents: out,
      payment: procedure.fee.amount === 0 ? 'not_required' : draft.payment, // X4
      decision: draft.outcome === 'accepted' ? { kind: 'accepted' } : { kind: 'not_accepted', reason },
    },
  };
}
