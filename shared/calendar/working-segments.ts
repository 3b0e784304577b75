import { hoursOn, type CompiledCalendar } from './compiled-calendar';
import { CalendarError } from './errors';
import { MINUTE_MS, dayNumberOf, dayStartMs, type Span } from './time';

/** How far any search walks before giving up: about a century, far beyond any legal deadline. */
export const MAX_SPAN_DAYS = 36_525;

const outOfRange = (): CalendarError =>
  new CalendarError('out_of_range', `no answer within ${MAX_SPAN_DAYS} days of the start`);

/**
 * The working time at or after `startMs`, as ordered disjoint spans, one per working interval
 * of each day (the first clipped to `startMs`). Cost is per working interval, never per minute.
 * Never returns: it throws `out_of_range` after MAX_SPAN_DAYS, which bounds every caller's loop.
 */
export function* workingSegmentsFrom(calendar: CompiledCalendar, startMs: number): Generator<Span, never> {
  const firstDay = dayNumberOf(startMs, calendar.offsetMs);
  for (let day = firstDay; day <= firstDay + MAX_SPAN_DAYS; day++) {
    const base = dayStartMs(day, calendar.offsetMs);
    for (const [start, end] of hoursOn(calendar, day)) {
      const to = base + end * MINUTE_MS;
      if (to > startMs) yield [Math.max(startMs, base + start * MINUTE_MS), to];
    }
  }
  throw outOfRange();
}

/** End of the last working interval of the first day on or after `day` that has any work. */
export function closeOfBusinessFrom(calendar: CompiledCalendar, day: number): number {
  for (let d = day; d <= day + MAX_SPAN_DAYS; d++) {
    const last = hoursOn(calendar, d).at(-1);
    if (last) return dayStartMs(d, calendar.offsetMs) + last[1] * MINUTE_MS;
  }
  throw outOfRange();
}
