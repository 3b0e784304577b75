import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../shared/schemas/dossier-event';
import { apply } from '../../shared/status/apply';
import type { Actor } from './demo-actor';

/**
 * Handing the result back (status 9 → 10, `return_result`; Decree 61/2018/NĐ-CP Art. 18, as
 * amended by Decree 107/2021/NĐ-CP), pure: clock and event id are passed in. Invariants:
 *  RR1. The status machine decides: the event must be legal from the dossier's status for the
 *       actor's role (shared/status TRANSITIONS: from [9], counter roles). Its refusal codes map
 *       to `not_completed` / `role_not_allowed`.
 *  RR2. The event carries its dossier's receivingPointId and field (DossierEventSchema E4) so the
 *       server files it in the dossier's sync scope.
 *  RR3. The dossier's status is the cache of its log (DossierSchema D1): set to what `apply`
 *       returns, never written by hand. resultDelivery records who received it, how and when.
 *  RR4. A postal return needs an address (ResultDeliveryInfoSchema); a counter return drops any
 *       earlier postal address, which no longer says where the result went.
 *  RR5. The time is when the result changed hands, so it can be entered after the fact, but not
 *       before the dossier was received nor in the future (one minute of clock slack).
 *  RR6. Both outputs pass their zod schemas: what is written is what the server accepts.
 */
export const RETURN_METHODS = ['counter', 'postal'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export interface ReturnInput {
  readonly recipientName: string;
  readonly method: ReturnMethod;
  readonly address: string;
  /** An ISO instant (see vnLocalToInstant for the form's datetime-local value). */
  readonly returnedAt: string;
}

export const RETURN_ERRORS = [
  'not_completed',
  'role_not_allowed',
  'recipient_required',
  'address_required',
  'time_invalid',
  'time_in_future',
  'time_before_received',
  'invalid',
] as const;
export type ReturnError = (typeof RETURN_ERRORS)[number];

export type ReturnResult =
  | { readonly ok: true; readonly dossier: Dossier; readonly event: DossierEvent }
  | { readonly ok: false; readonly error: ReturnError };

const SLACK_MS = 60_000;

export function returnResult(
  dossier: Dossier,
  input: ReturnInput,
  actor: Actor,
  now: Date,
  eventId: string,
): ReturnResult {
  const fail = (error: ReturnError): ReturnResult => ({ ok: false, error });
  const recipientName = input.recipientName.trim();
  const address = input.address.trim();
  const at = Date.parse(input.returnedAt);
  if (recipientName === '' || recipientName.length > 128) return fail('recipient_required');
  if (input.method === 'postal' && (address === '' || address.length > 512)) return fail('address_required'); // RR4
  if (Number.isNaN(at)) return fail('time_invalid');
  if (at > now.getTime() + SLACK_MS) return fail('time_in_future'); // RR5
  if (at < Date.parse(dossier.receivedAt)) return fail('time_before_received');
  const returnedAt = new Date(at).toISOString();

  const event = DossierEventSchema.safeParse({
    id: eventId,
    dossierId: dossier.id,
    receivingPointId: dossier.receivingPointId, // RR2
    field: dossier.field,
    type: 'return_result',
    at: returnedAt,
    actorId: actor.id,
    actorRole: actor.role,
    payload: {},
  });
  if (!event.success) return fail('invalid');
  const state = { status: dossier.status, pauses: dossier.pauses };
  const next = apply(state, event.data); // RR1
  if (!next.ok) return fail(next.error.code === 'role_not_allowed' ? 'role_not_allowed' : 'not_completed');

  const updated = DossierSchema.safeParse({
    ...dossier,
    status: next.state.status, // RR3
    resultDelivery:
      input.method === 'postal'
        ? { method: 'postal', address, recipientName, returnedAt }
        : { method: 'counter', recipientName, returnedAt },
    updatedAt: now.toISOString(),
  });
  if (!updated.success) return fail('invalid'); // RR6
  return { ok: true, dossier: updated.data, event: event.data };
}

const VN_OFFSET = '+07:00';

/** A datetime-local value ("2026-02-10T08:30"), read as Vietnam time, as an ISO instant. */
export function vnLocalToInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const ms = Date.parse(`${local}:00${VN_OFFSET}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The instant as a datetime-local value in Vietnam time: the form's default is "now". */
export function instantToVnLocal(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
