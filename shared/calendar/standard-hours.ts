import type { DayHours, WeeklyHours } from '../schemas/work-calendar';

/** Civil-service hours 08:00–12:00 and 13:00–17:00 local time (PRODUCT.md "Deadlines"). */
export const STANDARD_DAY_HOURS: DayHours = [
  [8 * 60, 12 * 60],
  [13 * 60, 17 * 60],
];

/** Monday to Friday; Saturday and Sunday are the weekly rest days. */
export const STANDARD_WEEKLY_HOURS: WeeklyHours = {
  sun: [],
  mon: STANDARD_DAY_HOURS,
  tue: STANDARD_DAY_HOURS,
  wed: STANDARD_DAY_HOURS,
  thu: STANDARD_DAY_HOURS,
  fri: STANDARD_DAY_HOURS,
  sat: [],
};
