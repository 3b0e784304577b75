import type { LocalizedText } from '../schemas/common';
import {
  WEEKDAYS,
  type DayHours,
  type WeeklyHours,
  type WorkCalendar,
  type WorkingInterval,
} from '../schemas/work-calendar';
import { compileCalendar } from './compiled-calendar';
import { CalendarError } from './errors';

/** Union of interval lists: sorted, with overlapping or touching intervals joined (W2). */
export function mergeHours(...lists: DayHours[]): DayHours {
  const all = lists.flat().map(([start, end]): WorkingInterval => {
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= 1440;
    if (!ok) throw new CalendarError('invalid_calendar', `bad interval [${start}, ${end}]`);
    return [start, end];
  });
  all.sort((a, b) => a[0] - b[0]);
  const merged: WorkingInterval[] = [];
  for (const [start, end] of all) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * A service point's calendar: the base calendar plus extra weekly hours, e.g. Saturday
 * mornings { sat: [[480, 720]] }. Holidays and compensatory days of the base still win (W3):
 * a point that opens on Saturdays is closed on a Saturday that is a public holiday.
 */
export function withExtraWeeklyHours(
  base: WorkCalendar,
  extra: Partial<Record<keyof WeeklyHours, DayHours>>,
  name: LocalizedText = base.name,
): WorkCalendar {
  const weeklyHours = Object.fromEntries(
    WEEKDAYS.map((day) => [day, mergeHours(base.weeklyHours[day], extra[day] ?? [])]),
  ) as WeeklyHours;
  const derived: WorkCalendar = { ...base, name, weeklyHours, exceptions: [...base.exceptions] };
  compileCalendar(derived);
  return derived;
}
