import { describe, expect, it } from 'vitest';
import { generateDossiers } from '../../shared/demo';
import type { SyncDoc } from '../protocol.ts';
import { CONFLICTS_COLLECTION } from '../protocol.ts';
import { domainDevice, domainTestServer } from '../testing/domain-server.ts';

/**
 * A device's first push of a new dossier reaches the server, the answer is lost (network cut,
 * page reloaded), and the device — which never learnt the server has it — pushes its newer state
 * with no base. Seen for real in tests/e2e/sync.spec.ts under load.
 */
function setup() {
  const device = domainDevice(domainTestServer());
  const [generated] = generateDossiers({ seed: 5, count: 1, now: new Date('2026-11-20T03:00:00Z') }).dossiers;
  if (generated === undefined) throw new Error('no dossier generated');
  const created: SyncDoc = { ...generated, _deleted: false };
  const push = (assumed: SyncDoc | null, next: SyncDoc) => device.push('dossiers', [[assumed, next]]);
  return { created, push, pull: device.pull };
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
