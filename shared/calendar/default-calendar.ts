import type { WorkCalendar } from '../schemas/work-calendar';
import { holidays2025 } from './holidays-2025';
import { holidays2026 } from './holidays-2026';
import { holidays2027 } from './holidays-2027';
import { STANDARD_WEEKLY_HOURS } from './standard-hours';

/** Freezes the shipped calendar: shared/calendar.ts keeps a compiled copy that must not drift. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The civil-service calendar with the national holidays of 2025–2027. Outside those years only
 * the weekly hours apply, so a new year's notice must be added before deadlines reach it; entries
 * marked `statutory_not_yet_announced` are to be replaced by the announced schedule.
 */
export const defaultCalendar: WorkCalendar = deepFreeze({
  name: { vi: 'Lịch làm việc của cơ quan hành chính nhà nước', en: 'Civil-service working calendar' },
  timeZone: 'Asia/Ho_Chi_Minh',
  utcOffsetMinutes: 420,
  weeklyHours: STANDARD_WEEKLY_HOURS,
  exceptions: [...holidays2025, ...holidays2026, ...holidays2027],
});
