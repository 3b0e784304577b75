import { describe, expect, it } from 'vitest';
import { computeDueAt, workingMinutesBetween } from '../calendar';
import { normalizePauses } from './pauses';
import { local, vn } from './local-time.test-support';

type PauseText = [from: string, to: string];
const toPauses = (list: PauseText[]) => list.map(([from, to]) => ({ from: vn(from), to: vn(to) }));

const cases: [title: string, received: string, workingDays: number, pauses: PauseText[], due: string][] = [
  [
    'D3 working time inside a pause is excluded (10:00–14:00 = 3 h)',
    '2026-03-02T08:00',
    1,
    [['2026-03-02T10:00', '2026-03-02T14:00']],
    '2026-03-03T11:00',
  ],
  [
    'D3 a pause covering the receipt starts the clock at its end',
    '2026-03-02T09:00',
    1,
    [['2026-03-02T08:30', '2026-03-03T08:30']],
    '2026-03-04T08:30',
  ],
  [
    'D3 a pause outside working hours changes nothing',
    '2026-03-06T15:00',
    1,
    [['2026-03-07T08:00', '2026-03-08T20:00']],
    '2026-03-09T15:00',
  ],
  [
    'D3 overlapping pauses count once',
    '2026-03-02T08:00',
    1,
    [
      ['2026-03-02T10:00', '2026-03-02T11:00'],
      ['2026-03-02T10:30', '2026-03-02T11:30'],
    ],
    '2026-03-03T09:30',
  ],
  [
    'D3 a pause across Tết 2026 removes only its working time',
    '2026-02-12T08:00',
    2,
    [['2026-02-12T16:00', '2026-02-23T09:00']],
    '2026-02-24T10:00',
  ],
  [
    'D3 an empty pause is ignored',
    '2026-03-02T08:00',
    1,
    [['2026-03-02T10:00', '2026-03-02T10:00']],
    '2026-03-02T17:00',
  ],
  [
    'D3 unsorted pauses are accepted',
    '2026-03-02T08:00',
    2,
    [
      ['2026-03-03T08:00', '2026-03-03T09:00'],
      ['2026-03-02T08:00', '2026-03-02T09:00'],
    ],
    '2026-03-04T10:00',
  ],
];

describe('pauses (D3)', () => {
  it.each(cases)('%s', (_title, received, value, pauses, due) => {
    const dueAt = computeDueAt(vn(received), { value, unit: 'working_days' }, { pauses: toPauses(pauses) });
    expect(local(dueAt)).toBe(due);
  });

  it('D3 working minutes between two instants exclude paused working time', () => {
    const pauses = toPauses([['2026-03-02T11:00', '2026-03-02T14:00']]);
    expect(workingMinutesBetween(vn('2026-03-02T08:00'), vn('2026-03-02T17:00'), { pauses })).toBe(480 - 120);
  });

  it('P1 normalizePauses sorts, merges touching spans and drops empty ones', () => {
    const spans = normalizePauses([
      { from: new Date(50), to: new Date(60) },
      { from: new Date(10), to: new Date(20) },
      { from: new Date(20), to: new Date(30) },
      { from: new Date(40), to: new Date(40) },
    ]);
    expect(spans).toEqual([
      [10, 30],
      [50, 60],
    ]);
  });
});
