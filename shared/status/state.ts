import type { PauseReason } from './events';
import type { StatusCode } from './statuses';

/** An interval during which the legal processing time does not run. `to` absent: still open. */
export interface Pause {
  readonly from: string;
  readonly to?: string;
  readonly reason: PauseReason;
}

/**
 * What the event log says about a dossier. Invariants:
 *  S1. `resumeTo` is set exactly when status is 5 or 6: the status the dossier had when the
 *      pause began (1, 2 or 4 for a supplement; always 4 for a financial obligation), to which
 *      `supplement_received` / `financial_obligation_fulfilled` return.
 *  S2. `pauses` are in log order and only the last one may be open; one is open exactly when
 *      status is 5 or 6 and the dossier had been accepted before the pause began.
 *  S3. `acceptedAt` is the instant of the `accept` event: the moment the legal clock starts.
 */
export interface DossierState {
  readonly status: StatusCode;
  readonly resumeTo?: StatusCode;
  readonly pauses: readonly Pause[];
  readonly acceptedAt?: string;
  readonly assigneeId?: string;
  /** The latest appointment given on an apology slip (04), replacing the computed due time. */
  readonly rescheduledDueAt?: string;
}
