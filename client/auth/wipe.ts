import { getDatabase } from '../db';
import { isNoteDb } from '../notes/note-db';
import { closeAllNotes } from '../notes/open-notes';
import { stopAppSync } from '../sync/app-sync';
import { resetLock } from './lock';
import { clearSession } from './session';

/**
 * Removes everything of ours that holds data from this device (issue 5). Order matters:
 *  W4. Sync stops first, so nothing is pulled back in while we delete; open shared notes are
 *      closed too (their sockets, and their databases, which would otherwise block deletion).
 *  W5. The RxDB database is removed through RxDB (its collections and meta instances), then any
 *      IndexedDB database named `motcua…` — every note's `motcua-note-<dossier id>` (notes may
 *      hold personal data) — or left by RxDB's Dexie storage.
 *  W6. Cache Storage entries go, except the app-shell precache: the app must still open offline
 *      to show the sign-in screen.
 *  W7. Session and PIN last, so an interrupted wipe is retried at the next start (a session is
 *      still stored, the guard leads back to the sign-out flow).
 * Throws when a store could not be removed (another tab holds it open).
 */
const ours = (name: string): boolean =>
  isNoteDb(name) || name.startsWith('motcua') || name.startsWith('rxdb-dexie-motcua');

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`cannot delete ${name}`));
    // Blocked: another tab still has it open; the deletion completes when it closes.
    req.onblocked = () => resolve();
  });
}

async function removeIndexedDb(): Promise<void> {
  try {
    const db = await getDatabase();
    await db.remove(); // W5
  } catch {
    // A database that cannot even open is removed below by name.
  }
  if (typeof indexedDB.databases !== 'function') return;
  const names = (await indexedDB.databases()).flatMap((d) => (d.name === undefined ? [] : [d.name]));
  await Promise.all(names.filter(ours).map(deleteDatabase));
}

async function removeDataCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n))); // W6
}

export async function wipeDevice(): Promise<void> {
  await stopAppSync(); // W4
  await closeAllNotes(); // W4
  await removeIndexedDb();
  await removeDataCaches();
  resetLock(); // W7
  clearSession();
}
