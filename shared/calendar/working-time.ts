import type { CompiledCalendar } from './compiled-calendar';
import { CalendarError } from './errors';
import { withoutPauses } from './pauses';
import type { Span } from './time';
import { workingSegmentsFrom } from './working-segments';

/**
 * The earliest instant at which `requiredMs` of unpaused working time has elapsed since
 * `startMs`. Returning `from + remaining` inside a segment makes it earliest: an exact fit ends
 * at the segment's end (Mon 08:00 + 8 h = Mon 17:00, not Tue 08:00).
 */
export function workingDueAtMs(
  calendar: CompiledCalendar,
  startMs: number,
  requiredMs: number,
  pauses: readonly Span[],
): number {
  let remaining = requiredMs;
  for (const [from, to] of withoutPauses(workingSegmentsFrom(calendar, startMs), pauses)) {
    if (to - from >= remaining) return from + remaining;
    remaining -= to - from;
  }
  throw new CalendarError('out_of_range', 'working time ran out');
}

/** Unpaused working time in [fromMs, toMs); negative when `toMs` is before `fromMs`. */
export function workingMsBetween(
  calendar: CompiledCalendar,
  fromMs: number,
  toMs: number,
  pauses: readonly Span[],
): number {
  // `0 -` rather than unary minus: an empty span must be +0, never -0.
  if (toMs < fromMs) return 0 - workingMsBetween(calendar, toMs, fromMs, pauses);
  let total = 0;
  for (const [from, to] of withoutPauses(workingSegmentsFrom(calendar, fromMs), pauses)) {
    if (from >= toMs) break;
    total += Math.min(to, toMs) - from;
  }
  return total;
}

/** The first working instant at or after `ms` (pauses ignored). */
export function nextWorkingInstantMs(calendar: CompiledCalendar, ms: number): number {
  for (const [from] of workingSegmentsFrom(calendar, ms)) return from;
  throw new CalendarError('out_of_range', 'working time ran out');
}
