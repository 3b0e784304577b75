import { describe, expect, it } from 'vitest';
import { formatVnDateTime, formatWorkingMinutes, statusLabel } from './format';

describe('dossier display formats', () => {
  it('shows instants in Hà Nội time whatever the offset they were written with', () => {
    expect(formatVnDateTime('2026-03-02T10:05:00.000Z')).toBe('02/03/2026 17:05');
    expect(formatVnDateTime('2026-03-02T17:00:00Z')).toBe('03/03/2026 00:00');
    expect(formatVnDateTime('2026-03-02T09:30:00+07:00')).toBe('02/03/2026 09:30');
    expect(formatVnDateTime('nonsense')).toBe('');
  });

  it('counts working time in 8-hour days, in either language', () => {
    expect(formatWorkingMinutes(960 + 125, 'vi')).toBe('2 ngày làm việc 2 giờ 5 phút');
    expect(formatWorkingMinutes(480, 'en')).toBe('1 working day(s)');
    expect(formatWorkingMinutes(-90, 'en')).toBe('1 h 30 min');
    expect(formatWorkingMinutes(0, 'vi')).toBe('0 phút');
  });

  it('labels statuses from the national dictionary', () => {
    expect(statusLabel(2, 'vi')).toBe('Được tiếp nhận');
    expect(statusLabel(2, 'en')).toBe('Accepted');
  });
});
