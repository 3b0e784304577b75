import { describe, expect, it } from 'vitest';
import type { NoteStore } from './note-store';

/**
 * The one contract every NoteStore passes (NS1–NS5 in note-store.ts), through the interface
 * only. `open` opens a store over the same data each time it is called (a process restart).
 */
export interface NoteStoreHarness {
  open(): NoteStore;
  dispose?(): void;
}

const AT = '2026-11-20T03:00:00.000Z';
const u = (...xs: number[]) => new Uint8Array(xs);
const plain = (xs: readonly Uint8Array[]) => xs.map((x) => [...x]);

export function runNoteStoreContract(name: string, fresh: () => NoteStoreHarness): void {
  describe(`NoteStore contract: ${name}`, () => {
    const withStore = async (body: (s: NoteStore, h: NoteStoreHarness) => Promise<void>) => {
      const h = fresh();
      const s = h.open();
      try {
        await body(s, h);
      } finally {
        await s.close();
        h.dispose?.();
      }
    };

    it('NS1: load gives a dossier’s own updates in append order, and the largest id', () =>
      withStore(async (s) => {
        expect(await s.load('a')).toEqual({ updates: [], upTo: 0 });
        await s.append('a', u(1), AT);
        await s.append('b', u(9), AT);
        await s.append('a', u(2, 2), AT);
        const a = await s.load('a');
        expect(plain(a.updates)).toEqual([[1], [2, 2]]);
        expect(a.upTo).toBeGreaterThan((await s.load('b')).upTo);
      }));

    it('NS2: appended rows survive closing and reopening the store', () =>
      withStore(async (s, h) => {
        await s.append('a', u(1, 2, 3), AT);
        await s.close();
        const again = h.open();
        expect(plain((await again.load('a')).updates)).toEqual([[1, 2, 3]]);
        await again.close();
      }));

    it('NS3: replace keeps rows appended after the load and other dossiers’ rows', () =>
      withStore(async (s) => {
        await s.append('a', u(1), AT);
        await s.append('a', u(2), AT);
        await s.append('b', u(7), AT);
        const loaded = await s.load('a');
        await s.append('a', u(3), AT); // arrives while the merge is computed
        await s.replace('a', loaded.upTo, u(1, 2), AT);
        expect(plain((await s.load('a')).updates)).toEqual([[1, 2], [3]]);
        expect(plain((await s.load('b')).updates)).toEqual([[7]]);
      }));

    it('NS3: a second replace over rows already replaced stores nothing more', () =>
      withStore(async (s) => {
        await s.append('a', u(1), AT);
        await s.append('a', u(2), AT);
        const first = await s.load('a');
        await s.replace('a', first.upTo, u(1, 2), AT);
        const second = await s.load('a');
        await s.replace('a', second.upTo, u(1, 2), AT);
        await s.append('a', u(3), AT);
        expect(plain((await s.load('a')).updates)).toEqual([[1, 2], [3]]);
      }));

    it('NS4: crowded lists the dossiers with more than n rows', () =>
      withStore(async (s) => {
        for (const id of ['a', 'a', 'a', 'b', 'b', 'c']) await s.append(id, u(1), AT);
        expect([...(await s.crowded(1))].sort()).toEqual(['a', 'b']);
        expect(await s.crowded(2)).toEqual(['a']);
      }));

    it('NS5: bytes come back exactly, as plain Uint8Arrays that do not alias the input', () =>
      withStore(async (s) => {
        const big = new Uint8Array(70_000).map((_, i) => i % 251);
        const view = big.subarray(10, 60_010);
        await s.append('a', view, AT);
        view[0] = 255;
        const [got] = (await s.load('a')).updates;
        expect(got?.constructor).toBe(Uint8Array);
        expect(got?.length).toBe(60_000);
        expect(got?.[0]).toBe(10);
        expect(got?.[59_999]).toBe(60_009 % 251);
      }));
  });
}
