import type { CompiledCalendar } from './compiled-calendar';
import { pausedMsWithin } from './pauses';
import { DAY_MS, dayNumberOf, type Span } from './time';
import { closeOfBusinessFrom, MAX_SPAN_DAYS } from './working-segments';
import { nextWorkingInstantMs } from './working-time';
import { CalendarError } from './errors';

/**
 * A deadline of `days` calendar days.
 *   C1  The day of receipt is the local date of the first working instant at or after receipt,
 *       the same "counts from the next working hour" rule as for working units: a dossier
 *       received on Friday night or on a holiday is received on the next working day.
 *   C2  Due at the close of business (17:00 in the default calendar) of day `receipt + days`;
 *       when that day has no working hours, at the close of the next day that has.
 *   C3  Paused time inside [receipt, due) extends the count by its total rounded UP to whole
 *       days: the law counts these deadlines in days, and rounding up never leaves the agency
 *       less than the legal number of unpaused days. Extending can pull further pauses inside
 *       the window, so it repeats to a fixed point; each round adds at least one day and the
 *       total is bounded by the paused time, so it ends.
 */
export function calendarDaysDueAtMs(
  calendar: CompiledCalendar,
  receivedMs: number,
  days: number,
  pauses: readonly Span[],
): number {
  if (days > MAX_SPAN_DAYS) throw new CalendarError('out_of_range', `${days} calendar days is too far`);
  const startMs = nextWorkingInstantMs(calendar, receivedMs);
  const receiptDay = dayNumberOf(startMs, calendar.offsetMs);
  let extraDays = 0;
  for (;;) {
    const dueMs = closeOfBusinessFrom(calendar, receiptDay + days + extraDays);
    const needed = Math.ceil(pausedMsWithin(pauses, startMs, dueMs) / DAY_MS);
    if (needed <= extraDays) return dueMs;
    extraDays = needed;
  }
}
