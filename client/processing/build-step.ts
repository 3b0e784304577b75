import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../shared/schemas/dossier-event';
import { apply } from '../../shared/status/apply';
import { projectDossier, type ProjectionContext } from '../../shared/status/project-dossier';
import { replay } from '../../shared/status/replay';
import type { StatusCode } from '../../shared/status/statuses';
import type { Actor } from '../dossiers/demo-actor';
import { ACTIONS, reasonRequired, refusal } from './actions';
import { payloadOf, type StepInput } from './step-input';

/**
 * One officer step, pure: dossier + its local log + input + actor + clock + event id → the event
 * to append and the dossier cache to write. Invariants:
 *  B1. The machine is checked against the dossier's LOCAL log (replay of the events this device
 *      holds, in stored order), never against the cached status: the log wins (DossierSchema D1).
 *      A device that holds the dossier but not yet its register/accept refuses (history_missing).
 *  B2. The event carries the dossier's receivingPointId and field (DossierEventSchema E4), the
 *      signed-in actor, and `at` = now.
 *  B3. The dossier cache is exactly projectDossier(dossier, log + event) — the function the
 *      server runs after storing events (EVT6) — plus updatedAt = now; never set by hand.
 *  B4. Both outputs pass their schemas: what is written is what the server accepts.
 *  B5. Errors are a closed list, one per thing the officer can fix, in the order they are checked.
 */
export const STEP_ERRORS = [
  'history_missing',
  'not_allowed_now',
  'role_not_allowed',
  'reason_required',
  'reason_too_long',
  'assignee_required',
  'assignee_invalid',
  'already_assigned',
  'due_invalid',
  'due_not_after_now',
  'due_not_after_current',
  'amount_invalid',
  'invalid',
] as const;
export type StepError = (typeof STEP_ERRORS)[number];

export interface StepContext {
  readonly dossier: Dossier;
  /** The dossier's events on this device, in stored order (stored-order.ts). */
  readonly log: readonly DossierEvent[];
  readonly actor: Actor;
  readonly now: Date;
  readonly eventId: string;
  /** Deadline of the dossier's procedure and the calendar, both from the device's catalogue. */
  readonly projection: ProjectionContext;
}

export type StepResult =
  | {
      readonly ok: true;
      readonly event: DossierEvent;
      readonly dossier: Dossier;
      readonly status: StatusCode;
    }
  | { readonly ok: false; readonly error: StepError };

const fail = (error: StepError): StepResult => ({ ok: false, error });

export function buildStep(ctx: StepContext, input: StepInput): StepResult {
  const { dossier, now } = ctx;
  const state = replay(ctx.log).state; // B1
  if (state === null) return fail('history_missing');
  const refused = refusal(state, ctx.actor.role, input.action);
  if (refused !== null) return fail(refused);

  // Only an action that asks for a reason records one, whatever else the form held.
  const reason = ACTIONS[input.action].inputs.includes('reason') ? (input.reason ?? '').trim() : '';
  if (reasonRequired(input.action) && reason === '') return fail('reason_required');
  if (reason.length > 2000) return fail('reason_too_long');
  const payload = payloadOf(input, { state, dossier, actor: ctx.actor, now });
  if (!payload.ok) return fail(payload.error);

  const parsed = DossierEventSchema.safeParse({
    id: ctx.eventId,
    dossierId: dossier.id,
    receivingPointId: dossier.receivingPointId, // B2
    field: dossier.field,
    type: ACTIONS[input.action].event,
    at: now.toISOString(),
    actorId: ctx.actor.id,
    actorRole: ctx.actor.role,
    ...(reason === '' ? {} : { reason }),
    payload: payload.value,
  });
  if (!parsed.success) return fail('invalid'); // B4
  const verdict = apply(state, parsed.data);
  if (!verdict.ok)
    return fail(verdict.error.code === 'role_not_allowed' ? 'role_not_allowed' : 'not_allowed_now');

  const projected = projectDossier(dossier, [...ctx.log, parsed.data], ctx.projection); // B3
  const updated = DossierSchema.safeParse({ ...projected.dossier, updatedAt: now.toISOString() });
  if (!updated.success) return fail('invalid'); // B4
  return { ok: true, event: parsed.data, dossier: updated.data, status: verdict.state.status };
}
