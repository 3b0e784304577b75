import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { dossier } from '../db/testing/fixtures';
import { messageFor } from './messages';
import type { Device } from './testing/harness';
import { device, serverWith, serverWrite, until, wire } from './testing/harness';
import { DEFAULT_SPECS } from './testing/in-process-server';

const devices: Device[] = [];
const track = (d: Device): Device => (devices.push(d), d);
afterEach(async () => {
  await Promise.all(devices.splice(0).map((d) => d.close()));
});

const firstSync = (d: Device) =>
  Promise.all([...d.engine.replications.values()].map((r) => r.awaitInitialReplication()));
const inSync = (d: Device) => Promise.all([...d.engine.replications.values()].map((r) => r.awaitInSync()));

describe('device replication against the real sync engine (in-process)', () => {
  it('PULL1/PULL5: the first sync pulls every document, batch after batch, and reports progress', async () => {
    const server = serverWith();
    await serverWrite(
      server,
      'dossiers',
      Array.from({ length: 450 }, (_, i) => ({ assumed: null, next: wire(dossier(i + 1)) })),
    );
    const d = track(await device(server));
    await firstSync(d);
    expect(await d.db.dossiers.count().exec()).toBe(450);
    expect(
      server.requests.filter((r) => r.collection === 'dossiers' && r.kind === 'pull').length,
    ).toBeGreaterThanOrEqual(3);
    const s = await d.until((st) => st.phase === 'idle' && st.received >= 450);
    expect(s.lastSyncAt).toBe(d.timers.now());
    expect(s.pending).toBe(0);
  });

  it('PUSH2: local writes reach the server', async () => {
    const server = serverWith();
    const d = track(await device(server));
    await firstSync(d);
    await d.db.dossiers.insert(dossier(7));
    await inSync(d);
    const pulled = await server.engine.pull(null, {
      type: 'pull',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSIONS.dossiers,
      collection: 'dossiers',
      checkpoint: null,
      batchSize: 10,
    });
    expect(pulled.ok && pulled.value.documents.map((x) => x.id)).toEqual([dossier(7).id]);
  });

  it('PUSH5/CONF1/CONF2: a conflicting push adopts the server merge; the lost value arrives as a conflict record', async () => {
    const server = serverWith();
    const base = dossier(1);
    await serverWrite(server, 'dossiers', [{ assumed: null, next: wire(base) }]);
    const d = track(await device(server));
    await firstSync(d);
    // Another officer changes status and dueAt; this device has not pulled that yet.
    const theirs = { ...base, status: 4, dueAt: '2026-01-09T10:00:00.000Z' };
    await serverWrite(server, 'dossiers', [{ assumed: wire(base), next: wire(theirs) }]);
    const doc = await d.db.dossiers.findOne(base.id).exec();
    await doc?.incrementalPatch({
      receivingPointId: dossier(1, { receivingPointId: 'sp-branch' }).receivingPointId,
      dueAt: '2026-01-12T10:00:00.000Z',
    });
    await inSync(d);
    const merged = (await d.db.dossiers.findOne(base.id).exec())?.toJSON();
    expect(merged).toMatchObject({
      status: 4,
      receivingPointId: 'sp-branch',
      dueAt: '2026-01-09T10:00:00.000Z',
    });
    d.engine.wake(); // pull the record the push created
    const records = await until(d.db.conflicts.find().$, (rs) => rs.length > 0);
    expect(records.map((r) => r.toJSON())).toEqual([
      expect.objectContaining({
        recordOf: 'dossiers',
        docId: base.id,
        field: 'dueAt',
        winningValue: '2026-01-09T10:00:00.000Z',
        losingValue: '2026-01-12T10:00:00.000Z',
        status: 'open',
      }),
    ]);
    expect((await d.until((s) => s.pending === 0)).pending).toBe(0);
  });

  it('PULL6: a 426 stops every replication and asks for a reload', async () => {
    const server = serverWith(
      DEFAULT_SPECS.map((s) => (s.name === 'dossiers' ? { ...s, schemaVersion: s.schemaVersion + 1 } : s)),
    );
    const d = track(await device(server));
    const s = await d.until((st) => st.phase === 'stopped');
    expect(s.problem).toBe('update_required');
    await d.engine.stop(); // the same stop the 426 began (E1); resolves once all are cancelled
    expect([...d.engine.replications.values()].every((r) => r.isStopped())).toBe(true);
    expect(messageFor('vi', s)).toMatch(/tải lại/i);
    expect(messageFor('en', s)).toMatch(/reload/i);
  });

  it('P1: pending changes count up while the network is down and back to 0 after the push; wake() retries at once', async () => {
    const server = serverWith();
    server.offline = true;
    const d = track(await device(server));
    await d.db.dossiers.bulkInsert([dossier(1), dossier(2)]);
    await d.until((s) => s.pending === 2 && s.problem === 'network');
    const ids = await until(d.status.pendingIds$('dossiers'), (set) => set.size === 2);
    expect(ids.has(dossier(1).id)).toBe(true);
    server.offline = false;
    d.engine.wake(); // what the browser's `online` event does
    const s = await d.until((st) => st.pending === 0 && st.problem === null);
    expect(s.lastSyncAt).not.toBeNull();
    expect((await until(d.status.pendingIds$('dossiers'), (set) => set.size === 0)).size).toBe(0);
  });

  it('STREAM1/STREAM4: a `changed` event makes the device pull what another device wrote', async () => {
    const server = serverWith();
    const d = track(await device(server, { stream: true }));
    await firstSync(d);
    expect(server.sources).toHaveLength(1);
    await serverWrite(server, 'dossiers', [{ assumed: null, next: wire(dossier(9)) }]);
    const found = await until(d.db.dossiers.findOne(dossier(9).id).$, (x) => x !== null);
    expect(found?.code).toBe(dossier(9).code);
  });

  it('E2: a stream reconnect (its first event is `resync`) retries a failed push at once', async () => {
    const server = serverWith();
    const d = track(await device(server, { stream: true }));
    await firstSync(d);
    server.offline = true;
    await d.db.dossiers.insert(dossier(5));
    await d.until((s) => s.pending === 1 && s.problem === 'network');
    server.offline = false;
    server.sources[0]?.emit('resync', { type: 'resync', reason: 'connected' });
    expect((await d.until((s) => s.pending === 0)).problem).toBeNull();
  });
});
