import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opens the embedded SQLite database in `dataDir`. WAL lets readers (pulls, streams) run while
 * a push writes; `synchronous = FULL` makes a commit durable before we acknowledge it, at the
 * cost of one fsync per transaction (pushes are batched, so that cost is per batch).
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'motcua.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
