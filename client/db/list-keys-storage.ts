import type { RxDocumentData, RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import { wrapRxStorageInstance } from 'rxdb';
import { LIST_KEY_FIELDS, LIST_KEYS_SINCE, listKeysOf, storageSchemaOf } from './list-keys';

// RxDB storages are generic over their internals; any storage will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStorage = RxStorage<any, any>;
type Doc = RxDocumentData<Record<string, unknown>>;

const withKeys = (doc: Doc): Doc => ({ ...doc, ...listKeysOf(doc as never) }); // K2: recomputed

function withoutKeys(doc: Doc): Doc {
  const out: Record<string, unknown> = { ...doc };
  for (const field of LIST_KEY_FIELDS) delete out[field];
  return out as Doc;
}

/**
 * Opens the dossiers collection's storage (from LIST_KEYS_SINCE on) with the list keys of
 * list-keys.ts: added to every document written (K2), indexed, and removed from every document
 * read, changed or reported in an error (K1), the way RxDB's key-compression wraps a storage.
 * Older versions and every other collection (and the replication's meta instances) pass through
 * untouched, so a migration reads version 0 with the indexes it was created with.
 * Only client/dossiers/list queries the keys, straight through the storage instance.
 */
export function withListKeys(storage: AnyStorage): AnyStorage {
  return {
    ...storage,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async createStorageInstance(params: RxStorageInstanceCreationParams<any, any>) {
      if (params.collectionName !== 'dossiers' || params.schema.version < LIST_KEYS_SINCE)
        return storage.createStorageInstance(params);
      const inner = await storage.createStorageInstance({
        ...params,
        schema: storageSchemaOf(params.schema),
      });
      return wrapRxStorageInstance(params.schema, inner, withKeys, withoutKeys);
    },
  };
}
