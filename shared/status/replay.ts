import { apply, type MachineEvent } from './apply';
import type { TransitionError } from './errors';
import type { DossierState } from './state';

export interface RejectedEvent<E> {
  readonly index: number;
  readonly event: E;
  readonly error: TransitionError;
}

export interface ReplayResult<E> {
  /** null when no event was accepted (empty log, or no valid `register`). */
  readonly state: DossierState | null;
  /** Events that the machine refused, in log order; the sync layer files them for review. */
  readonly rejected: readonly RejectedEvent<E>[];
}

/**
 * Derives a dossier's status and pause intervals from its event log, in the order given (the
 * server's sequence order; device clocks are never used to reorder). An illegal event is skipped
 * and reported rather than stopping the replay: the log is append-only, so one bad event from an
 * offline device must not hide everything after it (ARCHITECTURE.md: rejected into a review
 * queue, never dropped silently). Replaying the same log always gives the same result.
 */
export function replay<E extends MachineEvent>(events: readonly E[]): ReplayResult<E> {
  let state: DossierState | null = null;
  const rejected: RejectedEvent<E>[] = [];
  events.forEach((event, index) => {
    const result = apply(state, event);
    if (result.ok) state = result.state;
    else rejected.push({ index, event, error: result.error });
  });
  return { state, rejected };
}
