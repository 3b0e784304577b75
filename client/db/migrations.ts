import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from './names';

/**
 * Schema migrations per collection (rxdb/plugins/migration-schema). Invariant M1: a collection's
 * schema version is the number of its strategies, so adding the strategy for version n+1 is the
 * one and only way to bump a version (collections.ts derives `version` from here). A strategy
 * gets a document of version n-1 and returns it at version n, or null to drop it. The replication
 * sends the version with every request; the server refuses older ones with 426 (PULL6).
 */
export const MIGRATIONS: Readonly<Record<CollectionName, MigrationStrategies>> = {
  dossiers: {
    // 1: the list's device-local index keys (list-keys.ts); documents are unchanged, the storage
    // derives the keys as it writes each migrated document.
    1: (doc: unknown) => doc,
  },
  dossier_events: {},
  queue_tickets: {},
  catalogue: {},
  conflicts: {},
  review: {},
};

export const schemaVersionOf = (name: CollectionName): number => Object.keys(MIGRATIONS[name]).length;
