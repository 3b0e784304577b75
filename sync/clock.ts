/** Time and identity are injected into the engine (house rule); tests pass fakes. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface IdSource {
  next(): string;
}

/** A clock that only moves when told to: for deterministic tests and fuzzing. */
export function manualClock(startMs = Date.UTC(2026, 0, 5, 1, 0, 0)): Clock & { advance(ms: number): void } {
  let t = startMs;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** Ids `prefix-1`, `prefix-2`, …: deterministic and unique per source. */
export function counterIds(prefix: string): IdSource {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}

export const isoAt = (clock: Clock): string => new Date(clock.now()).toISOString();
