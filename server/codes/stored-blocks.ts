import type Database from 'better-sqlite3';
import { blockOf, parseDossierCode } from '../../shared/dossier-code';
import type { StoredBlocks } from './code-block-store';

/**
 * CB3 (code-block-store.ts): the blocks of the codes the sync storage already holds for a unit
 * and day. A range over the code's expression index (server/dossiers/sqlite-dossier-reader.ts
 * creates it): codes of (unit, day) all start with `<unit>-<day>-`, and '.' sorts right after '-'.
 * `db` must hold the sync_rows table and that index (open the SqliteStorage and the
 * SqliteDossierReader first).
 */
export function sqliteStoredBlocks(db: Database.Database): StoredBlocks {
  const stmt = db.prepare<[string, string], { code: string | null }>(
    // INDEXED BY: see sqlite-dossier-reader.ts — without statistics SQLite may walk every dossier.
    `SELECT json_extract(doc, '$.code') AS code FROM sync_rows INDEXED BY sync_rows_dossier_code
      WHERE collection = 'dossiers' AND json_extract(doc, '$.code') >= ? AND json_extract(doc, '$.code') < ?`,
  );
  return (unitCode, day) => {
    const blocks = new Set<number>();
    for (const { code } of stmt.all(`${unitCode}-${day}-`, `${unitCode}-${day}.`)) {
      const parts = code === null ? null : parseDossierCode(code);
      if (parts?.ok === true) blocks.add(blockOf(parts.value.serial));
    }
    return [...blocks];
  };
}
