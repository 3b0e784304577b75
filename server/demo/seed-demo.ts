import { generateDossiers } from '../../shared/demo';
import { MAX_BATCH_SIZE, PROTOCOL_VERSION, type SyncDoc } from '../../sync/protocol';
import { SCHEMA_VERSIONS, type DomainCollection } from '../../sync/domain/collections';
import type { SyncServer } from '../../sync/engine/sync-server';
import { catalogueDocs } from './catalogue-docs';

export interface SeedOptions<P> {
  readonly server: SyncServer<P>;
  /** The principal the seed writes as; it must be allowed to write every collection. */
  readonly as: P;
  readonly now: Date;
  readonly dossiers: number;
  readonly seed?: number;
}

export interface SeedResult {
  readonly seeded: boolean;
  readonly counts: Readonly<Partial<Record<DomainCollection, number>>>;
}

/**
 * Loads the catalogue and a generated demo data set into an EMPTY server, through the same push
 * path devices use (so events are validated by the status machine and every row gets its seq).
 * A server that already holds a catalogue is left alone: restarts never duplicate or overwrite.
 */
export async function seedDemo<P>(opts: SeedOptions<P>): Promise<SeedResult> {
  const probe = await opts.server.pull(opts.as, {
    type: 'pull',
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSIONS.catalogue,
    collection: 'catalogue',
    checkpoint: null,
    batchSize: 1,
  });
  if (!probe.ok) throw new Error(`demo seed: cannot read the catalogue: ${probe.error.code}`);
  if (probe.value.documents.length > 0) return { seeded: false, counts: {} };

  const demo = generateDossiers({ seed: opts.seed ?? 20261121, count: opts.dossiers, now: opts.now });
  const batches: [DomainCollection, readonly object[]][] = [
    ['catalogue', catalogueDocs(opts.now.toISOString())],
    ['dossiers', demo.dossiers],
    ['dossier_events', demo.events],
  ];
  for (const [collection, docs] of batches) await pushAll(opts, collection, docs);
  return {
    seeded: true,
    counts: Object.fromEntries(batches.map(([name, docs]) => [name, docs.length])),
  };
}

async function pushAll<P>(
  opts: SeedOptions<P>,
  collection: DomainCollection,
  docs: readonly object[],
): Promise<void> {
  for (let i = 0; i < docs.length; i += MAX_BATCH_SIZE) {
    const rows = docs.slice(i, i + MAX_BATCH_SIZE).map((doc) => ({
      assumedMasterState: null,
      newDocumentState: { ...doc, _deleted: false } as SyncDoc,
    }));
    const result = await opts.server.push(opts.as, {
      type: 'push',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSIONS[collection],
      collection,
      rows,
    });
    if (!result.ok)
      throw new Error(`demo seed: ${collection} refused: ${result.error.code} ${result.error.message}`);
    const refused = result.value.rejected[0];
    if (refused)
      throw new Error(
        `demo seed: ${collection}/${refused.id} refused: ${refused.reason} ${refused.detail ?? ''}`,
      );
  }
}
