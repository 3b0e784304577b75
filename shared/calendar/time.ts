/**
 * Fixed-offset local time arithmetic (invariant W1: no DST). A "day number" counts local days
 * since 1970-01-01, so consecutive calendar days are consecutive integers.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** A half-open span [from, to) of UTC milliseconds. */
export type Span = readonly [from: number, to: number];

export const dayNumberOf = (ms: number, offsetMs: number): number => Math.floor((ms + offsetMs) / DAY_MS);

/** UTC milliseconds of local midnight starting `day`. */
export const dayStartMs = (day: number, offsetMs: number): number => day * DAY_MS - offsetMs;

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Day number of a YYYY-MM-DD date, or NaN when it is not a real date. Runs once per exception
 * each time a calendar is compiled, so it is plain arithmetic (days-from-civil) with no Date.
 */
export function dayNumberOfIsoDate(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return Number.NaN;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1)
    return Number.NaN;
  if (d > (m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0))) return Number.NaN;
  const shifted = m <= 2 ? y - 1 : y;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export const isoDateOfDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
