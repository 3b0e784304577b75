import { tryComputeDueAt } from '../../shared/calendar';
import { DossierSchema, type Dossier, type DossierInput } from '../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../shared/schemas/dossier-event';
import type { Procedure } from '../../shared/schemas/procedure';
import type { Role } from '../../shared/schemas/user';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import type { DossierEventType } from '../../shared/status/events';
import type { IntakeInput } from './intake-form';

/**
 * Form → dossier at the counter, pure: everything that varies (clock, ids, code, who) is passed in,
 * so the mapping is tested without a browser. Invariants:
 *  I1. The dossier is received and accepted in one sitting (register then accept, status 2), as at
 *      a counter where the officer checks the papers with the citizen present (Decree 61/2018
 *      Art. 15). Its status is what replay(events) gives (DossierSchema D1).
 *  I2. dueAt = computeDueAt(receivedAt, procedure deadline, calendar) (D2); no pauses yet.
 *  I3. Every required document starts `missing`; the officer ticks them off in a later screen.
 *  I4. Fee: the procedure's fixed amount, unpaid; free → not_required; a fee that varies
 *      (amount null, P2) is recorded as 0 and unpaid until the officer enters the amount.
 *  I5. Results go back by the procedure's first offered method; a postal return is addressed to
 *      the applicant's address (ResultDeliveryInfoSchema requires one).
 *  I6. Both outputs pass their zod schemas, so what is inserted is what the server accepts.
 */
export interface IntakeContext {
  readonly procedure: Procedure;
  readonly code: string;
  readonly now: Date;
  readonly calendar: WorkCalendar;
  readonly ids: { readonly dossier: string; readonly register: string; readonly accept: string };
  readonly actor: { readonly id: string; readonly role: Role };
}

export const INTAKE_ERRORS = ['deadline_failed', 'invalid_dossier', 'invalid_event'] as const;
export type IntakeError = (typeof INTAKE_ERRORS)[number];

export type IntakeResult =
  | { readonly ok: true; readonly dossier: Dossier; readonly events: readonly DossierEvent[] }
  | { readonly ok: false; readonly error: IntakeError; readonly detail?: string };

export function buildIntake(input: IntakeInput, ctx: IntakeContext): IntakeResult {
  const { procedure, now } = ctx;
  const receivedAt = now.toISOString();
  const due = tryComputeDueAt(now, procedure.deadline, { calendar: ctx.calendar }); // I2
  if (!due.ok) return { ok: false, error: 'deadline_failed', detail: due.error.reason };
  const amount = procedure.fee.amount ?? 0;
  const method = procedure.resultDelivery[0] ?? 'counter';
  const candidate: DossierInput = {
    id: ctx.ids.dossier,
    code: ctx.code,
    procedureId: procedure.id,
    applicant: {
      fullName: input.fullName,
      citizenId: input.citizenId,
      phone: input.phone,
      address: input.address,
    },
    channel: input.channel,
    receivingPointId: input.receivingPointId,
    receivedAt,
    dueAt: due.dueAt.toISOString(),
    status: 2, // I1
    documents: procedure.documents.map((d) => ({ requirementId: d.id, state: 'missing', attachmentIds: [] })), // I3
    fee: { amountVnd: amount, paymentState: procedure.fee.amount === 0 ? 'not_required' : 'unpaid' }, // I4
    pauses: [],
    resultDelivery: method === 'postal' ? { method, address: input.address } : { method }, // I5
    field: procedure.field,
    updatedAt: receivedAt,
  };
  const dossier = DossierSchema.safeParse(candidate); // I6
  if (!dossier.success)
    return { ok: false, error: 'invalid_dossier', detail: describe(dossier.error.issues) };
  const event = (id: string, type: DossierEventType) =>
    DossierEventSchema.safeParse({
      id,
      dossierId: dossier.data.id,
      // E4 (dossier-event.ts): an event carries its dossier's scope so the server can file it.
      receivingPointId: dossier.data.receivingPointId,
      field: dossier.data.field,
      type,
      at: receivedAt,
      actorId: ctx.actor.id,
      actorRole: ctx.actor.role,
      payload: {},
    });
  const parsed = [event(ctx.ids.register, 'register'), event(ctx.ids.accept, 'accept')];
  const events: DossierEvent[] = [];
  for (const e of parsed) {
    if (!e.success) return { ok: false, error: 'invalid_event', detail: describe(e.error.issues) };
    events.push(e.data);
  }
  return { ok: true, dossier: dossier.data, events };
}

/** Paths and codes only: never values, which are personal data (PRODUCT.md). */
const describe = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string =>
  issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
