import type { RxStorage } from 'rxdb';
import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBLeaderElectionPlugin } from 'rxdb/plugins/leader-election';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { MotcuaCollections, MotcuaDatabase } from './collections';
import { collectionCreators } from './collections';
import { withListKeys } from './list-keys-storage';
import { withPulledMeta } from './pulled-meta-storage';
import { withStatusTally } from './status-tally-storage';

export interface DatabaseOptions {
  readonly name: string;
  // RxDB storages are generic over their internals; any storage will do here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly storage: RxStorage<any, any>;
  /** True in the browser: tabs share the database and elect one leader to replicate. */
  readonly multiInstance: boolean;
}

/**
 * Opens the device database with all collections. addRxPlugin ignores a plugin it already has,
 * so calling this many times (tests, hot reload) is safe. Leader election: the replication waits
 * for leadership (`waitForLeadership: true`), so however many tabs are open, one replicates.
 */
export async function createMotcuaDatabase(opts: DatabaseOptions): Promise<MotcuaDatabase> {
  addRxPlugin(RxDBMigrationSchemaPlugin);
  addRxPlugin(RxDBLeaderElectionPlugin);
  const db = await createRxDatabase<MotcuaCollections>({
    name: opts.name,
    // Pulled documents' assumed server state kept by reference (pulled-meta-storage.ts), the
    // dossier list's index keys (list-keys.ts) and per-status counts (status-tally.ts).
    storage: withPulledMeta(withListKeys(withStatusTally(opts.storage))),
    multiInstance: opts.multiInstance,
    eventReduce: true,
  });
  // Collections migrate old documents on open (RxDB's autoMigrate default), before any query runs.
  await db.addCollections(collectionCreators());
  return db;
}
