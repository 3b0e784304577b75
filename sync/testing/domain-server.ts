import { counterIds, manualClock } from '../clock.ts';
import { domainCollections, SCHEMA_VERSIONS } from '../domain/collections.ts';
import { MemoryStorage } from '../engine/memory-storage.ts';
import { SyncServer } from '../engine/sync-server.ts';
import type { PushResponse, SyncDoc, SyncResult } from '../protocol.ts';
import { openScope } from '../scope.ts';
import { pullReq, pushReq, row } from './fixtures.ts';

export function unwrap<T>(r: SyncResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Motcua's own collections on memory storage, open scope, a manual clock: the domain's engine. */
export const domainTestServer = (): SyncServer<unknown> =>
  new SyncServer<unknown>({
    storage: new MemoryStorage(),
    collections: domainCollections,
    scope: openScope,
    clock: manualClock(),
    ids: counterIds('t'),
  });

const versionOf = (collection: string): number =>
  (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0;

/** Pushes and pulls as one device would, at each collection's current schema version. */
export function domainDevice(server: SyncServer<unknown>) {
  return {
    push: async (
      collection: string,
      rows: readonly (readonly [SyncDoc | null, SyncDoc])[],
    ): Promise<PushResponse> =>
      unwrap(
        await server.push(
          'p',
          pushReq(
            collection,
            rows.map(([assumed, next]) => row(assumed, next)),
            versionOf(collection),
          ),
        ),
      ),
    pull: async (collection: string): Promise<SyncDoc[]> =>
      unwrap(
        await server.pull('p', { ...pullReq(collection, null, 500), schemaVersion: versionOf(collection) }),
      ).documents,
  };
}
