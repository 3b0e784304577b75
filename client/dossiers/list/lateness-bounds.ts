import { createDeadlineCalculator, DUE_SOON_WORKING_MINUTES } from '../../../shared/calendar';
import type { WorkCalendar } from '../../../shared/schemas/work-calendar';
import type { LatenessBounds } from './list-query';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * The instants that split running dossiers by lateness, with the same rule as deadlineState
 * (shared/calendar/deadline-state.ts): late when now > due; due soon while at most one working
 * day is left, i.e. while the working time in [now, due) is ≤ 480 minutes. That holds up to the
 * start of the next working stretch after the 480th working minute (a due time on the following
 * Saturday still has 480 minutes left), which is the instant the 480 minutes and 1 ms run out,
 * minus 1 ms.
 */
export function latenessBounds(now: Date, calendar: WorkCalendar): LatenessBounds {
  const calculator = createDeadlineCalculator(calendar);
  const justOver = calculator.computeDueAt(now, {
    value: (DUE_SOON_WORKING_MINUTES * MINUTE_MS + 1) / HOUR_MS,
    unit: 'working_hours',
  });
  return { now: now.toISOString(), soonEnd: new Date(justOver.getTime() - 1).toISOString() };
}
