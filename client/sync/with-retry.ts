import type { Backoff } from './backoff';
import type { SyncFailure, TransportResult } from './failure';
import { isFatal, SyncFailureError } from './failure';

export interface RetryContext {
  readonly backoff: Backoff;
  /** True once the replication was cancelled or paused: stop trying. */
  readonly stopped: () => boolean;
  readonly onFailure: (failure: SyncFailure) => void;
}

/**
 * Runs a request until it succeeds. The retry lives here rather than in RxDB's fixed `retryTime`
 * so that the wait grows (Backoff B1) and can be cut short when the network comes back (B2).
 * Throws (which RxDB reports on `error$`) only when the failure is fatal (426) or the
 * replication stopped; RxDB's own retry then finds it stopped and gives up.
 */
export async function withRetry<T>(
  attempt: () => Promise<TransportResult<T>>,
  ctx: RetryContext,
): Promise<T> {
  for (;;) {
    const result = await attempt();
    if (result.ok) {
      ctx.backoff.reset();
      return result.value;
    }
    ctx.onFailure(result.failure);
    if (isFatal(result.failure) || ctx.stopped()) throw new SyncFailureError(result.failure);
    await ctx.backoff.wait();
    if (ctx.stopped()) throw new SyncFailureError(result.failure);
  }
}
