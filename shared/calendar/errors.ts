/**
 * The one error type of the calendar layer. Every reason is a caller mistake or a request the
 * calendar cannot answer; none is transient, so retrying with the same input is pointless.
 */
export const CALENDAR_ERROR_REASONS = [
  /** A Date argument is not a Date or is Invalid Date. */
  'invalid_date',
  /** Deadline value not finite and > 0, unknown unit, or calendar days not a whole number. */
  'invalid_deadline',
  /** A pause has an invalid bound or ends before it starts. */
  'invalid_pause',
  /** The calendar breaks an invariant of shared/schemas/work-calendar.ts (W1–W4). */
  'invalid_calendar',
  /** The answer lies more than MAX_SPAN_DAYS local days away from the start. */
  'out_of_range',
] as const;
export type CalendarErrorReason = (typeof CALENDAR_ERROR_REASONS)[number];

export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  constructor(
    readonly reason: CalendarErrorReason,
    message: string,
  ) {
    super(message);
  }
}
