import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar';
import { WorkCalendarSchema } from '../schemas/work-calendar';

const plain = () =>
  JSON.parse(JSON.stringify(defaultCalendar)) as Record<string, unknown> & typeof defaultCalendar;
const holiday = {
  kind: 'public_holiday',
  date: '2026-11-24',
  name: { vi: 'x', en: 'x' },
  source: { title: 'x' },
  status: 'announced',
};

const rejected: [title: string, mutate: (c: ReturnType<typeof plain>) => unknown][] = [
  [
    'W2 an interval ending before it starts',
    (c) => ({ ...c, weeklyHours: { ...c.weeklyHours, mon: [[720, 480]] } }),
  ],
  [
    'W2 overlapping intervals',
    (c) => ({
      ...c,
      weeklyHours: {
        ...c.weeklyHours,
        mon: [
          [480, 800],
          [780, 1020],
        ],
      },
    }),
  ],
  [
    'W2 unsorted intervals',
    (c) => ({
      ...c,
      weeklyHours: {
        ...c.weeklyHours,
        mon: [
          [780, 1020],
          [480, 720],
        ],
      },
    }),
  ],
  ['W2 minutes beyond the day', (c) => ({ ...c, weeklyHours: { ...c.weeklyHours, mon: [[480, 1500]] } })],
  ['W2 fractional minutes', (c) => ({ ...c, weeklyHours: { ...c.weeklyHours, mon: [[480.5, 720]] } })],
  ['W3 two exceptions on one date', (c) => ({ ...c, exceptions: [...c.exceptions, c.exceptions[0]] })],
  [
    'W4 no weekday with hours',
    (c) => ({ ...c, weeklyHours: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] } }),
  ],
  ['W1 another offset', (c) => ({ ...c, utcOffsetMinutes: 480 })],
  ['W1 another time zone', (c) => ({ ...c, timeZone: 'Asia/Bangkok' })],
  ['a date that does not exist', (c) => ({ ...c, exceptions: [{ ...holiday, date: '2026-02-30' }] })],
  [
    'a working day without hours',
    (c) => ({ ...c, exceptions: [{ ...holiday, kind: 'compensatory_working_day', hours: [] }] }),
  ],
  [
    'a source link that is not a URL',
    (c) => ({ ...c, exceptions: [{ ...holiday, source: { title: 'x', url: 'not a url' } }] }),
  ],
  ['a name without Vietnamese', (c) => ({ ...c, exceptions: [{ ...holiday, name: { vi: '', en: 'x' } }] })],
  ['an unknown status', (c) => ({ ...c, exceptions: [{ ...holiday, status: 'rumoured' }] })],
];

describe('WorkCalendarSchema', () => {
  it.each(rejected)('rejects %s', (_title, mutate) => {
    expect(WorkCalendarSchema.safeParse(mutate(plain())).success).toBe(false);
  });

  it('accepts an administrator-added holiday such as 24/11 once it becomes law', () => {
    const c = plain();
    expect(WorkCalendarSchema.safeParse({ ...c, exceptions: [...c.exceptions, holiday] }).success).toBe(true);
  });
});
