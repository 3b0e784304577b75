/**
 * Tables of the SQLite adapter. One row per (collection, id) holding its latest state (SEQ2);
 * rows are never deleted. Indexes serve the three reads of the engine:
 *  - pull of a whole collection:          (collection, seq)
 *  - pull filtered by scope keys (SCOPE1): (collection, scope_key, seq)
 *  - events of one aggregate (EVT2):       (collection, group_key, seq), partial
 * A rowid table, not WITHOUT ROWID: rows hold a document and its merge bookkeeping (1–3 KB), and
 * a WITHOUT ROWID B-tree keeps whole rows in its key pages (SQLite advises it only for rows under
 * ~1/20 of a page): the push bench's median went from ~2,600 to ~3,760 docs/s with this change.
 * Databases created before keep their layout; every statement works on both.
 */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS sync_rows (
  collection TEXT NOT NULL,
  id         TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  scope_key  TEXT NOT NULL,
  group_key  TEXT,
  meta       TEXT NOT NULL,
  doc        TEXT NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS sync_rows_by_seq ON sync_rows (collection, seq);
CREATE INDEX IF NOT EXISTS sync_rows_by_scope ON sync_rows (collection, scope_key, seq);
CREATE INDEX IF NOT EXISTS sync_rows_by_group ON sync_rows (collection, group_key, seq) WHERE group_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS sync_head (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  seq INTEGER NOT NULL
);
INSERT OR IGNORE INTO sync_head (one, seq) VALUES (1, 0);
`;
