import type { RxStorageInstance } from 'rxdb';
import { getRxReplicationMetaInstanceSchema, normalizeMangoQuery, prepareQuery } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncDoc } from '../../sync/protocol';
import type { FetchLike } from '../sync/transport';
import type { Device } from '../sync/testing/harness';
import { device, serverWith, serverWrite, until, wire } from '../sync/testing/harness';
import { metaCollectionNameOf } from './pulled-meta-storage';
import { dossier } from './testing/fixtures';

const devices: Device[] = [];
afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const replicationOf = (d: Device) => {
  const r = d.engine.replications.get('dossiers');
  if (r === undefined) throw new Error('no dossiers replication');
  return r;
};
const inSync = (d: Device) => replicationOf(d).awaitInSync();

/** The meta rows really stored (memory storage shares state by name), without RM2's made-up ones. */
async function storedMetaRows(d: Device): Promise<{ itemId: string; docData?: Record<string, unknown> }[]> {
  const schema = getRxReplicationMetaInstanceSchema(d.db.dossiers.schema.jsonSchema, false);
  const raw = (await getRxStorageMemory().createStorageInstance({
    databaseInstanceToken: 'inspector',
    databaseName: d.db.name,
    collectionName: await metaCollectionNameOf('dossiers'),
    schema,
    options: {},
    multiInstance: false,
    devMode: false,
  })) as RxStorageInstance<
    { itemId: string; isCheckpoint: string; docData?: Record<string, unknown> },
    unknown,
    unknown
  >;
  const { documents } = await raw.query(
    prepareQuery(schema, normalizeMangoQuery(schema, { selector: { isCheckpoint: { $eq: '0' } } })),
  );
  return documents;
}

describe('pulled documents keep their assumed server state by reference (RM1–RM4)', () => {
  it('stores no meta row per pulled document, and reads the pulled state back (RM1, RM2)', async () => {
    const server = serverWith();
    const docs = Array.from({ length: 30 }, (_, i) => dossier(i + 1));
    await serverWrite(
      server,
      'dossiers',
      docs.map((x) => ({ assumed: null, next: wire(x) })),
    );
    const d = await device(server);
    devices.push(d);
    await replicationOf(d).awaitInitialReplication();
    expect(await d.db.dossiers.count().exec()).toBe(30);
    expect(await storedMetaRows(d)).toEqual([]);
    const meta = replicationOf(d).metaInstance;
    const [row] = await meta!.findDocumentsById([`${docs[4]!.id}|0`], true);
    expect(row?.docData).toEqual({ ...docs[4], _deleted: false });
    expect((await d.until((s) => s.pending === 0)).pending).toBe(0);
  });

  it('copies the pulled state before an offline edit, and pushes the edit against it (RM3)', async () => {
    const server = serverWith();
    const base = dossier(1);
    await serverWrite(server, 'dossiers', [{ assumed: null, next: wire(base) }]);
    const pushed: { assumedMasterState: SyncDoc | null; newDocumentState: SyncDoc }[] = [];
    const spy: FetchLike = async (input, init) => {
      const res = await server.fetch(input, init); // throws while offline: nothing reached the server
      if (input.endsWith('/dossiers/push') && typeof init.body === 'string')
        pushed.push(...(JSON.parse(init.body) as { rows: typeof pushed }).rows);
      return res;
    };
    const d = await device({ ...server, fetch: spy });
    devices.push(d);
    await replicationOf(d).awaitInitialReplication();
    server.offline = true;
    const doc = await d.db.dossiers.findOne(base.id).exec();
    await doc?.incrementalPatch({ applicant: { ...base.applicant, phone: '0987654321' } });
    expect((await storedMetaRows(d)).map((m) => [m.itemId, m.docData?.['applicant']])).toEqual([
      [base.id, base.applicant],
    ]);
    // Meanwhile another officer changes another field on the server.
    await serverWrite(server, 'dossiers', [
      { assumed: wire(base), next: wire({ ...base, dueAt: '2026-01-09T10:00:00.000Z' }) },
    ]);
    server.offline = false;
    d.engine.wake();
    await inSync(d);
    expect(pushed.map((r) => r.assumedMasterState?.['applicant'])).toEqual([base.applicant]);
    d.engine.wake();
    await d.until((s) => s.pending === 0);
    const merged = (await d.db.dossiers.findOne(base.id).exec())?.toJSON();
    expect(merged).toMatchObject({ dueAt: '2026-01-09T10:00:00.000Z', applicant: { phone: '0987654321' } });
    expect(await d.db.conflicts.count().exec()).toBe(0);
  });

  it('replaces a copy made for a write that lost to a pull, so an edit is based on the newest pull (RM3b)', async () => {
    const server = serverWith();
    const base = dossier(1);
    await serverWrite(server, 'dossiers', [{ assumed: null, next: wire(base) }]);
    const d = await device(server);
    devices.push(d);
    await replicationOf(d).awaitInitialReplication();
    const fork = d.db.dossiers.storageInstance;
    const [stale] = await fork.findDocumentsById([base.id], false);
    const theirs = { ...base, dueAt: '2026-01-09T10:00:00.000Z' };
    await serverWrite(server, 'dossiers', [{ assumed: wire(base), next: wire(theirs) }]);
    d.engine.wake();
    await until(d.db.dossiers.findOne(base.id).$, (doc) => doc?.dueAt === theirs.dueAt);
    server.offline = true;
    // A write based on the state before that pull: its copy is stored, its own write refused.
    const lost = await fork.bulkWrite(
      [{ previous: stale!, document: { ...stale!, dueAt: '2026-01-10T10:00:00.000Z' } }],
      'test',
    );
    expect(lost.error.map((e) => e.status)).toEqual([409]);
    expect((await storedMetaRows(d)).map((m) => m.docData?.['dueAt'])).toEqual([base.dueAt]);
    // The officer's real edit, on the pulled state: its base is that state, not the stale copy.
    await (
      await d.db.dossiers.findOne(base.id).exec()
    )?.incrementalPatch({ dueAt: '2026-01-12T10:00:00.000Z' });
    expect((await storedMetaRows(d)).map((m) => m.docData?.['dueAt'])).toEqual([theirs.dueAt]);
    server.offline = false;
    d.engine.wake();
    await replicationOf(d).awaitInSync();
    expect(await d.db.conflicts.count().exec()).toBe(0);
    expect((await d.db.dossiers.findOne(base.id).exec())?.dueAt).toBe('2026-01-12T10:00:00.000Z');
  });
});
