import { WORKING_DAY_MINUTES } from '../../shared/calendar';
import { translate, type Locale } from '../../shared/i18n';
import { STATUS_LABELS, type StatusCode } from '../../shared/status/statuses';

/**
 * Display formats for dossier screens. Times are shown in Asia/Ho_Chi_Minh whatever the device's
 * own zone (a mobile team's laptop may be set to UTC): Vietnam is UTC+7 all year with no daylight
 * saving, so a fixed offset is exact (as in shared/dossier-code/vn-day.ts) and the output does not
 * depend on the ICU data of the browser — the same text in tests and on every device.
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const two = (n: number): string => String(n).padStart(2, '0');

/** `dd/MM/yyyy HH:mm` in Vietnam time, the form printed on receipts; '' for an invalid instant. */
export function formatVnDateTime(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms + VN_OFFSET_MS);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

export const statusLabel = (status: StatusCode, locale: Locale): string => STATUS_LABELS[status][locale];

/**
 * Working time as officers count it: whole working days of 8 hours, then hours and minutes
 * (shared/calendar D1). Negative input (overdue) is formatted by magnitude; the caller says "late".
 */
export function formatWorkingMinutes(minutes: number, locale: Locale): string {
  const total = Math.abs(Math.round(minutes));
  const days = Math.floor(total / WORKING_DAY_MINUTES);
  const hours = Math.floor((total % WORKING_DAY_MINUTES) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(translate(locale, 'dossier.time.days', { n: days }));
  if (hours > 0) parts.push(translate(locale, 'dossier.time.hours', { n: hours }));
  if (mins > 0 || parts.length === 0) parts.push(translate(locale, 'dossier.time.minutes', { n: mins }));
  return parts.join(' ');
}
