import { describe, expect, it } from 'vitest';
import type { SyncDoc } from '../../sync/protocol.ts';
import { emptyMeta, nextMeta } from '../../sync/engine/merge-meta.ts';
import type { RowInput, SyncStorage } from '../../sync/storage.ts';

/**
 * The one contract every SyncStorage implementation must pass (memory, SQLite, and the coming
 * PostgreSQL adapter): the invariants of sync/storage.ts, tested through the interface only.
 * `open` opens storage over the same data each time it is called (a process restart); `fresh`
 * starts a new empty data set.
 */
export interface StorageHarness {
  open(): SyncStorage;
  dispose?(): void;
}

const doc = (id: string, fields: Record<string, unknown> = {}): SyncDoc => ({
  id,
  _deleted: false,
  ...fields,
});

const input = (
  collection: string,
  d: SyncDoc,
  scopeKey = 'k1',
  groupKey: string | null = null,
): RowInput => ({
  collection,
  id: d.id,
  scopeKey,
  groupKey,
  meta: nextMeta(emptyMeta, null, d),
  doc: d,
});

const pullAll = (s: SyncStorage, collection: string, afterSeq = 0) =>
  s.pull({ collection, afterSeq, limit: 1000, scopeKeys: 'all' });

/** A promise the test resolves by hand: lets a transaction stay open while others run. */
function gate(): { wait: Promise<void>; open(): void } {
  let open = () => {};
  const wait = new Promise<void>((r) => {
    open = r;
  });
  return { wait, open };
}

