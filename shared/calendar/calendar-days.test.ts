import { describe, expect, it } from 'vitest';
import { computeDueAt } from '../calendar';
import { local, vn } from './local-time.test-support';

type PauseText = [from: string, to: string];
const cases: [title: string, received: string, days: number, due: string, pauses?: PauseText[]][] = [
  ['D4 due at 17:00 of day N after the day of receipt', '2026-03-02T10:00', 3, '2026-03-05T17:00'],
  [
    'D4 C1 receipt after hours: the day of receipt is the next working day',
    '2026-03-02T18:00',
    1,
    '2026-03-04T17:00',
  ],
  ['D4 C1 receipt at lunch keeps the same day of receipt', '2026-03-02T12:30', 1, '2026-03-03T17:00'],
  ['D4 C2 landing on a Saturday moves to Monday 17:00', '2026-03-02T09:00', 5, '2026-03-09T17:00'],
  ['D4 C2 landing in the Tết 2026 break moves to Mon 23/02 17:00', '2026-02-12T09:00', 3, '2026-02-23T17:00'],
  ['D4 C1 receipt during Tết 2026 counts from Mon 23/02', '2026-02-18T09:00', 1, '2026-02-24T17:00'],
  [
    'D4 C2 landing on the Hùng Kings make-up day Mon 27/04/2026 moves to Tue',
    '2026-04-24T09:00',
    3,
    '2026-04-28T17:00',
  ],
  ['D4 C2 landing on 30/04/2026 moves past 01/05 and the weekend', '2026-04-28T09:00', 2, '2026-05-04T17:00'],
  ['D4 C2 the working Saturday 22/08/2026 can be the due day', '2026-08-21T09:00', 1, '2026-08-22T17:00'],
  [
    'D4 C2 landing on the swapped Mon 31/08/2026 moves past National Day',
    '2026-08-22T10:00',
    9,
    '2026-09-03T17:00',
  ],
  [
    'D4 C2 landing on 01/01/2026 moves past the swapped 02/01 and weekend',
    '2025-12-29T09:00',
    3,
    '2026-01-05T17:00',
  ],
  [
    'D4 C3 a 5-hour pause adds one whole day',
    '2026-03-02T09:00',
    3,
    '2026-03-06T17:00',
    [['2026-03-03T10:00', '2026-03-03T15:00']],
  ],
  [
    'D4 C3 a 49-hour pause adds three days (rounded up)',
    '2026-03-02T09:00',
    3,
    '2026-03-09T17:00',
    [['2026-03-03T10:00', '2026-03-05T11:00']],
  ],
  [
    'D4 C3 a pause after the due time changes nothing',
    '2026-03-02T09:00',
    1,
    '2026-03-03T17:00',
    [['2026-03-04T09:00', '2026-03-05T09:00']],
  ],
  [
    'D4 C3 a pause before receipt changes nothing',
    '2026-03-02T09:00',
    1,
    '2026-03-03T17:00',
    [['2026-02-25T09:00', '2026-03-02T08:00']],
  ],
  [
    'D4 C3 extension repeats until a pause pulled into the window is counted too',
    '2026-03-02T09:00',
    2,
    '2026-03-06T17:00',
    [
      ['2026-03-02T10:00', '2026-03-03T10:00'],
      ['2026-03-05T09:00', '2026-03-05T10:00'],
    ],
  ],
];

describe('computeDueAt, calendar days (D4)', () => {
  it.each(cases)('%s', (_title, received, value, due, pauses = []) => {
    const options = { pauses: pauses.map(([from, to]) => ({ from: vn(from), to: vn(to) })) };
    expect(local(computeDueAt(vn(received), { value, unit: 'calendar_days' }, options))).toBe(due);
  });
});
