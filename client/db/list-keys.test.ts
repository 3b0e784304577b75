import { describe, expect, it } from 'vitest';
import { listKeysOf, newestKey } from './list-keys';

const base = {
  receivedAt: '2026-03-16T09:00:00.000+07:00',
  dueAt: '2026-03-18T09:00:00.000+07:00',
  status: 2 as const,
  applicant: { fullName: 'Nguyễn  Văn Đức' },
};

describe('listKeysOf', () => {
  it('K3: newer instants get smaller keys, whatever the offset', () => {
    expect(newestKey(Date.parse('2026-03-16T02:00:01Z')) < newestKey(Date.parse(base.receivedAt))).toBe(true);
    expect(listKeysOf(base).listNewest).toBe(newestKey(Date.parse('2026-03-16T02:00:00Z')));
    expect(listKeysOf(base).listNewest).toHaveLength(16);
  });

  it('keeps the name without diacritics, family and given name first', () => {
    expect(listKeysOf(base)).toMatchObject({ listName: 'nguyen van duc', listGiven: 'duc nguyen van' });
    expect(listKeysOf({ ...base, applicant: { fullName: 'Đức' } }).listGiven).toBe('duc');
  });

  it('K4: the running appointment in UTC, or "" when finished or paused', () => {
    expect(listKeysOf(base).listDue).toBe('2026-03-18T02:00:00.000Z');
    expect(listKeysOf({ ...base, rescheduledDueAt: '2026-03-20T02:00:00Z' }).listDue).toBe(
      '2026-03-20T02:00:00.000Z',
    );
    for (const status of [3, 5, 6, 8, 9, 10] as const)
      expect(listKeysOf({ ...base, status }).listDue).toBe('');
  });
});
