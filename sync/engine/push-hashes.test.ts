import { describe, expect, it } from 'vitest';
import { doc, NOTES, pushReq, row, testServer } from '../testing/fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';
import { rowHash, stateHash } from './merge-meta.ts';
import { PushHashes } from './push-hashes.ts';

describe('PushHashes', () => {
  it('computes the formulas when nothing is known', () => {
    const base = doc('a', { t: 1, nested: { b: 2, a: 1 } });
    const next = doc('a', { t: 2 });
    const h = new PushHashes();
    expect(h.state(base)).toBe(stateHash(base));
    expect(h.row(base, next)).toBe(rowHash(base, next));
    expect(h.row(null, next)).toBe(rowHash(null, next));
  });

  it('answers a known value for its object, and a known row hash only for its own pair (3)', () => {
    const base = doc('a', { t: 1 });
    const next = doc('a', { t: 2 });
    const h = new PushHashes();
    h.knowState(next, 'known-state');
    h.knowRow(base, next, 'known-row');
    expect(h.state(next)).toBe('known-state');
    expect(h.state({ ...next })).toBe(stateHash(next)); // an equal copy is another object
    expect(h.row(base, next)).toBe('known-row');
    expect(h.row({ ...base }, next)).toBe(rowHash(base, next));
    expect(h.row(null, next)).toBe(rowHash(null, next));
  });

  it('is what the engine hashes with: a push stores the hashes it was handed (1)', async () => {
    const storage = new MemoryStorage();
    const server = testServer({ storage });
    const a = doc('a', { t: 1 });
    const h = new PushHashes();
    h.knowState(a, 'handed-state');
    h.knowRow(null, a, 'handed-row');
    const pushed = await server.push('p', pushReq(NOTES, [row(null, a)]), h);
    expect(pushed.ok).toBe(true);
    const stored = storage.data.rows.get(`${NOTES}\u0000a`);
    expect(stored?.meta.states.map((s) => s.hash)).toEqual(['handed-state']);
    expect(stored?.meta.applied).toEqual(['handed-row']);
  });
});
