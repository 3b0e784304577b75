/**
 * Where the updates of the notes documents live: one row per update received, per dossier, and
 * compaction replacing a dossier's rows by one merged update. Promise-returning so a PostgreSQL
 * adapter fits beside the SQLite one. Every implementation passes note-store-contract.ts:
 *  NS1. `load` returns a dossier's updates in the order they were appended, and `upTo`, the
 *       largest row id among them (0 when there are none). Ids grow with every append.
 *  NS2. `append` is durable once its promise resolves (restart-safe, see the SQLite adapter).
 *  NS3. `replace(dossier, upTo, merged)` deletes that dossier's rows with id ≤ upTo and stores
 *       `merged` in their place, in one transaction. Rows appended after the `load` that gave
 *       `upTo` (ids > upTo) and other dossiers' rows are untouched. When no row ≤ upTo is left (a
 *       concurrent compaction got there first), nothing is stored: those updates live on elsewhere.
 *  NS4. `crowded(n)` lists the dossiers holding more than n rows.
 *  NS5. Bytes come back exactly as stored, as plain Uint8Arrays.
 */
export interface StoredNotes {
  readonly updates: readonly Uint8Array[];
  readonly upTo: number;
}

export interface NoteStore {
  append(dossierId: string, update: Uint8Array, at: string): Promise<void>;
  load(dossierId: string): Promise<StoredNotes>;
  replace(dossierId: string, upTo: number, merged: Uint8Array, at: string): Promise<void>;
  crowded(moreThan: number): Promise<readonly string[]>;
  close(): Promise<void>;
}
