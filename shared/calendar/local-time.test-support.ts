/** Test helpers: write instants as Vietnamese local wall-clock time (UTC+7). */
export const vn = (local: string): Date => new Date(`${local}:00+07:00`);

/** An instant back as local 'YYYY-MM-DDTHH:mm' (seconds shown only when not zero). */
export function local(date: Date): string {
  const iso = new Date(date.getTime() + 7 * 3_600_000).toISOString();
  return iso.endsWith(':00.000Z') ? iso.slice(0, 16) : iso.slice(0, 23);
}
