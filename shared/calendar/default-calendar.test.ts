import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar';
import { WorkCalendarSchema, type CalendarException } from '../schemas/work-calendar';
import { dayNumberOfIsoDate, weekdayOf } from './time';

const weekday = (iso: string): string =>
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][weekdayOf(dayNumberOfIsoDate(iso))] ?? '?';
const inYear = (year: number): CalendarException[] =>
  defaultCalendar.exceptions.filter((e) => e.date.startsWith(`${year}-`));
const kinds = (year: number, kind: CalendarException['kind']): string[] =>
  inYear(year)
    .filter((e) => e.kind === kind)
    .map((e) => e.date);

describe('defaultCalendar data', () => {
  it('W1–W4 it satisfies its own schema and survives a JSON round trip (it syncs as data)', () => {
    expect(WorkCalendarSchema.parse(defaultCalendar)).toEqual(defaultCalendar);
    expect(WorkCalendarSchema.parse(JSON.parse(JSON.stringify(defaultCalendar)))).toEqual(defaultCalendar);
  });

  it.each([2025, 2026, 2027])('Labour Code art. 112: %i has the 11 statutory holiday days', (year) => {
    expect(kinds(year, 'public_holiday')).toHaveLength(11);
  });

  it.each([
    ['Tết 2025 (mùng 1) is Wednesday 29/01/2025', '2025-01-29', 'wed'],
    ['Hùng Kings 2025 is Monday 07/04/2025', '2025-04-07', 'mon'],
    ['Tết 2026 (mùng 1) is Tuesday 17/02/2026', '2026-02-17', 'tue'],
    ['Hùng Kings 2026 is Sunday 26/04/2026', '2026-04-26', 'sun'],
    ['Tết 2027 (mùng 1) is Saturday 06/02/2027', '2027-02-06', 'sat'],
    ['Hùng Kings 2027 is Friday 16/04/2027', '2027-04-16', 'fri'],
  ])('%s', (_title, date, day) => {
    expect(weekday(date)).toBe(day);
    expect(defaultCalendar.exceptions.find((e) => e.date === date)?.kind).toBe('public_holiday');
  });

  it('compensatory working days are the announced Saturdays', () => {
    const worked = defaultCalendar.exceptions
      .filter((e) => e.kind === 'compensatory_working_day')
      .map((e) => e.date);
    expect(worked).toEqual(['2025-04-26', '2026-01-10', '2026-08-22']);
    expect(worked.map(weekday)).toEqual(['sat', 'sat', 'sat']);
  });

  it('compensatory days off fall on weekdays (otherwise they would change nothing)', () => {
    const off = defaultCalendar.exceptions.filter((e) => e.kind === 'compensatory_day_off');
    expect(off.map((e) => weekday(e.date)).every((d) => d !== 'sat' && d !== 'sun')).toBe(true);
  });

  it('National Day 2026 swaps Monday 31/08 for Saturday 22/08 (PRODUCT.md)', () => {
    expect(kinds(2026, 'compensatory_day_off')).toContain('2026-08-31');
    expect(kinds(2026, 'public_holiday')).toEqual(expect.arrayContaining(['2026-09-01', '2026-09-02']));
  });

  it('2025 and 2026 are announced; 2027 is statutory and awaits its notice', () => {
    expect([...inYear(2025), ...inYear(2026)].every((e) => e.status === 'announced')).toBe(true);
    expect(inYear(2027).every((e) => e.status === 'statutory_not_yet_announced')).toBe(true);
  });

  it('24/11 Ngày Văn hóa Việt Nam is not a holiday until the Labour Code is amended', () => {
    expect(defaultCalendar.exceptions.some((e) => e.date.endsWith('-11-24'))).toBe(false);
  });

  it('every entry cites its source, and links are https', () => {
    for (const e of defaultCalendar.exceptions) {
      expect(e.source.title.length).toBeGreaterThan(10);
      if (e.source.url !== undefined) expect(e.source.url.startsWith('https://')).toBe(true);
    }
  });

  it('is frozen, so the precompiled default cannot drift from the data', () => {
    expect(Object.isFrozen(defaultCalendar)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.exceptions)).toBe(true);
    expect(Object.isFrozen(defaultCalendar.weeklyHours.mon)).toBe(true);
  });
});
