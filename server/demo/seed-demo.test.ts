import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { counterIds, manualClock } from '../../sync/clock';
import { domainCollections } from '../../sync/domain/collections';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { openScope } from '../../sync/scope';
import { MemoryStorage } from '../../sync/engine/memory-storage';
import { SyncServer } from '../../sync/engine/sync-server';
import { seedDemo } from './seed-demo';

const makeServer = () =>
  new SyncServer<string>({
    storage: new MemoryStorage(),
    collections: domainCollections,
    scope: openScope,
    clock: manualClock(),
    ids: counterIds('s'),
  });

async function countAll(server: SyncServer<string>, collection: string): Promise<number> {
  let checkpoint: { seq: number } | null = null;
  let total = 0;
  for (;;) {
    const r = await server.pull('system', {
      type: 'pull',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0,
      collection,
      checkpoint,
      batchSize: 500,
    });
    if (!r.ok) throw new Error(r.error.code);
    total += r.value.documents.length;
    if (r.value.documents.length < 500) return total;
    checkpoint = r.value.checkpoint;
  }
}

describe('demo seed', () => {
  it('loads the catalogue and legal demo dossiers into an empty server, through the push path', async () => {
    const server = makeServer();
    const result = await seedDemo({
      server,
      as: 'system',
      now: new Date('2026-11-20T03:00:00Z'),
      dossiers: 120,
    });
    expect(result.seeded).toBe(true);
    expect(await countAll(server, 'dossiers')).toBe(120);
    expect(await countAll(server, 'catalogue')).toBe(result.counts.catalogue);
    expect(result.counts.catalogue).toBeGreaterThan(60); // 51 procedures, 15 points, 1 calendar
    // Every event passed the status machine (EVT2): none went to review.
    expect(await countAll(server, 'dossier_events')).toBe(result.counts.dossier_events);
    expect(await countAll(server, 'review')).toBe(0);
  });

  it('leaves a server that already has a catalogue alone, so restarts never duplicate', async () => {
    const server = makeServer();
    await seedDemo({ server, as: 'system', now: new Date('2026-11-20T03:00:00Z'), dossiers: 10 });
    const again = await seedDemo({
      server,
      as: 'system',
      now: new Date('2026-11-21T03:00:00Z'),
      dossiers: 10,
    });
    expect(again.seeded).toBe(false);
    expect(await countAll(server, 'dossiers')).toBe(10);
  });
});
