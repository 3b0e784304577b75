import type Database from 'better-sqlite3';

/** A row of sync_rows as SQLite returns it (sqlite-schema.ts). */
export interface Row {
  collection: string;
  id: string;
  seq: number;
  scope_key: string;
  group_key: string | null;
  meta: string;
  doc: string;
}

/** Row of `getShared`: `meta` and `doc` are null when the caller's kept copy is current. */
export type SharedRow = Omit<Row, 'meta' | 'doc'> & { meta: string | null; doc: string | null };

/**
 * The statements a push runs for each row, prepared per collection with the collection's name as
 * a SQL literal. Why: once the database has a partial index whose WHERE names a collection (the
 * dossier reader's `WHERE collection = 'dossiers'` expression indexes), whether that index may
 * serve a statement with a bound `collection = ?` depends on the bound value, so SQLite marks the
 * statement to be prepared again whenever that parameter is bound — at every run. An aggregate's
 * events (`group`, one per pushed dossier for EVT6) took ~11 µs instead of ~0.5 µs that way, and
 * the push bench's profile showed it at ~6 %. A literal is known when the statement is prepared.
 */
export interface CollectionStatements {
  readonly get: Database.Statement<[string], Row>;
  /** The texts only when the row's seq is not the kept copy's (the seq is bound twice). */
  readonly getShared: Database.Statement<[number, number, string], SharedRow>;
  readonly group: Database.Statement<[string], Row>;
  readonly setMeta: Database.Statement<[string, string]>;
}

/** A SQL string literal; collection names are the registry's, but quoting keeps any name safe. */
function sqlLiteral(s: string): string {
  if (s.includes('\u0000')) throw new Error('collection name contains NUL');
  return `'${s.replaceAll("'", "''")}'`;
}

export function prepareCollectionStatements(db: Database.Database, collection: string): CollectionStatements {
  const c = sqlLiteral(collection);
  return {
    get: db.prepare<[string], Row>(`SELECT * FROM sync_rows WHERE collection = ${c} AND id = ?`),
    getShared: db.prepare<[number, number, string], SharedRow>(
      `SELECT collection, id, seq, scope_key, group_key,
         CASE WHEN seq = ? THEN NULL ELSE meta END AS meta,
         CASE WHEN seq = ? THEN NULL ELSE doc END AS doc
       FROM sync_rows WHERE collection = ${c} AND id = ?`,
    ),
    group: db.prepare<[string], Row>(
      `SELECT * FROM sync_rows WHERE collection = ${c} AND group_key = ? ORDER BY seq`,
    ),
    setMeta: db.prepare<[string, string]>(`UPDATE sync_rows SET meta = ? WHERE collection = ${c} AND id = ?`),
  };
}
