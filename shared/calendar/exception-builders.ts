import type { LocalizedText } from '../schemas/common';
import type { CalendarException, CalendarSource, DayHours, ExceptionStatus } from '../schemas/work-calendar';
import { STANDARD_DAY_HOURS } from './standard-hours';

/** Shorthands that keep the yearly holiday files one line per date. */
export const holiday = (
  date: string,
  name: LocalizedText,
  source: CalendarSource,
  status: ExceptionStatus = 'announced',
): CalendarException => ({ kind: 'public_holiday', date, name, source, status });

export const dayOff = (
  date: string,
  name: LocalizedText,
  source: CalendarSource,
  status: ExceptionStatus = 'announced',
): CalendarException => ({ kind: 'compensatory_day_off', date, name, source, status });

/** A worked Saturday keeps the hours of the weekday it replaces: the standard day by default. */
export const workingDay = (
  date: string,
  name: LocalizedText,
  source: CalendarSource,
  hours: DayHours = STANDARD_DAY_HOURS,
): CalendarException => ({
  kind: 'compensatory_working_day',
  date,
  name,
  source,
  status: 'announced',
  hours,
});
