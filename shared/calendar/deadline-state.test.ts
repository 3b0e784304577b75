import { describe, expect, it } from 'vitest';
import {
  deadlineState,
  remainingWorkingMinutes,
  workingMinutesBetween,
  DUE_SOON_WORKING_MINUTES,
} from '../calendar';
import { vn } from './local-time.test-support';

const cases: [title: string, now: string, due: string, remaining: number, state: string][] = [
  ['D5 two working days left is on time', '2026-03-02T08:00', '2026-03-03T17:00', 960, 'on_time'],
  ['D5 one working day and a minute left is on time', '2026-03-02T16:59', '2026-03-03T17:00', 481, 'on_time'],
  ['D5 exactly one working day left is due soon', '2026-03-02T17:00', '2026-03-03T17:00', 480, 'due_soon'],
  [
    'D5 at the due instant it is still due soon, not late',
    '2026-03-03T17:00',
    '2026-03-03T17:00',
    0,
    'due_soon',
  ],
  [
    'D5 one minute after the due instant is late even with no working time elapsed',
    '2026-03-03T17:01',
    '2026-03-03T17:00',
    0,
    'late',
  ],
  ['D5 late by two working hours gives -120', '2026-03-04T10:00', '2026-03-03T17:00', -120, 'late'],
  ['D5 a weekend after a Friday due time is late', '2026-03-07T09:00', '2026-03-06T17:00', 0, 'late'],
  [
    'D5 due soon counts working time: Friday before Tết 2026, due Mon 23/02 12:00',
    '2026-02-13T16:00',
    '2026-02-23T12:00',
    300,
    'due_soon',
  ],
  [
    'D5 over Tết 2026 with 12 working hours left is on time',
    '2026-02-13T15:00',
    '2026-02-24T10:00',
    720,
    'on_time',
  ],
];

describe('deadline state and remaining time (D5)', () => {
  it.each(cases)('%s', (_title, now, due, remaining, state) => {
    expect(remainingWorkingMinutes(vn(now), vn(due))).toBe(remaining);
    expect(deadlineState(vn(now), vn(due))).toBe(state);
  });

  it('D5 due soon is one working day, 480 working minutes', () => {
    expect(DUE_SOON_WORKING_MINUTES).toBe(480);
  });

  it('working minutes of a full week is 5 × 480 and negative when reversed', () => {
    expect(workingMinutesBetween(vn('2026-03-02T08:00'), vn('2026-03-06T17:00'))).toBe(2400);
    expect(workingMinutesBetween(vn('2026-03-06T17:00'), vn('2026-03-02T08:00'))).toBe(-2400);
  });

  it('working minutes can be fractional (seconds count)', () => {
    expect(
      workingMinutesBetween(vn('2026-03-02T08:00'), new Date(vn('2026-03-02T08:00').getTime() + 30_000)),
    ).toBe(0.5);
  });

  it('a paused dossier keeps its remaining time while paused', () => {
    const pauses = [{ from: vn('2026-03-02T09:00'), to: vn('2026-03-03T09:00') }];
    expect(remainingWorkingMinutes(vn('2026-03-02T09:00'), vn('2026-03-03T10:00'), { pauses })).toBe(60);
  });
});
