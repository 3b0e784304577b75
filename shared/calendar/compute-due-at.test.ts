import { describe, expect, it } from 'vitest';
import { computeDueAt } from '../calendar';
import { local, vn } from './local-time.test-support';

type Unit = 'working_days' | 'working_hours';
const cases: [title: string, received: string, value: number, unit: Unit, due: string][] = [
  [
    'D2 1 working day from Mon 08:00 is due Mon 17:00 (earliest, not Tue 08:00)',
    '2026-03-02T08:00',
    1,
    'working_days',
    '2026-03-02T17:00',
  ],
  [
    'D2 1 working day from Mon 10:00 is due Tue 10:00',
    '2026-03-02T10:00',
    1,
    'working_days',
    '2026-03-03T10:00',
  ],
  [
    'D2 4 working hours from 08:00 end at 12:00, not after lunch',
    '2026-03-02T08:00',
    4,
    'working_hours',
    '2026-03-02T12:00',
  ],
  ['D2 half a working day is 4 working hours', '2026-03-02T08:00', 0.5, 'working_days', '2026-03-02T12:00'],
  [
    'D1 receipt after hours counts from 08:00 next day',
    '2026-03-02T18:30',
    1,
    'working_days',
    '2026-03-03T17:00',
  ],
  [
    'D1 receipt before opening counts from 08:00 same day',
    '2026-03-02T06:00',
    1,
    'working_days',
    '2026-03-02T17:00',
  ],
  ['D1 receipt at lunch counts from 13:00', '2026-03-02T12:30', 1, 'working_days', '2026-03-03T12:00'],
  [
    'D1 receipt on Saturday counts from Monday 08:00',
    '2026-03-07T10:00',
    1,
    'working_days',
    '2026-03-09T17:00',
  ],
  [
    'D1 the weekend does not count (Fri 15:00 + 1 day = Mon 15:00)',
    '2026-03-06T15:00',
    1,
    'working_days',
    '2026-03-09T15:00',
  ],
  ['D1 working hours carry over the weekend', '2026-03-06T16:00', 3, 'working_hours', '2026-03-09T10:00'],
  [
    'D1 30 working days from Mon 08:00 end on the 6th Friday at 17:00',
    '2026-03-02T08:00',
    30,
    'working_days',
    '2026-04-10T17:00',
  ],
  [
    'Tết 2026: 14–22/02 off, 2 days from Fri 13/02 10:00 end Tue 24/02 10:00',
    '2026-02-13T10:00',
    2,
    'working_days',
    '2026-02-24T10:00',
  ],
  [
    'Tết 2026: receipt on mùng 2 counts from Mon 23/02',
    '2026-02-18T09:00',
    1,
    'working_days',
    '2026-02-23T17:00',
  ],
  [
    'Tết 2026: 1 working hour from Fri 13/02 16:30 ends Mon 23/02 08:30',
    '2026-02-13T16:30',
    1,
    'working_hours',
    '2026-02-23T08:30',
  ],
  [
    'Hùng Kings 2026 on Sunday 26/04 is made up Mon 27/04',
    '2026-04-24T10:00',
    1,
    'working_days',
    '2026-04-28T10:00',
  ],
  ['30/4–1/5 2026 (Thu, Fri) are off', '2026-04-28T08:00', 3, 'working_days', '2026-05-04T17:00'],
  ['Hùng Kings and 30/4–1/5 2026 together', '2026-04-24T08:00', 5, 'working_days', '2026-05-05T17:00'],
  [
    'National Day 2026: Saturday 22/08 is a working day',
    '2026-08-21T13:00',
    1,
    'working_days',
    '2026-08-22T12:00',
  ],
  [
    'National Day 2026: receipt on working Saturday 22/08 counts at once',
    '2026-08-22T08:00',
    1,
    'working_days',
    '2026-08-22T17:00',
  ],
  [
    'National Day 2026: 29/08–02/09 off (31/08 swapped)',
    '2026-08-28T08:00',
    2,
    'working_days',
    '2026-09-03T17:00',
  ],
  [
    'National Day 2026: receipt during the break counts from Thu 03/09',
    '2026-08-29T10:00',
    1,
    'working_hours',
    '2026-09-03T09:00',
  ],
  ['New Year 2026: 01–04/01 off (02/01 swapped)', '2025-12-31T13:00', 1, 'working_days', '2026-01-05T12:00'],
  [
    'New Year 2026: Saturday 10/01 is a working day',
    '2026-01-09T13:00',
    1,
    'working_days',
    '2026-01-10T12:00',
  ],
  [
    '30/4 2025: Saturday 26/04/2025 is a working day',
    '2025-04-25T13:00',
    1,
    'working_days',
    '2025-04-26T12:00',
  ],
  ['Tết 2025: 25/01–02/02 off', '2025-01-24T13:00', 1, 'working_days', '2025-02-03T12:00'],
  [
    'Tết 2027 (statutory, provisional): 05–11/02 off',
    '2027-02-04T13:00',
    1,
    'working_days',
    '2027-02-12T12:00',
  ],
];

describe('computeDueAt, working units (D1, D2)', () => {
  it.each(cases)('%s', (_title, received, value, unit, due) => {
    expect(local(computeDueAt(vn(received), { value, unit }))).toBe(due);
  });

  it('returns a new Date and leaves the receipt untouched', () => {
    const receivedAt = vn('2026-03-02T10:00');
    const dueAt = computeDueAt(receivedAt, { value: 1, unit: 'working_days' });
    expect(dueAt).not.toBe(receivedAt);
    expect(local(receivedAt)).toBe('2026-03-02T10:00');
  });

  it('keeps sub-minute precision of the receipt', () => {
    const dueAt = computeDueAt(new Date(vn('2026-03-02T10:00').getTime() + 30_500), {
      value: 1,
      unit: 'working_days',
    });
    expect(local(dueAt)).toBe('2026-03-03T10:00:30.500');
  });
});
