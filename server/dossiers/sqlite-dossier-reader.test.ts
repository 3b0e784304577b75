import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../storage/sqlite-storage';
import { BY_APPLICANT_SQL, BY_CODE_SQL, SqliteDossierReader } from './sqlite-dossier-reader';

describe('SqliteDossierReader', () => {
  it('finds a dossier by code and by applicant through expression indexes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-reader-')), 'm.sqlite');
    const storage = new SqliteStorage(file);
    const db = new Database(file);
    const reader = new SqliteDossierReader(db);
    const plan = (sql: string) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all('x')
        .map((r) => (r as { detail: string }).detail)
        .join(' ');
    expect(plan(BY_CODE_SQL)).toContain('sync_rows_dossier_code');
    expect(plan(BY_APPLICANT_SQL)).toContain('sync_rows_dossier_applicant');
    expect(await reader.byCode('HN-TT-261120-0001')).toBeUndefined();
    expect(reader.scopeOf('nope')).toBeUndefined();
    await storage.close();
    db.close();
  });
});
