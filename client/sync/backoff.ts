import type { Timers } from './timers';

export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000 };

/**
 * Exponential back-off with jitter whose wait can be cut short. Invariants:
 *  B1. the n-th consecutive wait lasts between half and all of min(max, base·2ⁿ), so devices that
 *      lost the server together do not come back in lockstep;
 *  B2. `wake()` ends every wait at once and starts the series again: the network is back
 *      (`online`, the live stream reconnected), so the next attempt should happen now;
 *  B3. `reset()` after a success starts the series again.
 */
export class Backoff {
  private attempt = 0;
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly timers: Timers,
    private readonly random: () => number,
    private readonly opts: BackoffOptions = DEFAULT_BACKOFF,
  ) {}

  nextDelay(): number {
    const cap = Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 30);
    return cap / 2 + (this.random() * cap) / 2; // B1
  }

  wait(): Promise<void> {
    const ms = this.nextDelay();
    return new Promise((resolve) => {
      const done = (): void => {
        cancel();
        this.waiting.delete(done);
        resolve();
      };
      const cancel = this.timers.after(ms, done);
      this.waiting.add(done);
    });
  }

  reset(): void {
    this.attempt = 0; // B3
  }

  wake(): void {
    this.attempt = 0; // B2
    for (const done of [...this.waiting]) done();
  }

  get pending(): number {
    return this.waiting.size;
  }
}
