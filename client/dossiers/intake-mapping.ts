import { tryComputeDueAt } from '../../shared/calendar';
import { DossierSchema, type Dossier, type DossierInput } from '../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../shared/schemas/dossier-event';
import type { Procedure } from '../../shared/schemas/procedure';
import type { Role } from '../../shared/schemas/user';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import type { DossierEventType } from '../../shared/status/events';
import type { IntakeDecision, IntakeExtras } from './intake-extras';
import type { IntakeInput } from './intake-form';

/**
 * Form → dossier at the counter, pure: everything that varies (clock, ids, code, who) is passed in,
 * so the mapping is tested without a browser. Invariants:
 *  I1. The dossier is received and decided in one sitting, as at a counter where the officer
 *      checks the papers with the citizen present (Decree 61/2018 Art. 15): register then accept
 *      (status 2), or register then refuse with the reason (status 3, "not accepted", slip 03).
 *      Its status is what replay(events) gives (DossierSchema D1).
 *  I2. dueAt = computeDueAt(receivedAt, procedure deadline, calendar) (D2); no pauses yet. A dossier
 *      not accepted keeps the due time it would have had (the schema requires one).
 *  I3. Documents: as the officer marked them (intake-extras.ts), else every one `missing`.
 *  I4. Fee: the procedure's fixed amount; free → not_required; paid → paid at receipt; a fee that
 *      varies (amount null, P2) is recorded as 0 until the officer enters the amount.
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
  /** Documents, payment and decision (I1, I3, I4); absent: accepted, all missing, unpaid. */
  readonly extras?: IntakeExtras;
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
  const extras = ctx.extras;
  const payment = procedure.fee.amount === 0 ? 'not_required' : (extras?.payment ?? 'unpaid'); // I4
  const decision: IntakeDecision = extras?.decision ?? { kind: 'accepted' };
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
    status: decision.kind === 'accepted' ? 2 : 3, // I1
    documents:
      extras?.documents.map((d) => ({ ...d, attachmentIds: [...d.attachmentIds] })) ??
      procedure.documents.map((d) => ({ requirementId: d.id, state: 'missing', attachmentIds: [] })), // I3
    fee: { amountVnd: amount, paymentState: payment, ...(payment === 'paid' ? { paidAt: receivedAt } : {}) }, // I4
    pauses: [],
    resultDelivery: method === 'postal' ? { method, address: input.address } : { method }, // I5
    field: procedure.field,
    updatedAt: receivedAt,
  };
  const dossier = DossierSchema.safeParse(candidate); // I6
  if (!dossier.success)
    return { ok: false, error: 'invalid_dossier', detail: describe(dossier.error.issues) };
  const event = (id: string, type: DossierEventType, reason?: string) =>
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
      ...(reason === undefined ? {} : { reason }),
      payload: {},
    });
  const decided =
    decision.kind === 'accepted'
      ? event(ctx.ids.accept, 'accept')
      : event(ctx.ids.accept, 'refuse', decision.reason);
  const parsed = [event(ctx.ids.register, 'register'), decided];
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
