import type { DossierEventType } from './events';
import type { StatusCode } from './statuses';

/** Closed set of reasons the machine refuses an event; never widened with `| string`. */
export const TRANSITION_ERROR_CODES = [
  'not_registered', // first event of a log is not `register`
  'already_registered', // `register` on a dossier that exists
  'illegal_transition', // the event cannot leave the current status
  'role_not_allowed', // the actor's role may not perform this event
  'reason_required', // refusal, supplement, stop, withdrawal, apology without a reason
  'payload_invalid', // a required payload field is missing or malformed
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export interface TransitionError {
  readonly code: TransitionErrorCode;
  readonly event: DossierEventType;
  /** Current status, or null when the dossier has no events yet. */
  readonly status: StatusCode | null;
  /** For payload_invalid: which field. */
  readonly field?: string;
}
