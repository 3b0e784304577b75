/**
 * The public face of the domain: what client/, server/ and sync/ import. Pure: no DOM, no Node,
 * no clock or randomness of its own. Demo data lives apart (`shared/demo`) so that production
 * bundles do not carry the name lists.
 */
export * from './schemas/common';
export * from './schemas/messages';
export * from './schemas/citizen-id';
export * from './schemas/phone';
export * from './schemas/applicant';
export * from './schemas/user';
export * from './schemas/dossier';
export * from './schemas/dossier-event';
export * from './schemas/queue-ticket';
export * from './schemas/rating';
export * from './schemas/feedback';
export * from './schemas/json-schema';
export * from './schemas/procedure';
export * from './schemas/service-point';
// work-calendar.ts and service-point.ts both name a WEEKDAYS list, in different orders (the
// calendar's is Sunday-first like Date#getUTCDay, the opening hours' Monday-first): the
// calendar's is re-exported under its own name so neither is shadowed.
export {
  CalendarExceptionSchema,
  CalendarSourceSchema,
  DayHoursSchema,
  ExceptionStatusSchema,
  LocalDateSchema,
  WeeklyHoursSchema,
  WorkCalendarSchema,
  WorkingIntervalSchema,
  WEEKDAYS as CALENDAR_WEEKDAYS,
  type CalendarException,
  type CalendarExceptionKind,
  type CalendarSource,
  type DayHours,
  type ExceptionStatus,
  type WeeklyHours,
  type WorkCalendar,
  type WorkingInterval,
  type Weekday as CalendarWeekday,
} from './schemas/work-calendar';
export * from './status';
export * from './dossier-code';
export * from './text';
// The calendar's Pause takes Dates (computation); the dossier's Pause (status/) takes ISO strings.
export {
  CALENDAR_ERROR_REASONS,
  CalendarError,
  DEADLINE_STATES,
  DUE_SOON_WORKING_MINUTES,
  MAX_SPAN_DAYS,
  STANDARD_DAY_HOURS,
  STANDARD_WEEKLY_HOURS,
  WORKING_DAY_MINUTES,
  computeDueAt,
  createDeadlineCalculator,
  deadlineState,
  defaultCalendar,
  mergeHours,
  remainingWorkingMinutes,
  tryComputeDueAt,
  withExtraWeeklyHours,
  workingMinutesBetween,
  type CalendarErrorReason,
  type CalendarOptions,
  type DeadlineArgument,
  type DeadlineCalculator,
  type DeadlineState,
  type PauseOptions,
  type Pause as CalendarPause,
} from './calendar';
export * from './catalogue';
export * from './i18n';
export * from './schemas/catalogue-entry';
