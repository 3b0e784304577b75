/**
 * Photos and scans of a dossier's documents, kept on this device only, in their own IndexedDB
 * database (not RxDB attachments). Why: carrying files to the server is a later issue, and RxDB
 * attachments would ride the dossiers' replication, which the sync server does not speak; a
 * separate store also keeps the 100k-dossier queries free of blobs. Invariants:
 *  AS1. Keyed by attachment id (the ids in DossierDocument.attachmentIds), with the dossier id
 *       and requirement id beside the blob and an index on dossierId to list a dossier's files.
 *  AS2. The database name starts with `motcua`, so signing out wipes it with the rest
 *       (client/auth/wipe.ts W5).
 *  AS3. Written before the dossier that names them (intake.ts): a crash leaves an orphan file,
 *       never a dossier pointing at nothing.
 */
export const ATTACHMENTS_DB = 'motcua-attachments';
const STORE = 'attachments';

export interface StoredAttachment {
  readonly id: string;
  readonly dossierId: string;
  readonly requirementId: string;
  readonly type: string;
  readonly size: number;
  readonly createdAt: string;
  readonly blob: Blob;
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(ATTACHMENTS_DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'id' });
      store.createIndex('dossierId', 'dossierId'); // AS1
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close(); // let a wipe delete it (AS2)
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('attachments database unavailable'));
    };
  });
  return opening;
}

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('attachment write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('attachment write aborted'));
  });

/** Stores files in one transaction: all or none. */
export async function putAttachments(items: readonly StoredAttachment[]): Promise<void> {
  if (items.length === 0) return;
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  for (const item of items) tx.objectStore(STORE).put(item);
  await done(tx);
}

export async function attachmentsOf(dossierId: string): Promise<StoredAttachment[]> {
  const db = await open();
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE).objectStore(STORE).index('dossierId').getAll(dossierId);
    req.onsuccess = () => resolve(req.result as StoredAttachment[]);
    req.onerror = () => reject(req.error ?? new Error('attachment read failed'));
  });
}
