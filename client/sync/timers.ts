/** Time is injected (house rule) so that tests move it by hand instead of sleeping. */
export interface Timers {
  /** Runs `fn` once after `ms`; the returned function cancels it. */
  after(ms: number, fn: () => void): () => void;
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const browserTimers: Timers = {
  after: (ms, fn) => {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
  },
  now: () => Date.now(),
};
