/**
 * When the app locks itself. L1: a signed-in device with a PIN locks once no input was seen for
 * the idle period. L2: opening the app again (a new browsing session: sessionStorage is empty)
 * starts locked; a reload within the session keeps the lock state and the last activity time.
 */
export const IDLE_CHOICES_MIN = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MIN = 5;
export const MAX_PIN_FAILURES = 5;

/** The stored idle setting in minutes; anything else falls back to the default. */
export function parseIdleMinutes(raw: string | null): number {
  const n = Number(raw);
  return (IDLE_CHOICES_MIN as readonly number[]).includes(n) ? n : DEFAULT_IDLE_MIN;
}

export const isIdleExpired = (lastActiveMs: number, nowMs: number, idleMinutes: number): boolean =>
  nowMs - lastActiveMs >= idleMinutes * 60_000; // L1

/** L2: the state to start a page in, from what this browsing session remembers. */
export function startsLocked(opts: {
  readonly hasPin: boolean;
  readonly unlockedAt: number | null;
  readonly lastActiveMs: number | null;
  readonly nowMs: number;
  readonly idleMinutes: number;
}): boolean {
  if (!opts.hasPin) return false;
  if (opts.unlockedAt === null) return true;
  return isIdleExpired(opts.lastActiveMs ?? opts.unlockedAt, opts.nowMs, opts.idleMinutes);
}
