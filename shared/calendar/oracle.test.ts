import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueAt, defaultCalendar, withExtraWeeklyHours } from '../calendar';
import { WEEKDAYS, type WorkCalendar } from '../schemas/work-calendar';

/**
 * A deliberately naive oracle, independent of the interval walker: step minute by minute from a
 * minute-aligned receipt and count each minute that is working and not paused. Only usable on
 * small deadlines, which is why the real code must never work this way.
 */
function isWorkingMinute(calendar: WorkCalendar, ms: number): boolean {
  const localMs = ms + calendar.utcOffsetMinutes * 60_000;
  const date = new Date(localMs).toISOString().slice(0, 10);
  const minute = Math.floor((localMs % 86_400_000) / 60_000);
  const exception = calendar.exceptions.find((e) => e.date === date);
  const hours = exception
    ? exception.kind === 'compensatory_working_day'
      ? exception.hours
      : []
    : calendar.weeklyHours[WEEKDAYS[new Date(localMs).getUTCDay()] ?? 'sun'];
  return hours.some(([start, end]) => start <= minute && minute < end);
}

function oracleDueAt(
  calendar: WorkCalendar,
  receivedMs: number,
  minutes: number,
  pauses: { from: Date; to: Date }[],
): number {
  let counted = 0;
  for (let t = receivedMs; ; t += 60_000) {
    const paused = pauses.some((p) => p.from.getTime() <= t && t < p.to.getTime());
    if (!paused && isWorkingMinute(calendar, t)) counted++;
    if (counted === minutes) return t + 60_000;
  }
}

const FROM = Date.parse('2025-12-20T00:00:00+07:00') / 60_000;
const TO = Date.parse('2026-09-10T00:00:00+07:00') / 60_000;
const minuteInstant = fc.integer({ min: FROM, max: TO }).map((m) => new Date(m * 60_000));
const pause = fc
  .tuple(minuteInstant, fc.integer({ min: 0, max: 3 * 24 * 60 }))
  .map(([from, minutes]) => ({ from, to: new Date(from.getTime() + minutes * 60_000) }));

describe('oracle', () => {
  it('D1–D3 agree with a minute-by-minute count over the 2026 holidays (working hours, pauses, Saturday point)', () => {
    const calendars = [defaultCalendar, withExtraWeeklyHours(defaultCalendar, { sat: [[480, 720]] })];
    fc.assert(
      fc.property(
        minuteInstant,
        fc.integer({ min: 1, max: 24 }),
        fc.array(pause, { maxLength: 2 }),
        fc.constantFrom(...calendars),
        (receivedAt, hours, pauses, calendar) => {
          const dueAt = computeDueAt(
            receivedAt,
            { value: hours, unit: 'working_hours' },
            { pauses, calendar },
          );
          expect(dueAt.getTime()).toBe(oracleDueAt(calendar, receivedAt.getTime(), hours * 60, pauses));
        },
      ),
      { numRuns: 200 },
    );
  });
});
