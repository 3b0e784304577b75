import { describe, expect, it } from 'vitest';
import { blockOf, parseDossierCode } from '../../shared/dossier-code';
import { allocatorKey, homeBlockOf, issueCode, nextCode, type KeyValueStorage } from './code-issuer';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

const serialOf = (code: string): number => {
  const parts = parseDossierCode(code);
  if (!parts.ok) throw new Error(`not a code: ${code}`);
  return parts.value.serial;
};

describe('device code issuing (stand-in for enrolment)', () => {
  it('K1: home blocks are stable and stay within 1–49', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `device-${i}`);
    for (const id of ids) {
      const b = homeBlockOf(id);
      expect(b).toBe(homeBlockOf(id));
      expect(b).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(49);
    }
    expect(new Set(ids.map(homeBlockOf)).size).toBeGreaterThan(40); // spread, not clumped
  });

  it('issues consecutive codes from the home block and persists the allocator per unit', () => {
    const storage = memoryStorage();
    const at = '2026-03-02T03:00:00Z';
    const first = issueCode(storage, 'HN-TT', at, () => 'device-a');
    const second = issueCode(storage, 'HN-TT', at, () => 'unused');
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.code).toMatch(/^HN-TT-260302-\d{4}$/);
    expect(serialOf(second.code)).toBe(serialOf(first.code) + 1);
    expect(blockOf(serialOf(first.code))).toBe(homeBlockOf('device-a'));
    expect(storage.data.has(allocatorKey('HN-TT'))).toBe(true);
  });

  it('starts afresh on a new Vietnamese day and keeps units apart', () => {
    const storage = memoryStorage();
    const a = issueCode(storage, 'HN-TT', '2026-03-02T03:00:00Z', () => 'device-b');
    const otherUnit = issueCode(storage, 'HN-CN01', '2026-03-02T03:00:00Z', () => 'x');
    const nextDay = issueCode(storage, 'HN-TT', '2026-03-02T17:00:00Z', () => 'x'); // 00:00 on 03/03 in Hà Nội
    expect(a.ok && otherUnit.ok && nextDay.ok).toBe(true);
    if (!a.ok || !otherUnit.ok || !nextDay.ok) return;
    expect(otherUnit.code.startsWith('HN-CN01-260302-')).toBe(true);
    expect(serialOf(otherUnit.code)).toBe(serialOf(a.code));
    expect(nextDay.code.startsWith('HN-TT-260303-')).toBe(true);
    expect(serialOf(nextDay.code)).toBe(serialOf(a.code));
  });

  it('ignores a corrupt saved state and reports exhaustion instead of reusing serials', () => {
    const fresh = nextCode('garbage', 'HN-TT', 5, '2026-03-02T03:00:00Z');
    expect(fresh.ok && serialOf(fresh.code)).toBe(5 * 101 + 1);
    const full = { unitCode: 'HN-TT', day: '260302', blocks: [5], issued: 101 };
    expect(nextCode(full, 'HN-TT', 5, '2026-03-02T03:00:00Z')).toEqual({ ok: false, error: 'exhausted' });
  });
});
