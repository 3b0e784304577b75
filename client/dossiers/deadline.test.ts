import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/calendar';
import { deadlineView } from './deadline';

// Monday 2 March 2026 09:00 in Hà Nội is 02:00Z; working hours 08–12 and 13–17.
const due = '2026-03-04T02:00:00.000Z'; // Wednesday 09:00

describe('deadlineView', () => {
  it('on time with more than a working day left', () => {
    const v = deadlineView({ status: 2, dueAt: due }, new Date('2026-03-02T02:00:00Z'), defaultCalendar);
    expect(v).toEqual({ kind: 'running', state: 'on_time', remainingMinutes: 960, dueAt: due });
  });

  it('due soon within one working day, late after the due instant', () => {
    expect(
      deadlineView({ status: 4, dueAt: due }, new Date('2026-03-03T03:00:00Z'), defaultCalendar),
    ).toMatchObject({
      state: 'due_soon',
      remainingMinutes: 420,
    });
    expect(
      deadlineView({ status: 4, dueAt: due }, new Date('2026-03-04T03:00:00Z'), defaultCalendar),
    ).toMatchObject({
      state: 'late',
    });
  });

  it('counts from a rescheduled appointment; no countdown while paused or finished', () => {
    const later = '2026-03-10T02:00:00.000Z';
    expect(
      deadlineView(
        { status: 4, dueAt: due, rescheduledDueAt: later },
        new Date('2026-03-04T03:00:00Z'),
        defaultCalendar,
      ),
    ).toMatchObject({
      state: 'on_time',
      dueAt: later,
    });
    expect(deadlineView({ status: 5, dueAt: due }, new Date(), defaultCalendar)).toEqual({ kind: 'paused' });
    expect(deadlineView({ status: 10, dueAt: due }, new Date(), defaultCalendar)).toEqual({
      kind: 'finished',
    });
  });
});
