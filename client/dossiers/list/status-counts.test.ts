import type { RxStorageInstance } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MotcuaDatabase } from '../../db';
import { StatusTally, TALLY_SCHEMA, type TallyDoc } from '../../db/status-tally';
import { statusTallyOf } from '../../db/status-tally-storage';
import { dossier, memoryDatabase } from '../../db/testing/fixtures';
import { statusCounts } from './status-counts';

let db: MotcuaDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function seeded(): Promise<MotcuaDatabase> {
  db = await memoryDatabase();
  await db.dossiers.bulkInsert([
    dossier(1, { status: 2 }),
    dossier(2, { status: 2 }),
    dossier(3, { status: 4 }),
    dossier(4, { status: 10 }),
  ]);
  return db;
}

const tallyOf = (d: MotcuaDatabase): StatusTally => {
  const tally = statusTallyOf(d.token, d.dossiers.schema.version);
  if (tally === undefined) throw new Error('no tally');
  return tally;
};

/** Another tab's writer over the same tally (memory storage shares state by name). */
async function otherWriter(d: MotcuaDatabase, writer: string): Promise<StatusTally> {
  const instance = await getRxStorageMemory().createStorageInstance<TallyDoc>({
    databaseInstanceToken: writer,
    databaseName: d.name,
    collectionName: `dossiers-tally-${d.dossiers.schema.version}`,
    schema: TALLY_SCHEMA,
    options: {},
    multiInstance: false,
    devMode: true,
  });
  return new StatusTally(instance as RxStorageInstance<TallyDoc, unknown, unknown>, writer);
}

const settled = (d: MotcuaDatabase, want: Record<number, number>) =>
  firstValueFrom(
    statusCounts(d.dossiers).pipe(filter((c) => Object.entries(want).every(([s, n]) => c[Number(s)] === n))),
  );

describe('status counts from the tally', () => {
  it('keeps exact counts through inserts, status changes and removals without counting (T1, T5, C1)', async () => {
    const d = await seeded();
    expect(await tallyOf(d).read()).toMatchObject({
      known: true,
      counts: { 2: 2, 4: 1, 10: 1 },
      pending: {},
    });
    const doc = await d.dossiers.findOne(dossier(1).id).exec();
    await doc?.incrementalPatch({ status: 4 });
    await (await d.dossiers.findOne(dossier(4).id).exec())?.remove();
    await (
      await d.dossiers.findOne(dossier(3).id).exec()
    )?.incrementalPatch({ updatedAt: '2026-01-06T00:00:00.000Z' });
    expect(await settled(d, { 2: 1, 4: 2, 10: 0 })).toMatchObject({ 1: 0, 2: 1, 4: 2, 10: 0 });
    expect(await tallyOf(d).read()).toMatchObject({
      known: true,
      counts: { 2: 1, 4: 2, 10: 0 },
      pending: {},
    });
  });

  it('publishes another tab’s writes as they are applied (C1)', async () => {
    const d = await seeded();
    const seen = settled(d, { 5: 1 });
    const other = await otherWriter(d, 'other-tab');
    const token = await other.mark();
    await other.apply(token, { 2: -1, 5: 1 });
    expect(await seen).toMatchObject({ 2: 1, 5: 1 });
  });

  it('recounts when a writer died mid-write, and stores the recount (C2, T2)', async () => {
    const d = await seeded();
    const dead = await otherWriter(d, 'crashed-tab');
    await dead.mark(); // never applied: the tab is gone
    await d.dossiers.insert(dossier(9, { status: 6 }));
    const counts = await settled(d, { 6: 1 });
    expect(counts).toMatchObject({ 2: 2, 4: 1, 6: 1, 10: 1 });
    // The commit follows the publication.
    await vi.waitFor(async () =>
      expect(await tallyOf(d).read()).toMatchObject({
        known: true,
        counts: { 2: 2, 4: 1, 6: 1, 10: 1 },
        pending: {},
      }),
    );
  });

  it('counts a storage whose tally is unknown once, then reads it (C2, T4)', async () => {
    const d = await seeded();
    const other = await otherWriter(d, 'slow-tab');
    await other.apply('a-token-a-recount-dropped', { 2: 1 }); // T4: unknown from now on
    expect(await tallyOf(d).read()).toMatchObject({ known: false });
    expect(await settled(d, { 2: 2 })).toMatchObject({ 2: 2, 4: 1, 10: 1 });
    await vi.waitFor(async () =>
      expect(await tallyOf(d).read()).toMatchObject({ known: true, counts: { 2: 2, 4: 1, 10: 1 } }),
    );
  });
});
