import { describe, expect, it } from 'vitest';
import { defaultCalendar, deadlineState } from '../../../shared/calendar';
import { latenessBounds } from './lateness-bounds';

const state = (now: Date, due: string) => deadlineState(now, new Date(due), { calendar: defaultCalendar });

describe('latenessBounds', () => {
  it('agrees with deadlineState on both sides of each bound', () => {
    for (const nowIso of [
      '2026-03-16T03:00:00.000Z',
      '2026-03-20T08:30:00.000Z',
      '2026-03-21T02:00:00.000Z',
    ]) {
      const now = new Date(nowIso);
      const b = latenessBounds(now, defaultCalendar);
      const ms = (iso: string, d: number): string => new Date(Date.parse(iso) + d).toISOString();
      expect(state(now, ms(b.now, -1))).toBe('late');
      expect(state(now, b.now)).toBe('due_soon');
      expect(state(now, b.soonEnd)).toBe('due_soon');
      expect(state(now, ms(b.soonEnd, 1))).toBe('on_time');
    }
  });

  it('keeps a Saturday appointment after a Friday afternoon due soon', () => {
    // Friday 2026-03-20 15:00 Vietnam time: one working day ends Monday 15:00.
    const b = latenessBounds(new Date('2026-03-20T08:00:00.000Z'), defaultCalendar);
    expect(b.soonEnd > '2026-03-21T05:00:00.000Z').toBe(true);
  });
});
