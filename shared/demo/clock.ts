import type { Rng } from './prng';

/**
 * Demo timing in Vietnamese local time (UTC+7, no daylight saving). Counter work happens in
 * civil-service hours, Monday to Friday 08:00–12:00 and 13:00–17:00; online filing at any hour.
 * Holidays are ignored here: a demo dossier filed on one is harmless, and the due times still
 * come from the real calendar (computeDueAt).
 */
export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const VN_OFFSET_MS = 7 * HOUR_MS;

/** An instant at local hh:mm on the local day containing `localMidnightMs - offset`. */
const atLocal = (localDayStartMs: number, minutes: number): Date =>
  new Date(localDayStartMs + minutes * 60_000 - VN_OFFSET_MS);

/** Start of the local (VN) day that contains `ms`, expressed on the local clock. */
const localDayStart = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS) * DAY_MS;

/** A counter-hours instant within `spanDays` before `now`, never after it. */
export function counterInstant(rng: Rng, now: Date, spanDays: number): Date {
  for (;;) {
    const day = localDayStart(now.getTime()) - rng.int(0, spanDays) * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    // Morning 08:00–11:45 or afternoon 13:00–16:45: the last quarter hour takes no new dossiers.
    const minutes = rng.chance(0.55) ? rng.int(8 * 60, 11 * 60 + 45) : rng.int(13 * 60, 16 * 60 + 45);
    const at = atLocal(day, minutes);
    if (at.getTime() <= now.getTime()) return at;
  }
}

/** Any instant within `spanDays` before `now`, for online filing. */
export const anyInstant = (rng: Rng, now: Date, spanDays: number): Date =>
  new Date(now.getTime() - Math.floor(rng.next() * spanDays * DAY_MS));

export const addHours = (at: Date, hours: number): Date =>
  new Date(at.getTime() + Math.round(hours * HOUR_MS));