export function runStorageContract(name: string, fresh: () => StorageHarness): void {
  describe(`SyncStorage contract: ${name}`, () => {
    const withStorage = async (body: (s: SyncStorage, h: StorageHarness) => Promise<void>) => {
      const h = fresh();
      const s = h.open();
      try {
        await body(s, h);
      } finally {
        await s.close().catch(() => undefined);
        h.dispose?.();
      }
    };

    it('SEQ1: put assigns strictly increasing seqs, within and across transactions', () =>
      withStorage(async (s) => {
        const a = await s.transact((tx) => tx.put([input('c', doc('a')), input('c', doc('b'))]));
        const b = await s.transact((tx) => tx.put([input('other', doc('a'))]));
        const seqs = [...a, ...b].map((r) => r.seq);
        expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
        expect(new Set(seqs).size).toBe(3);
        expect(seqs[0]).toBeGreaterThan(0);
      }));

    it('SEQ2/PULL3: a row holds the latest state; rewriting moves it to a new seq', () =>
      withStorage(async (s) => {
        await s.transact((tx) => tx.put([input('c', doc('a', { v: 1 })), input('c', doc('b'))]));
        const [again] = await s.transact((tx) => tx.put([input('c', doc('a', { v: 2 }))]));
        const rows = await pullAll(s, 'c');
        expect(rows.map((r) => [r.id, r.doc['v'] ?? null])).toEqual([
          ['b', null],
          ['a', 2],
        ]);
        expect(rows[1]?.seq).toBe(again?.seq);
      }));

    it('PULL1/SCOPE1: pull filters by collection, seq and scope keys, ascending, limited', () =>
      withStorage(async (s) => {
        await s.transact((tx) =>
          tx.put([
            input('c', doc('a'), 'k1'),
            input('c', doc('b'), 'k2'),
            input('d', doc('x'), 'k1'),
            input('c', doc('c'), 'k1'),
            input('c', doc('e'), 'k3'),
          ]),
        );
        const ids = async (afterSeq: number, limit: number, scopeKeys: 'all' | string[]) =>
          (await s.pull({ collection: 'c', afterSeq, limit, scopeKeys })).map((r) => r.id);
        expect(await ids(0, 10, 'all')).toEqual(['a', 'b', 'c', 'e']);
        expect(await ids(0, 10, ['k1', 'k3'])).toEqual(['a', 'c', 'e']);
        expect(await ids(0, 1, ['k1', 'k3'])).toEqual(['a']);
        const [first] = await s.pull({ collection: 'c', afterSeq: 0, limit: 1, scopeKeys: ['k1'] });
        expect(await ids(first?.seq ?? 0, 10, ['k1'])).toEqual(['c']);
        expect(await ids(0, 10, [])).toEqual([]);
      }));

    it('PUSH1: a throwing transaction leaves no trace, and seqs continue', () =>
      withStorage(async (s) => {
        const [before] = await s.transact((tx) => tx.put([input('c', doc('a'))]));
        await expect(
          s.transact(async (tx) => {
            await tx.put([input('c', doc('b')), input('c', doc('a', { v: 9 }))]);
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect((await pullAll(s, 'c')).map((r) => [r.id, r.doc['v'] ?? null])).toEqual([['a', null]]);
        const [after] = await s.transact((tx) => tx.put([input('c', doc('c'))]));
        expect(after?.seq).toBeGreaterThan(before?.seq ?? Infinity);
      }));

    it('PUSH1: concurrent transactions stand alone: one that throws among others leaves no trace', () =>
      withStorage(async (s) => {
        const [first, failing, third] = await Promise.allSettled([
          s.transact((tx) => tx.put([input('c', doc('a'))])),
          s.transact(async (tx) => {
            await tx.put([input('c', doc('b')), input('c', doc('a', { v: 9 }))]);
            throw new Error('boom');
          }),
          s.transact(async (tx) => {
            const seen = await tx.get('c', ['a', 'b']);
            return [...seen.keys(), ...(await tx.put([input('c', doc('d'))])).map((r) => r.id)];
          }),
        ]);
        expect(first.status).toBe('fulfilled');
        expect(failing.status).toBe('rejected');
        // The third saw the first's write and none of the failed one's.
        expect(third).toEqual({ status: 'fulfilled', value: ['a', 'd'] });
        const rows = await pullAll(s, 'c');
        expect(rows.map((r) => [r.id, r.doc['v'] ?? null])).toEqual([
          ['a', null],
          ['d', null],
        ]);
      }));

    it('a transaction reads its own writes: get and group', () =>
      withStorage(async (s) => {
        await s.transact(async (tx) => {
          await tx.put([input('ev', doc('e1'), 'k1', 'd1'), input('ev', doc('e2'), 'k1', 'd2')]);
          await tx.put([input('ev', doc('e3'), 'k1', 'd1')]);
          expect([...(await tx.get('ev', ['e1', 'nope'])).keys()]).toEqual(['e1']);
          expect((await tx.group('ev', 'd1')).map((r) => r.id)).toEqual(['e1', 'e3']);
        });
        await s.transact(async (tx) => {
          expect((await tx.group('ev', 'd1')).map((r) => r.id)).toEqual(['e1', 'e3']);
          expect((await tx.group('ev', 'zz')).length).toBe(0);
        });
      }));

    it('PUSH10: setMeta changes the bookkeeping without a new seq', () =>
      withStorage(async (s) => {
        const [r] = await s.transact((tx) => tx.put([input('c', doc('a'))]));
        await s.transact((tx) => tx.setMeta('c', 'a', { ...emptyMeta, applied: ['h1'] }));
        const [again] = await pullAll(s, 'c');
        expect(again?.seq).toBe(r?.seq);
        const stored = await s.transact((tx) => tx.get('c', ['a']));
        expect(stored.get('a')?.meta.applied).toEqual(['h1']);
      }));

    it('SEQ2/PUSH10: shared reads always see the latest state and meta', () =>
      withStorage(async (s) => {
        const big = (v: number) => doc('cal', { v, days: Array.from({ length: 200 }, (_, i) => i * v) });
        const read = () =>
          s.transact(async (tx) => (await tx.get('c', ['cal', 'none'], { shared: true })).get('cal'));
        await s.transact((tx) => tx.put([input('c', big(1))]));
        expect((await read())?.doc['v']).toBe(1);
        await s.transact((tx) => tx.setMeta('c', 'cal', { ...emptyMeta, applied: ['h1'] }));
        expect((await read())?.meta.applied).toEqual(['h1']);
        await s.transact((tx) => tx.put([input('c', big(2))]));
        expect((await read())?.doc['v']).toBe(2);
        // A rolled-back write that was read, then another write that may reuse its seq.
        await expect(
          s.transact(async (tx) => {
            await tx.put([input('c', big(3))]);
            expect((await tx.get('c', ['cal'], { shared: true })).get('cal')?.doc['v']).toBe(3);
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect((await pullAll(s, 'c'))[0]?.doc['v']).toBe(2);
        await s.transact((tx) => tx.put([input('c', big(4))]));
        expect((await read())?.doc['v']).toBe(4);
        expect((await read())?.doc).toEqual(big(4));
        const plain = await s.transact(async (tx) => (await tx.get('c', ['cal'])).get('cal'));
        expect(plain?.doc).toEqual(big(4));
      }));

    it('SEQ3: a pull never returns rows of a transaction still open or rolled back', () =>
      withStorage(async (s) => {
        const g = gate();
        const failing = s.transact(async (tx) => {
          await tx.put([input('c', doc('ghost'))]);
          await g.wait;
          throw new Error('rolled back');
        });
        const pulled = pullAll(s, 'c');
        g.open();
        await expect(failing).rejects.toThrow('rolled back');
        expect(await pulled).toEqual([]);
      }));

    it('transactions are serialisable: concurrent read-modify-write loses no update', () =>
      withStorage(async (s) => {
        await s.transact((tx) => tx.put([input('c', doc('n', { count: 0 }))]));
        const bump = () =>
          s.transact(async (tx) => {
            const cur = (await tx.get('c', ['n'])).get('n');
            await Promise.resolve(); // yield between read and write
            const count = Number(cur?.doc['count'] ?? 0);
            await tx.put([input('c', doc('n', { count: count + 1 }))]);
          });
        await Promise.all([bump(), bump(), bump(), bump()]);
        expect((await pullAll(s, 'c'))[0]?.doc['count']).toBe(4);
      }));

    it('SEQ4: committed rows, metas and the seq counter survive a reopen', () =>
      withStorage(async (s, h) => {
        const text = { title: 'Hồ sơ đăng ký kinh doanh — “Tiếng Việt”', nested: { a: [1, null, true] } };
        const [r] = await s.transact((tx) => tx.put([input('c', doc('a', text), 'unit:HN', 'g')]));
        await s.close();
        const again = h.open();
        try {
          const [row] = await pullAll(again, 'c');
          expect(row).toMatchObject({
            collection: 'c',
            id: 'a',
            seq: r?.seq,
            scopeKey: 'unit:HN',
            groupKey: 'g',
            doc: doc('a', text),
          });
          const stored = await again.transact((tx) => tx.get('c', ['a']));
          expect(stored.get('a')?.meta).toEqual(r?.meta);
          const [next] = await again.transact((tx) => tx.put([input('c', doc('b'))]));
          expect(next?.seq).toBeGreaterThan(r?.seq ?? Infinity);
        } finally {
          await again.close();
        }
      }));

    it('operations after close are refused', () =>
      withStorage(async (s) => {
        await s.close();
        await expect(pullAll(s, 'c')).rejects.toThrow();
        await expect(s.transact(() => Promise.resolve(1))).rejects.toThrow();
      }));
  });
}
