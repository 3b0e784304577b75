import { z } from 'zod';
import { LocalizedTextSchema } from './common';

/**
 * The working calendar that deadlines are counted in (PRODUCT.md "Deadlines"). Administrators
 * edit it and it syncs to every device, so it is plain JSON: no Date objects, no functions, no
 * time-zone database. Invariants the computation in shared/calendar relies on:
 *   W1  local time is UTC + `utcOffsetMinutes`, constant all year (Vietnam has no DST);
 *   W2  a day's hours are [start, end) minute intervals, sorted and disjoint, within 0..1440;
 *   W3  at most one exception per date, and it replaces that date's weekly hours entirely;
 *   W4  at least one weekday has hours, so every search for working time ends.
 */

/** Minutes after local midnight; 1440 is allowed as an interval end only (end of the day). */
const MinuteOfDaySchema = z.number().int().min(0).max(1440);

/** One working interval [start, end), e.g. [480, 720] = 08:00–12:00. */
export const WorkingIntervalSchema = z
  .tuple([MinuteOfDaySchema, MinuteOfDaySchema])
  .refine(([start, end]) => start < end, { message: 'interval must end after it starts' });
export type WorkingInterval = z.infer<typeof WorkingIntervalSchema>;

/** The hours of one day (W2); empty means no work that day. */
export const DayHoursSchema = z
  .array(WorkingIntervalSchema)
  .max(12)
  .refine((hours) => hours.every((iv, i) => i === 0 || (hours[i - 1]?.[1] ?? 0) <= iv[0]), {
    message: 'intervals must be sorted and must not overlap',
  });
export type DayHours = z.infer<typeof DayHoursSchema>;

/** Weekday keys in `Date.getUTCDay()` order: index 0 is Sunday. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WeeklyHoursSchema = z.object({
  sun: DayHoursSchema,
  mon: DayHoursSchema,
  tue: DayHoursSchema,
  wed: DayHoursSchema,
  thu: DayHoursSchema,
  fri: DayHoursSchema,
  sat: DayHoursSchema,
});
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

/** A local calendar date, YYYY-MM-DD. */
export const LocalDateSchema = z.iso.date();

/** The act that makes an exception binding, e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025". */
export const CalendarSourceSchema = z.object({
  title: z.string().min(1),
  /** Where the notice, or failing that a press report of it, can be read. */
  url: z.url().optional(),
  issuedOn: LocalDateSchema.optional(),
});
export type CalendarSource = z.infer<typeof CalendarSourceSchema>;

/**
 * `announced`: fixed by a published notice. `statutory_not_yet_announced`: follows from the
 * Labour Code alone; the yearly notice may still move or add days, so administrators review it.
 */
export const ExceptionStatusSchema = z.enum(['announced', 'statutory_not_yet_announced']);
export type ExceptionStatus = z.infer<typeof ExceptionStatusSchema>;

const exceptionBase = {
  date: LocalDateSchema,
  name: LocalizedTextSchema,
  source: CalendarSourceSchema,
  status: ExceptionStatusSchema,
};

/**
 * `public_holiday`: a Labour Code holiday (art. 112). `compensatory_day_off`: a normal working day
 * that is not worked (nghỉ bù after a holiday on a weekend, or a swapped day, hoán đổi).
 * `compensatory_working_day`: a normally free day that is worked (làm bù), with its hours.
 */
export const CalendarExceptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public_holiday'), ...exceptionBase }),
  z.object({ kind: z.literal('compensatory_day_off'), ...exceptionBase }),
  z.object({
    kind: z.literal('compensatory_working_day'),
    ...exceptionBase,
    hours: DayHoursSchema.refine((h) => h.length > 0, { message: 'a working day needs hours' }),
  }),
]);
export type CalendarException = z.infer<typeof CalendarExceptionSchema>;
export type CalendarExceptionKind = CalendarException['kind'];

export const WorkCalendarSchema = z.object({
  name: LocalizedTextSchema,
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  utcOffsetMinutes: z.literal(420),
  weeklyHours: WeeklyHoursSchema.refine((w) => WEEKDAYS.some((d) => w[d].length > 0), {
    message: 'at least one weekday must have working hours',
  }),
  exceptions: z
    .array(CalendarExceptionSchema)
    .max(5000)
    .refine((list) => new Set(list.map((e) => e.date)).size === list.length, {
      message: 'at most one exception per date',
    }),
});
export type WorkCalendar = z.infer<typeof WorkCalendarSchema>;
