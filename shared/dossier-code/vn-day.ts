/**
 * The calendar day of an instant in Asia/Ho_Chi_Minh as `YYMMDD`. Vietnam is UTC+7 all year with
 * no daylight saving (since 1975), so a fixed offset is exact and needs no time-zone database.
 */
const VN_OFFSET_MS = 7 * 3_600_000;

export function vnDay(instant: string | Date): string | null {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + VN_OFFSET_MS);
  const yy = local.getUTCFullYear();
  if (yy < 2000 || yy > 2099) return null; // YY can name only one century: ours
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(yy % 100)}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}`;
}

/** True when `day` is `YYMMDD` naming a real date of 2000–2099. */
export function isVnDay(day: string): boolean {
  if (!/^\d{6}$/.test(day)) return false;
  const y = 2000 + Number(day.slice(0, 2));
  const m = Number(day.slice(2, 4));
  const d = Number(day.slice(4, 6));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
