import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayNumberOfIsoDate, isoDateOfDayNumber, weekdayOf } from './time';

describe('local day numbers', () => {
  it('round-trip every date between 1900 and 2200 and agree with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
        const iso = isoDateOfDayNumber(day);
        expect(dayNumberOfIsoDate(iso)).toBe(day);
        expect(Date.parse(`${iso}T00:00:00Z`) / DAY_MS).toBe(day);
      }),
    );
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-01', 'abcd-ef-gh'])(
    'rejects %s',
    (iso) => expect(dayNumberOfIsoDate(iso)).toBeNaN(),
  );

  it('accepts 29 February in a leap year and knows 1970-01-01 was a Thursday', () => {
    expect(isoDateOfDayNumber(dayNumberOfIsoDate('2028-02-29'))).toBe('2028-02-29');
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(-1)).toBe(3);
  });
});
