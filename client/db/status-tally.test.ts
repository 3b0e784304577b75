import type { RxStorageInstance } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { deltaOf, mayMove, StatusTally, TALLY_SCHEMA, type TallyDoc } from './status-tally';

type Doc = { id: string; status: number; _deleted?: boolean };
const row = (document: Doc, previous?: Doc) => ({ document, previous }) as never;

let n = 0;
/** Two "tabs": two tally instances over the same memory collection (shared like IndexedDB). */
async function tabs(count: number): Promise<StatusTally[]> {
  n += 1;
  const storage = getRxStorageMemory();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const instance = await storage.createStorageInstance<TallyDoc>({
        databaseInstanceToken: `tab${i}`,
        databaseName: `tally${n}`,
        collectionName: 'dossiers-tally-1',
        schema: TALLY_SCHEMA,
        options: {},
        multiInstance: true,
        devMode: true,
      });
      return new StatusTally(instance as RxStorageInstance<TallyDoc, unknown, unknown>, `tab${i}`);
    }),
  );
}

describe('status tally deltas (T1)', () => {
  it('moves dossiers between statuses, adds inserts, drops deletions and skips failed rows', () => {
    const rows = [
      row({ id: 'a', status: 2 }),
      row({ id: 'b', status: 4 }, { id: 'b', status: 2 }),
      row({ id: 'c', status: 4 }, { id: 'c', status: 4 }),
      row({ id: 'd', status: 4, _deleted: true }, { id: 'd', status: 4 }),
      row({ id: 'e', status: 10, _deleted: true }, { id: 'e', status: 2 }),
      row({ id: 'f', status: 5 }, { id: 'f', status: 4, _deleted: true }),
      row({ id: 'g', status: 9 }, { id: 'g', status: 2 }),
    ];
    expect(deltaOf(rows, (d) => (d as Doc).id, new Set(['g']))).toEqual({ 2: -1, 4: 0, 5: 1 });
  });

  it('needs no bracket when every row keeps its live status', () => {
    expect(mayMove([row({ id: 'a', status: 2 }, { id: 'a', status: 2 })])).toBe(false);
    expect(mayMove([row({ id: 'a', status: 2 })])).toBe(true);
    expect(mayMove([row({ id: 'a', status: 2, _deleted: true }, { id: 'a', status: 2 })])).toBe(true);
  });
});

describe('status tally (T2–T4)', () => {
  it('applies every tab’s deltas without losing one when tabs write at once', async () => {
    const [a, b] = await tabs(2);
    await a!.startEmpty();
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const tally = i % 2 === 0 ? a! : b!;
        const token = await tally.mark();
        await tally.apply(token, { 2: 1, ...(i % 4 === 1 ? { 2: 0, 4: 1 } : {}) });
      }),
    );
    const stored = await a!.read();
    expect(stored).toMatchObject({ known: true, counts: { 2: 15, 4: 5 }, pending: {} });
  });

  it('keeps the token of a write in flight, which a reader sees as pending (T2)', async () => {
    const [a] = await tabs(1);
    await a!.startEmpty();
    const token = await a!.mark();
    expect((await a!.read())?.pending).toEqual({ [token]: 'tab0' });
    await a!.apply(token, { 3: 1 });
    expect(await a!.read()).toMatchObject({ counts: { 3: 1 }, pending: {} });
  });

  it('refuses a recount when a write was marked after the recount read the tally (T3)', async () => {
    const [a, b] = await tabs(2);
    const base = await a!.read();
    const token = await b!.mark();
    expect(await a!.commitRecount(base, { 2: 7 }, [])).toBe(false);
    await b!.apply(token, { 2: 1 });
    const after = await a!.read();
    expect(after).toMatchObject({ known: false, pending: {} });
    expect(await a!.commitRecount(after, { 2: 8 }, [])).toBe(true);
    expect(await b!.read()).toMatchObject({ known: true, counts: { 2: 8 } });
  });

  it('drops a dead writer’s token on recount; its late apply makes the counts unknown (T4)', async () => {
    const [a, b] = await tabs(2);
    await a!.startEmpty();
    const token = await b!.mark(); // b "crashes" here
    const base = await a!.read();
    expect(await a!.commitRecount(base, { 2: 1 }, [token])).toBe(true);
    expect(await a!.read()).toMatchObject({ known: true, counts: { 2: 1 }, pending: {} });
    await b!.apply(token, { 2: 1 }); // it was only slow: nobody knows if the recount saw it
    expect(await a!.read()).toMatchObject({ known: false, pending: {} });
  });

  it('starts known and empty once; a second start does not reset counts (T5)', async () => {
    const [a, b] = await tabs(2);
    await a!.startEmpty();
    const token = await a!.mark();
    await a!.apply(token, { 6: 2 });
    await b!.startEmpty();
    expect(await b!.read()).toMatchObject({ known: true, counts: { 6: 2 } });
  });
});
