import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../sync/engine/merge-meta.ts';
import type { StoredRow } from '../../sync/storage.ts';
import { SharedRowCache } from './shared-row-cache.ts';

const row = (id: string, seq: number, text = 'x'): StoredRow => ({
  collection: 'catalogue',
  id,
  seq,
  scopeKey: 'all',
  groupKey: null,
  meta: emptyMeta,
  doc: { id, _deleted: false, nested: { text } },
});

describe('SharedRowCache', () => {
  it('keeps a row with the seq it was read at (invariant 1, SEQ2)', () => {
    const cache = new SharedRowCache(4);
    cache.set(row('a', 3));
    expect(cache.peek('catalogue', 'a')).toMatchObject({ seq: 3, doc: { nested: { text: 'x' } } });
    cache.set(row('a', 4, 'y'));
    expect(cache.peek('catalogue', 'a')).toMatchObject({ seq: 4, doc: { nested: { text: 'y' } } });
    expect(cache.peek('other', 'a')).toBeUndefined();
  });

  it('forgets a row and clears on demand (invariant 2)', () => {
    const cache = new SharedRowCache(4);
    cache.set(row('a', 1));
    cache.set(row('b', 2));
    cache.forget('catalogue', 'a');
    expect(cache.peek('catalogue', 'a')).toBeUndefined();
    expect(cache.peek('catalogue', 'b')).toBeDefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('freezes what it hands out, deeply (invariant 3)', () => {
    const cache = new SharedRowCache(4);
    const r = cache.set(row('a', 1));
    expect(Object.isFrozen(r.doc)).toBe(true);
    expect(Object.isFrozen(r.doc['nested'])).toBe(true);
    expect(Object.isFrozen(r.meta.states)).toBe(true);
  });

  it('keeps at most its capacity, dropping the least recently used (invariant 4)', () => {
    const cache = new SharedRowCache(2);
    cache.set(row('a', 1));
    cache.set(row('b', 2));
    cache.peek('catalogue', 'a'); // a is now the most recent
    cache.set(row('c', 3));
    expect(cache.size).toBe(2);
    expect(cache.peek('catalogue', 'b')).toBeUndefined();
    expect(cache.peek('catalogue', 'a')).toBeDefined();
    expect(cache.peek('catalogue', 'c')).toBeDefined();
  });
});
