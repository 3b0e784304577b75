import { WEEKDAYS, type DayHours, type WorkCalendar } from '../schemas/work-calendar';
import { CalendarError } from './errors';
import { MINUTE_MS, dayNumberOfIsoDate, weekdayOf } from './time';

/**
 * A WorkCalendar turned into lookups the hot loops can use: hours by weekday, and exceptions by
 * local day number. Compiling is O(exceptions) and checks the invariants that keep the loops
 * finite and correct (W1–W4), so a hand-built or corrupted calendar fails loudly instead of
 * producing a wrong due time.
 */
export interface CompiledCalendar {
  readonly offsetMs: number;
  /** Indexed by weekdayOf(day). */
  readonly weekly: readonly DayHours[];
  /** Exception hours by day number; [] for a day off (W3). */
  readonly overrides: ReadonlyMap<number, DayHours>;
}

const invalid = (why: string): CalendarError => new CalendarError('invalid_calendar', why);

function checkedHours(hours: DayHours, where: string): DayHours {
  let previousEnd = 0;
  for (const [start, end] of hours) {
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= previousEnd;
    if (!ok || start >= end || end > 1440)
      throw invalid(`${where}: hours must be sorted [start, end) minutes within a day`);
    previousEnd = end;
  }
  return hours;
}

export function compileCalendar(calendar: WorkCalendar): CompiledCalendar {
  const offset = calendar.utcOffsetMinutes;
  if (!Number.isInteger(offset) || Math.abs(offset) > 14 * 60) throw invalid('utcOffsetMinutes out of range');
  const weekly = WEEKDAYS.map((day) => checkedHours(calendar.weeklyHours[day], day));
  if (weekly.every((hours) => hours.length === 0)) throw invalid('no weekday has working hours (W4)');
  const overrides = new Map<number, DayHours>();
  for (const exception of calendar.exceptions) {
    const day = dayNumberOfIsoDate(exception.date);
    if (Number.isNaN(day)) throw invalid(`${exception.date}: not a YYYY-MM-DD date`);
    if (overrides.has(day)) throw invalid(`${exception.date}: more than one exception (W3)`);
    const hours = exception.kind === 'compensatory_working_day' ? exception.hours : [];
    overrides.set(day, checkedHours(hours, exception.date));
  }
  return { offsetMs: offset * MINUTE_MS, weekly, overrides };
}

export const hoursOn = (calendar: CompiledCalendar, day: number): DayHours =>
  calendar.overrides.get(day) ?? calendar.weekly[weekdayOf(day)] ?? [];
