import { describe, expect, it } from 'vitest';
import { CalendarError, computeDueAt, defaultCalendar, mergeHours, withExtraWeeklyHours } from '../calendar';
import { local, vn } from './local-time.test-support';

const saturdayMornings = withExtraWeeklyHours(
  defaultCalendar,
  { sat: [[480, 720]] },
  {
    vi: 'Điểm tiếp nhận làm việc sáng thứ Bảy',
    en: 'Service point open on Saturday mornings',
  },
);

describe('per-service-point calendars', () => {
  it('a point open on Saturday mornings counts them as working time', () => {
    const dueAt = computeDueAt(
      vn('2026-03-06T13:00'),
      { value: 1, unit: 'working_days' },
      { calendar: saturdayMornings },
    );
    expect(local(dueAt)).toBe('2026-03-07T12:00');
  });

  it('W3 a public holiday on a Saturday still closes that point (01/05/2027)', () => {
    const dueAt = computeDueAt(
      vn('2027-04-29T13:00'),
      { value: 1, unit: 'working_days' },
      { calendar: saturdayMornings },
    );
    expect(local(dueAt)).toBe('2027-05-04T12:00');
  });

  it('C2 a calendar-day deadline landing on its Saturday is due at that day’s close, 12:00', () => {
    const dueAt = computeDueAt(
      vn('2026-03-02T09:00'),
      { value: 5, unit: 'calendar_days' },
      { calendar: saturdayMornings },
    );
    expect(local(dueAt)).toBe('2026-03-07T12:00');
  });

  it('the base calendar is left unchanged', () => {
    expect(defaultCalendar.weeklyHours.sat).toEqual([]);
    expect(saturdayMornings.exceptions).toEqual(defaultCalendar.exceptions);
  });

  it('W2 extra hours merge with the existing ones (working through lunch)', () => {
    expect(
      mergeHours(
        [
          [480, 720],
          [780, 1020],
        ],
        [[700, 800]],
      ),
    ).toEqual([[480, 1020]]);
    expect(mergeHours([[480, 720]], [[720, 780]])).toEqual([[480, 780]]);
  });

  it('an invalid extra interval is rejected as invalid_calendar', () => {
    expect(() => withExtraWeeklyHours(defaultCalendar, { sat: [[720, 480]] })).toThrow(CalendarError);
  });
});
