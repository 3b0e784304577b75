/**
 * Fixed-window counters in memory, per key, with an injected clock. One process serves one
 * center, so memory is enough; several processes would need a shared store (noted in README).
 * Windows that ended are swept lazily, so the map cannot grow without bound under a flood of keys.
 */
export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

export type RateVerdict = { readonly ok: true } | { readonly ok: false; readonly retryAfterS: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Counts one hit against `key` and says whether it is still within the limit. */
  hit(key: string): RateVerdict {
    const verdict = this.peek(key);
    const w = this.window(key);
    w.count++;
    return verdict;
  }

  /** Whether one more hit would be allowed, without counting it. */
  peek(key: string): RateVerdict {
    const w = this.window(key);
    if (w.count < this.limit.max) return { ok: true };
    return {
      ok: false,
      retryAfterS: Math.max(1, Math.ceil((w.start + this.limit.windowMs - this.now()) / 1000)),
    };
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private window(key: string): { start: number; count: number } {
    const t = this.now();
    if (t - this.lastSweep > this.limit.windowMs) {
      for (const [k, w] of this.windows) if (t - w.start >= this.limit.windowMs) this.windows.delete(k);
      this.lastSweep = t;
    }
    let w = this.windows.get(key);
    if (w === undefined || t - w.start >= this.limit.windowMs) {
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    return w;
  }
}
