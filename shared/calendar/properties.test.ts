import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDueAt,
  deadlineState,
  remainingWorkingMinutes,
  withExtraWeeklyHours,
  workingMinutesBetween,
  defaultCalendar,
} from '../calendar';
import type { WorkCalendar } from '../schemas/work-calendar';

/** Instants between 2025-01-01 and 2027-12-31 local time, at second resolution. */
const FROM = Date.parse('2025-01-01T00:00:00+07:00');
const TO = Date.parse('2027-12-31T00:00:00+07:00');
const instant = fc.integer({ min: FROM / 1000, max: TO / 1000 }).map((s) => new Date(s * 1000));
const workingDeadline = fc.record({
  value: fc.integer({ min: 1, max: 30 }),
  unit: fc.constantFrom('working_days' as const, 'working_hours' as const),
});
const pause = fc
  .tuple(instant, fc.integer({ min: 0, max: 10 * 24 * 3600 }))
  .map(([from, seconds]) => ({ from, to: new Date(from.getTime() + seconds * 1000) }));
const pauses = fc.array(pause, { maxLength: 3 });
const minutesOf = (d: { value: number; unit: string }) => d.value * (d.unit === 'working_days' ? 480 : 60);
const saturdayPoint = withExtraWeeklyHours(defaultCalendar, { sat: [[480, 720]] });
const calendar = fc.constantFrom<WorkCalendar>(defaultCalendar, saturdayPoint);

describe('properties', () => {
  it('D2 the due time never decreases as the receipt time increases (working units, with pauses)', () => {
    fc.assert(
      fc.property(instant, instant, workingDeadline, pauses, calendar, (a, b, deadline, ps, cal) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const options = { pauses: ps, calendar: cal };
        expect(computeDueAt(early, deadline, options).getTime()).toBeLessThanOrEqual(
          computeDueAt(late, deadline, options).getTime(),
        );
      }),
    );
  });

  it('D4 the due time never decreases as the receipt time increases (calendar days)', () => {
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 60 }), calendar, (a, b, value, cal) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const deadline = { value, unit: 'calendar_days' as const };
        expect(computeDueAt(early, deadline, { calendar: cal }).getTime()).toBeLessThanOrEqual(
          computeDueAt(late, deadline, { calendar: cal }).getTime(),
        );
      }),
    );
  });

  it('D1 D3 the working time between receipt and due time equals the deadline (with and without pauses)', () => {
    fc.assert(
      fc.property(instant, workingDeadline, pauses, calendar, (receivedAt, deadline, ps, cal) => {
        for (const options of [{ calendar: cal }, { calendar: cal, pauses: ps }]) {
          const dueAt = computeDueAt(receivedAt, deadline, options);
          expect(workingMinutesBetween(receivedAt, dueAt, options)).toBe(minutesOf(deadline));
        }
      }),
    );
  });

  it('D2 the due time is the earliest: the millisecond before it is unpaused working time', () => {
    fc.assert(
      fc.property(instant, workingDeadline, pauses, calendar, (receivedAt, deadline, ps, cal) => {
        const options = { pauses: ps, calendar: cal };
        const dueAt = computeDueAt(receivedAt, deadline, options);
        const justBefore = new Date(dueAt.getTime() - 1);
        expect(workingMinutesBetween(justBefore, dueAt, options)).toBe(1 / 60_000);
        expect(workingMinutesBetween(receivedAt, justBefore, options)).toBeLessThan(minutesOf(deadline));
      }),
    );
  });

  it('D4 a calendar-day due time is a close of business: working just before, none until local midnight', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 60 }),
        pauses,
        calendar,
        (receivedAt, value, ps, cal) => {
          const dueAt = computeDueAt(
            receivedAt,
            { value, unit: 'calendar_days' },
            { pauses: ps, calendar: cal },
          );
          const localMs = dueAt.getTime() + 7 * 3_600_000;
          const midnight = new Date(dueAt.getTime() + (86_400_000 - (localMs % 86_400_000)));
          expect(
            workingMinutesBetween(new Date(dueAt.getTime() - 1), dueAt, { calendar: cal }),
          ).toBeGreaterThan(0);
          expect(workingMinutesBetween(dueAt, midnight, { calendar: cal })).toBe(0);
          expect(dueAt.getTime()).toBeGreaterThan(receivedAt.getTime());
        },
      ),
    );
  });

  it('D5 elapsed plus remaining working time is the whole deadline; state agrees with the instants', () => {
    fc.assert(
      fc.property(
        instant,
        workingDeadline,
        fc.integer({ min: 0, max: 60 * 24 * 3600 }),
        (receivedAt, deadline, offset) => {
          const dueAt = computeDueAt(receivedAt, deadline);
          const now = new Date(receivedAt.getTime() + offset * 1000);
          const elapsed = workingMinutesBetween(receivedAt, now);
          const remaining = remainingWorkingMinutes(now, dueAt);
          expect(elapsed + remaining).toBeCloseTo(minutesOf(deadline), 9);
          const state = deadlineState(now, dueAt);
          expect(state === 'late').toBe(now > dueAt);
          if (state === 'due_soon') expect(remaining).toBeLessThanOrEqual(480);
          if (state === 'on_time') expect(remaining).toBeGreaterThan(480);
        },
      ),
    );
  });
});
