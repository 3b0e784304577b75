import type { Dossier } from '../../shared/schemas/dossier';
import { UserIdSchema } from '../../shared/schemas/user';
import type { DossierState } from '../../shared/status/state';
import type { Actor } from '../dossiers/demo-actor';
import type { ProcessingAction } from './actions';

/** What the officer typed, as the form holds it; fields an action does not ask for are ignored. */
export interface StepInput {
  readonly action: ProcessingAction;
  readonly reason?: string;
  /** assign: the officer's user id ("take" assigns to the actor). */
  readonly assigneeId?: string;
  /** apologise_reschedule: the new appointment, an ISO instant ('' or malformed: due_invalid). */
  readonly newDueAt?: string;
  /** request_financial_obligation: whole đồng, optional ('' = not known yet). */
  readonly amountVnd?: string;
}

export type PayloadError =
  | 'assignee_required'
  | 'assignee_invalid'
  | 'already_assigned'
  | 'due_invalid'
  | 'due_not_after_now'
  | 'due_not_after_current'
  | 'amount_invalid';

export interface Payload {
  assigneeId?: string;
  newDueAt?: string;
  amountVnd?: number;
}

interface Sources {
  readonly state: DossierState;
  readonly dossier: Dossier;
  readonly actor: Actor;
  readonly now: Date;
}

/**
 * The event payload of an action. Invariants:
 *  PI1. An assignment names someone other than the current assignee (the same one changes
 *       nothing: projectDossier P5 would write nothing, yet the log would grow).
 *  PI2. A new appointment (slip 04) is after now and after the appointment the citizen holds now
 *       (rescheduledDueAt ?? dueAt): an apology never brings the date forward.
 *  PI3. An amount is whole, non-negative đồng (VndSchema); thousands separators are accepted.
 */
export function payloadOf(
  input: StepInput,
  src: Sources,
): { ok: true; value: Payload } | { ok: false; error: PayloadError } {
  switch (input.action) {
    case 'take':
    case 'assign': {
      const id = input.action === 'take' ? src.actor.id : (input.assigneeId ?? '').trim();
      if (id === '') return { ok: false, error: 'assignee_required' };
      if (!UserIdSchema.safeParse(id).success) return { ok: false, error: 'assignee_invalid' };
      if (id === src.state.assigneeId) return { ok: false, error: 'already_assigned' }; // PI1
      return { ok: true, value: { assigneeId: id } };
    }
    case 'apologise_reschedule': {
      const at = Date.parse(input.newDueAt ?? '');
      if (Number.isNaN(at)) return { ok: false, error: 'due_invalid' };
      if (at <= src.now.getTime()) return { ok: false, error: 'due_not_after_now' }; // PI2
      const current = Date.parse(src.state.rescheduledDueAt ?? src.dossier.dueAt); // the log's, D1
      if (at <= current) return { ok: false, error: 'due_not_after_current' };
      return { ok: true, value: { newDueAt: new Date(at).toISOString() } };
    }
    case 'request_financial_obligation': {
      const text = (input.amountVnd ?? '').replace(/[.,\s]/g, '');
      if (text === '') return { ok: true, value: {} };
      const amount = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN; // PI3
      return Number.isSafeInteger(amount)
        ? { ok: true, value: { amountVnd: amount } }
        : { ok: false, error: 'amount_invalid' };
    }
    default:
      return { ok: true, value: {} };
  }
}
