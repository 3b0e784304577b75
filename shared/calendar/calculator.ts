import type { WorkCalendar } from '../schemas/work-calendar';
import { calendarDaysDueAtMs } from './calendar-days';
import { compileCalendar } from './compiled-calendar';
import { checkDeadline, instantMs, type DeadlineInput } from './deadline-input';
import { stateOf, type DeadlineState } from './deadline-state';
import { normalizePauses, type Pause } from './pauses';
import { MINUTE_MS } from './time';
import { workingDueAtMs, workingMsBetween } from './working-time';

export interface PauseOptions {
  /** Intervals that do not count (waiting for a supplement or a financial obligation). */
  pauses?: readonly Pause[];
}

/**
 * Deadline arithmetic bound to one calendar, compiled once. Use it for bulk work (a whole list
 * of dossiers); the free functions in shared/calendar.ts compile a custom calendar per call.
 * Every method validates its input and throws CalendarError (see errors.ts) rather than loop or
 * return garbage.
 */
export interface DeadlineCalculator {
  readonly calendar: WorkCalendar;
  computeDueAt(receivedAt: Date, deadline: DeadlineInput, options?: PauseOptions): Date;
  /** Working minutes in [from, to), pauses excluded; negative when `to` is before `from`. */
  workingMinutesBetween(from: Date, to: Date, options?: PauseOptions): number;
  /** Working minutes from `now` to `dueAt`; negative (minutes overdue) once late. */
  remainingWorkingMinutes(now: Date, dueAt: Date, options?: PauseOptions): number;
  deadlineState(now: Date, dueAt: Date, options?: PauseOptions): DeadlineState;
}

export function createDeadlineCalculator(calendar: WorkCalendar): DeadlineCalculator {
  const compiled = compileCalendar(calendar);

  const between = (from: Date, to: Date, options: PauseOptions | undefined): number => {
    const fromMs = instantMs(from, 'from');
    const toMs = instantMs(to, 'to');
    return workingMsBetween(compiled, fromMs, toMs, normalizePauses(options?.pauses)) / MINUTE_MS;
  };

  return {
    calendar,
    computeDueAt(receivedAt, deadline, options) {
      const receivedMs = instantMs(receivedAt, 'receivedAt');
      const checked = checkDeadline(deadline);
      const pauses = normalizePauses(options?.pauses);
      const dueMs =
        checked.kind === 'working'
          ? workingDueAtMs(compiled, receivedMs, checked.requiredMs, pauses)
          : calendarDaysDueAtMs(compiled, receivedMs, checked.days, pauses);
      return new Date(dueMs);
    },
    workingMinutesBetween: (from, to, options) => between(from, to, options),
    remainingWorkingMinutes: (now, dueAt, options) => between(now, dueAt, options),
    deadlineState(now, dueAt, options) {
      const remaining = between(now, dueAt, options);
      return stateOf(now.getTime(), dueAt.getTime(), remaining);
    },
  };
}
