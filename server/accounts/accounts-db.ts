import Database from 'better-sqlite3';

/**
 * Tables of the accounts work, in the same SQLite file as the sync rows but on their own
 * connection. Invariants:
 *  DB1. WAL and synchronous = FULL, as the sync storage: a revoked session or a disabled user
 *       must stay so after a power loss.
 *  DB2. Writes here never happen inside the sync storage's transaction (which holds SQLite's one
 *       write lock): the sync scope only reads, and defers its audit writes (audited-scope.ts).
 *  DB3. busy_timeout covers the short moments the other connection holds the write lock.
 */
export const ACCOUNTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id               TEXT PRIMARY KEY,
  username         TEXT NOT NULL UNIQUE,
  display_name     TEXT NOT NULL,
  role             TEXT NOT NULL,
  service_point_id TEXT,
  fields           TEXT,
  scope            TEXT NOT NULL,
  disabled         INTEGER NOT NULL DEFAULT 0,
  citizen_id       TEXT,
  password_hash    TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS users_by_citizen ON users (citizen_id) WHERE citizen_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS sessions (
  id            TEXT PRIMARY KEY,
  user_id       TEXT NOT NULL REFERENCES users (id),
  device_name   TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  offline_until TEXT NOT NULL,
  revoked_at    TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  hash       TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions (id),
  created_at TEXT NOT NULL,
  used_at    TEXT
);
CREATE INDEX IF NOT EXISTS refresh_tokens_by_session ON refresh_tokens (session_id);
CREATE TABLE IF NOT EXISTS audit (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       TEXT NOT NULL,
  actor_id TEXT,
  action   TEXT NOT NULL,
  target   TEXT NOT NULL,
  outcome  TEXT NOT NULL
);
`;

/** `checkpointsElsewhere`: the sync storage's thread checkpoints this file (sqlite-storage.ts). */
export function openAccountsDb(
  path: string,
  opts: { checkpointsElsewhere?: boolean } = {},
): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL'); // DB1
  db.pragma('synchronous = FULL');
  if (opts.checkpointsElsewhere === true) db.pragma('wal_autocheckpoint = 0');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000'); // DB3
  db.exec(ACCOUNTS_SCHEMA);
  return db;
}
