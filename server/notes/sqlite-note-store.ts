import Database from 'better-sqlite3';
import type { NoteStore, StoredNotes } from './note-store';

/**
 * NoteStore in the server's SQLite file, on its own connection (as accounts-db.ts does; WAL lets
 * the connections work side by side). Rows are ids in one sequence over all dossiers; the index
 * serves both the per-dossier load and the per-dossier counts of `crowded`.
 *  SQ1. synchronous = NORMAL, not FULL as the sync rows: WAL + NORMAL loses nothing when the
 *       process dies, only the last commits on power loss — and those the officers' devices still
 *       hold (y-indexeddb) and send again, since every reconnect exchanges state vectors and the
 *       server asks for all it lacks. A keystroke need not wait for an fsync.
 *  SQ2. replace is one transaction (NS3), and better-sqlite3 is synchronous, so nothing else on
 *       this connection runs in between.
 *  SQ3. busy_timeout covers the short moments another connection holds the write lock.
 */
export const NOTES_SCHEMA = `
CREATE TABLE IF NOT EXISTS note_updates (
  id         INTEGER PRIMARY KEY,
  dossier_id TEXT NOT NULL,
  data       BLOB NOT NULL,
  at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS note_updates_by_dossier ON note_updates (dossier_id, id);
`;

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b); // a copy, not a view (NS5)
const blob = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export class SqliteNoteStore implements NoteStore {
  private readonly db: Database.Database;
  private readonly stmt;
  private readonly replaceTx;

  /** `checkpointsElsewhere`: the sync storage's thread checkpoints this file (sqlite-storage.ts). */
  constructor(path: string, opts: { checkpointsElsewhere?: boolean } = {}) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL'); // SQ1
    if (opts.checkpointsElsewhere === true) this.db.pragma('wal_autocheckpoint = 0');
    this.db.pragma('busy_timeout = 5000'); // SQ3
    this.db.exec(NOTES_SCHEMA);
    this.stmt = {
      append: this.db.prepare<[string, Buffer, string]>(
        'INSERT INTO note_updates (dossier_id, data, at) VALUES (?, ?, ?)',
      ),
      load: this.db.prepare<[string], { id: number; data: Buffer }>(
        'SELECT id, data FROM note_updates WHERE dossier_id = ? ORDER BY id',
      ),
      drop: this.db.prepare<[string, number]>('DELETE FROM note_updates WHERE dossier_id = ? AND id <= ?'),
      put: this.db.prepare<[number, string, Buffer, string]>(
        'INSERT INTO note_updates (id, dossier_id, data, at) VALUES (?, ?, ?, ?)',
      ),
      crowded: this.db.prepare<[number], { dossier_id: string }>(
        'SELECT dossier_id FROM note_updates GROUP BY dossier_id HAVING count(*) > ?',
      ),
    };
    this.replaceTx = this.db.transaction((dossierId: string, upTo: number, merged: Buffer, at: string) => {
      if (this.stmt.drop.run(dossierId, upTo).changes === 0) return; // NS3: already compacted
      this.stmt.put.run(upTo, dossierId, merged, at); // upTo's own row is gone: its id is free
    });
  }

  append(dossierId: string, update: Uint8Array, at: string): Promise<void> {
    this.stmt.append.run(dossierId, blob(update), at);
    return Promise.resolve();
  }

  load(dossierId: string): Promise<StoredNotes> {
    const rows = this.stmt.load.all(dossierId);
    return Promise.resolve({ updates: rows.map((r) => bytes(r.data)), upTo: rows.at(-1)?.id ?? 0 });
  }

  replace(dossierId: string, upTo: number, merged: Uint8Array, at: string): Promise<void> {
    this.replaceTx(dossierId, upTo, blob(merged), at); // SQ2
    return Promise.resolve();
  }

  crowded(moreThan: number): Promise<readonly string[]> {
    return Promise.resolve(this.stmt.crowded.all(moreThan).map((r) => r.dossier_id));
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
