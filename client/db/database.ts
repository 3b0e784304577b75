import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { MotcuaDatabase } from './collections';
import { createMotcuaDatabase } from './create-database';
import { withDevTools } from './dev-tools';

/** IndexedDB name; changing it strands every device's unsynced data, so never do. */
export const DATABASE_NAME = 'motcua';

let opening: Promise<MotcuaDatabase> | undefined;

/**
 * The page's one database (Dexie over IndexedDB). Opened on first call; every later call gets the
 * same promise, so screens and the sync engine share one instance. A failed open is not cached,
 * so a later call can try again (e.g. after the user freed storage).
 */
export function getDatabase(): Promise<MotcuaDatabase> {
  opening ??= withDevTools(getRxStorageDexie())
    .then((storage) => createMotcuaDatabase({ name: DATABASE_NAME, storage, multiInstance: true }))
    .catch((e: unknown) => {
      opening = undefined;
      throw e;
    });
  return opening;
}
