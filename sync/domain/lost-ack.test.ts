import { describe, expect, it } from 'vitest';
import { generateDossiers } from '../../shared/demo';
import { counterIds, manualClock } from '../clock.ts';
import { MemoryStorage } from '../engine/memory-storage.ts';
import { SyncServer } from '../engine/sync-server.ts';
import type { SyncDoc, SyncResult } from '../protocol.ts';
import { CONFLICTS_COLLECTION } from '../protocol.ts';
import { openScope } from '../scope.ts';
import { pullReq, pushReq, row } from '../testing/fixtures.ts';
import { domainCollections, SCHEMA_VERSIONS } from './collections.ts';

const unwrap = <T>(r: SyncResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/**
 * A device's first push of a new dossier reaches the server, the answer is lost (network cut,
 * page reloaded), and the device — which never learnt the server has it — pushes its newer state
 * with no base. Seen for real in tests/e2e/sync.spec.ts under load.
 */
function setup() {
  const server = new SyncServer<unknown>({
    storage: new MemoryStorage(),
    collections: domainCollections,
    scope: openScope,
    clock: manualClock(),
    ids: counterIds('t'),
  });
  const [generated] = generateDossiers({ seed: 5, count: 1, now: new Date('2026-11-20T03:00:00Z') }).dossiers;
  if (generated === undefined) throw new Error('no dossier generated');
  const created: SyncDoc = { ...generated, _deleted: false };
  const push = async (assumed: SyncDoc | null, next: SyncDoc) =>
    unwrap(await server.push('p', pushReq('dossiers', [row(assumed, next)], SCHEMA_VERSIONS.dossiers)));
  const pull = async (collection: string): Promise<SyncDoc[]> => {
    const schemaVersion = collection === 'dossiers' ? SCHEMA_VERSIONS.dossiers : 0;
    return unwrap(await server.pull('p', { ...pullReq(collection, null, 500), schemaVersion })).documents;
  };
  return { created, push, pull };
}

const withAddress = (d: SyncDoc, address: string): SyncDoc => ({
  ...d,
  resultDelivery: { method: 'counter', address },
  updatedAt: '2026-11-20T04:00:00.000Z',
});

describe('PUSH11 lost creation acknowledgement', () => {
  it('PUSH11: the creator’s base-less re-push of a newer state fast-forwards, no conflict with itself', async () => {
    const { created, push, pull } = setup();
    await push(null, created); // reached the server; the device never heard back
    const edited = withAddress(created, 'Số 9 Đinh Tiên Hoàng, Hà Nội');
    const res = await push(null, edited);
    expect(res.conflicts).toEqual([]);
    expect((await pull('dossiers'))[0]).toEqual(edited);
    expect(await pull(CONFLICTS_COLLECTION)).toEqual([]);
  });

  it('PUSH11/PUSH5: once another device changed it, a base-less row merges and records the conflict', async () => {
    const { created, push, pull } = setup();
    await push(null, created);
    const other = withAddress(created, 'Số 1 Tràng Tiền, Hà Nội');
    await push(created, other); // a second revision by someone who pulled it
    const res = await push(null, withAddress(created, 'Số 9 Đinh Tiên Hoàng, Hà Nội'));
    expect(res.conflicts).toHaveLength(1);
    const [stored] = await pull('dossiers');
    expect(stored?.['resultDelivery']).toEqual({ method: 'counter', address: 'Số 1 Tràng Tiền, Hà Nội' });
    const records = await pull(CONFLICTS_COLLECTION);
    expect(JSON.stringify(records)).toContain('Số 9 Đinh Tiên Hoàng');
  });
});
