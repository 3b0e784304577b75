/**
 * Work calendar and deadline computation (PRODUCT.md "Deadlines"). Pure: every instant is passed
 * in. Rules, numbered for the tests:
 *   D1  Working units: a working day is 8 working hours counted from the moment of receipt;
 *       receipt outside working hours counts from the next working instant.
 *   D2  The due time is the EARLIEST instant at which the required working time has elapsed
 *       (1 working day from Mon 08:00 is Mon 17:00; from Mon 10:00 it is Tue 10:00).
 *   D3  Working time inside pauses (supplement, financial obligation) does not count.
 *   D4  Calendar days: close of business of day N after the day of receipt, moved to the next
 *       working day; pauses extend it by whole days, rounded up (see calendar/calendar-days.ts).
 *   D5  State: late after the due instant; due soon with at most one working day (480 working
 *       minutes) left; on time otherwise.
 *   D6  Invalid input throws CalendarError with a reason from CALENDAR_ERROR_REASONS; nothing
 *       loops unboundedly (searches stop after MAX_SPAN_DAYS) or returns an Invalid Date.
 * Computation walks working intervals day by day (two per standard day), never minute by minute.
 */
import type { WorkCalendar } from './schemas/work-calendar';
import { createDeadlineCalculator, type DeadlineCalculator } from './calendar/calculator';
import { defaultCalendar } from './calendar/default-calendar';
import type { DeadlineState } from './calendar/deadline-state';
import { CalendarError } from './calendar/errors';

export { defaultCalendar };
export { createDeadlineCalculator, type DeadlineCalculator, type PauseOptions } from './calendar/calculator';
export { WORKING_DAY_MINUTES } from './calendar/deadline-input';
export { DEADLINE_STATES, DUE_SOON_WORKING_MINUTES, type DeadlineState } from './calendar/deadline-state';
export { withExtraWeeklyHours, mergeHours } from './calendar/derive-calendar';
export { CALENDAR_ERROR_REASONS, CalendarError, type CalendarErrorReason } from './calendar/errors';
export type { Pause } from './calendar/pauses';
export { STANDARD_DAY_HOURS, STANDARD_WEEKLY_HOURS } from './calendar/standard-hours';
export { MAX_SPAN_DAYS } from './calendar/working-segments';

export interface CalendarOptions {
  pauses?: { from: Date; to: Date }[];
  /** Defaults to `defaultCalendar`. */
  calendar?: WorkCalendar;
}

export type DeadlineArgument = {
  value: number;
  unit: 'working_days' | 'working_hours' | 'calendar_days';
};

/** The default calendar is compiled once; another calendar is compiled per call (O(exceptions)). */
const standard = createDeadlineCalculator(defaultCalendar);
const calculatorFor = (calendar: WorkCalendar | undefined): DeadlineCalculator =>
  calendar === undefined || calendar === defaultCalendar ? standard : createDeadlineCalculator(calendar);

/** Due time of a deadline (D1–D4). Throws CalendarError (D6). */
export function computeDueAt(
  receivedAt: Date,
  deadline: { value: number; unit: 'working_days' | 'working_hours' | 'calendar_days' },
  options?: { pauses?: { from: Date; to: Date }[]; calendar?: WorkCalendar },
): Date {
  return calculatorFor(options?.calendar).computeDueAt(receivedAt, deadline, options);
}

/** computeDueAt with the error as a value, for callers that handle each reason. */
export function tryComputeDueAt(
  receivedAt: Date,
  deadline: DeadlineArgument,
  options?: CalendarOptions,
): { ok: true; dueAt: Date } | { ok: false; error: CalendarError } {
  try {
    return { ok: true, dueAt: computeDueAt(receivedAt, deadline, options) };
  } catch (error) {
    if (error instanceof CalendarError) return { ok: false, error };
    throw error;
  }
}

/** Working minutes in [from, to), pauses excluded (D3); negative when `to` is before `from`. */
export function workingMinutesBetween(from: Date, to: Date, options?: CalendarOptions): number {
  return calculatorFor(options?.calendar).workingMinutesBetween(from, to, options);
}

/** Working minutes left from `now` until `dueAt`; negative (working minutes overdue) once late. */
export function remainingWorkingMinutes(now: Date, dueAt: Date, options?: CalendarOptions): number {
  return calculatorFor(options?.calendar).remainingWorkingMinutes(now, dueAt, options);
}

/** 'on_time' | 'due_soon' | 'late' (D5). */
export function deadlineState(now: Date, dueAt: Date, options?: CalendarOptions): DeadlineState {
  return calculatorFor(options?.calendar).deadlineState(now, dueAt, options);
}
