import { describe, expect, it } from 'vitest';
import { computeDueAt } from '../../shared/calendar';
import { procedureById } from '../../shared/catalogue';
import { generateDossiers } from '../../shared/demo';
import type { Dossier } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { SyncDoc } from '../protocol.ts';
import { CONFLICTS_COLLECTION } from '../protocol.ts';
import { domainDevice, domainTestServer } from '../testing/domain-server.ts';
const asDoc = (o: object): SyncDoc => ({ ...o, _deleted: false }) as SyncDoc;

/** A generated dossier that is accepted and waiting for processing (status 2), with its log. */
function waiting(): { dossier: Dossier; events: DossierEvent[] } {
  const g = generateDossiers({ seed: 11, count: 200, now: new Date('2026-11-20T03:00:00Z') });
  const dossier = g.dossiers.find((d) => d.status === 2);
  if (dossier === undefined) throw new Error('the generator made no dossier at status 2');
  return { dossier, events: g.events.filter((e) => e.dossierId === dossier.id) };
}

async function setup() {
  const { push, pull } = domainDevice(domainTestServer());
  const { dossier, events } = waiting();
  const stored = async (): Promise<SyncDoc> => {
    const d = (await pull('dossiers')).find((x) => x.id === dossier.id);
    if (d === undefined) throw new Error('dossier not stored');
    return d;
  };
  await push('dossiers', [[null, asDoc(dossier)]]);
  await push(
    'dossier_events',
    events.map((e) => [null, asDoc(e)] as const),
  );
  return { dossier, events, push, pull, stored };
}

const event = (dossier: Dossier, type: DossierEvent['type'], at: string, extra: object = {}): SyncDoc =>
  asDoc({
    id: crypto.randomUUID(),
    dossierId: dossier.id,
    receivingPointId: dossier.receivingPointId,
    field: dossier.field,
    type,
    at,
    actorId: 'officer-1',
    actorRole: 'processing_officer',
    payload: {},
    ...extra,
  });

describe('EVT6 dossier projection on the server', () => {
  it('EVT6: an accepted event updates the stored dossier’s status, without the device sending it', async () => {
    const { dossier, push, stored } = await setup();
    expect((await stored())['status']).toBe(2);
    await push('dossier_events', [[null, event(dossier, 'start_processing', '2026-11-20T04:00:00.000Z')]]);
    expect((await stored())['status']).toBe(4);
    await push('dossier_events', [
      [null, event(dossier, 'request_supplement', '2026-11-20T05:00:00.000Z', { reason: 'Thiếu tờ khai' })],
    ]);
    const paused = await stored();
    expect(paused['status']).toBe(5);
    expect(paused['pauses']).toEqual([{ from: '2026-11-20T05:00:00.000Z', reason: 'supplement' }]);
  });

  it('EVT6: a device’s stale cache pushed after the log is replaced by the log’s view', async () => {
    const { push, stored } = await setup();
    const before = await stored();
    // A device claims "completed" although no such event was ever accepted.
    await push('dossiers', [[before, { ...before, status: 9 }]]);
    expect((await stored())['status']).toBe(2);
  });

  it('EVT6: a refused event leaves the dossier as the accepted log says', async () => {
    const { dossier, push, stored } = await setup();
    const res = await push('dossier_events', [
      [null, event(dossier, 'complete', '2026-11-20T04:00:00.000Z')],
    ]);
    expect(res.rejected).toHaveLength(1);
    expect((await stored())['status']).toBe(2);
  });

  it('CONF10: two devices’ different status caches make no conflict record; the log decides', async () => {
    const { dossier, push, pull, stored } = await setup();
    const base = await stored();
    await push('dossier_events', [[null, event(dossier, 'start_processing', '2026-11-20T04:00:00.000Z')]]);
    await push('dossier_events', [
      [null, event(dossier, 'request_supplement', '2026-11-20T05:00:00.000Z', { reason: 'Thiếu tờ khai' })],
    ]);
    // Device A only knew its start_processing; device B its supplement request (on top of A's).
    await push('dossiers', [[base, { ...base, status: 4 }]]);
    await push('dossiers', [[base, { ...base, status: 5 }]]);
    expect((await stored())['status']).toBe(5);
    const records = (await pull(CONFLICTS_COLLECTION)).filter((c) => c['docId'] === dossier.id);
    expect(records).toEqual([]);
  });

  it('EVT6: the deadline comes from the synced catalogue when an administrator changed it', async () => {
    const { dossier, events, push, stored } = await setup();
    const procedure = procedureById(dossier.procedureId);
    if (procedure === undefined) throw new Error('generated dossier of an unknown procedure');
    const deadline = { value: 30, unit: 'working_days' } as const;
    await push('catalogue', [
      [
        null,
        asDoc({
          id: `procedure:${procedure.id}`,
          kind: 'procedure',
          procedure: { ...procedure, deadline },
          updatedAt: '2026-11-20T03:30:00.000Z',
        }),
      ],
    ]);
    await push('dossier_events', [[null, event(dossier, 'start_processing', '2026-11-20T04:00:00.000Z')]]);
    const accepted = events.find((e) => e.type === 'accept')?.at ?? dossier.receivedAt;
    expect((await stored())['dueAt']).toBe(computeDueAt(new Date(accepted), deadline).toISOString());
  });
});
