import { describe, expect, it } from 'vitest';
import {
  CALENDAR_ERROR_REASONS,
  CalendarError,
  computeDueAt,
  deadlineState,
  defaultCalendar,
  tryComputeDueAt,
  workingMinutesBetween,
  type CalendarErrorReason,
  type DeadlineArgument,
} from '../calendar';
import type { WorkCalendar } from '../schemas/work-calendar';
import { vn } from './local-time.test-support';

const at = vn('2026-03-02T10:00');
const day: DeadlineArgument = { value: 1, unit: 'working_days' };
const broken = (patch: Partial<WorkCalendar>): WorkCalendar => ({ ...defaultCalendar, ...patch });

const cases: [title: string, reason: CalendarErrorReason, run: () => unknown][] = [
  ['D6 an Invalid Date receipt is rejected', 'invalid_date', () => computeDueAt(new Date(Number.NaN), day)],
  [
    'D6 a receipt that is not a Date is rejected',
    'invalid_date',
    () => computeDueAt('2026-03-02' as unknown as Date, day),
  ],
  ['D6 an Invalid Date "now" is rejected', 'invalid_date', () => deadlineState(new Date('x'), at)],
  [
    'D6 a zero deadline is rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: 0, unit: 'working_days' }),
  ],
  [
    'D6 a negative deadline is rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: -2, unit: 'working_hours' }),
  ],
  [
    'D6 a NaN deadline is rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: Number.NaN, unit: 'working_days' }),
  ],
  [
    'D6 an infinite deadline is rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: Infinity, unit: 'working_days' }),
  ],
  [
    'D6 an unknown unit is rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: 1, unit: 'weeks' } as unknown as DeadlineArgument),
  ],
  [
    'D6 fractional calendar days are rejected',
    'invalid_deadline',
    () => computeDueAt(at, { value: 1.5, unit: 'calendar_days' }),
  ],
  [
    'D6 a pause ending before it starts is rejected',
    'invalid_pause',
    () => computeDueAt(at, day, { pauses: [{ from: at, to: vn('2026-03-01T10:00') }] }),
  ],
  [
    'D6 a pause with an Invalid Date is rejected',
    'invalid_pause',
    () => workingMinutesBetween(at, at, { pauses: [{ from: at, to: new Date(Number.NaN) }] }),
  ],
  [
    'D6 a calendar without weekly hours is rejected (W4)',
    'invalid_calendar',
    () =>
      computeDueAt(at, day, {
        calendar: broken({ weeklyHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] } }),
      }),
  ],
  [
    'D6 overlapping hours are rejected (W2)',
    'invalid_calendar',
    () =>
      computeDueAt(at, day, {
        calendar: broken({
          weeklyHours: {
            ...defaultCalendar.weeklyHours,
            mon: [
              [480, 800],
              [780, 1020],
            ],
          },
        }),
      }),
  ],
  [
    'D6 two exceptions on one date are rejected (W3)',
    'invalid_calendar',
    () =>
      computeDueAt(at, day, {
        calendar: broken({ exceptions: [...defaultCalendar.exceptions, defaultCalendar.exceptions[0]!] }),
      }),
  ],
  [
    'D6 a deadline beyond a century is out of range, not an endless loop',
    'out_of_range',
    () => computeDueAt(at, { value: 1e9, unit: 'working_days' }),
  ],
  [
    'D6 calendar days beyond a century are out of range',
    'out_of_range',
    () => computeDueAt(at, { value: 1e7, unit: 'calendar_days' }),
  ],
];

describe('invalid input (D6)', () => {
  it.each(cases)('%s', (_title, reason, run) => {
    expect(run).toThrow(CalendarError);
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      expect((error as CalendarError).reason).toBe(reason);
      expect((error as CalendarError).name).toBe('CalendarError');
    }
  });

  it('D6 every reason in the closed set is reachable by some input', () => {
    expect(new Set(cases.map(([, reason]) => reason))).toEqual(new Set(CALENDAR_ERROR_REASONS));
  });

  it('tryComputeDueAt returns the error as a value', () => {
    const result = tryComputeDueAt(at, { value: 0, unit: 'working_days' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe('invalid_deadline');
    expect(tryComputeDueAt(at, day)).toEqual({ ok: true, dueAt: vn('2026-03-03T10:00') });
  });
});
