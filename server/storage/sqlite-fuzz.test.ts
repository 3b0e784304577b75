import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { runFuzz } from '../../sync/testing/fuzz.ts';
import { SqliteStorage } from './sqlite-storage.ts';

/**
 * The sync fuzzer over SQLite (the memory run lives in sync/fuzz.test.ts): restarts reopen the
 * same database file, so acknowledged writes must survive a real close and reopen (SEQ4).
 */
describe('sync fuzz (sqlite storage)', () => {
  it('PULL2/PUSH1/SEQ4: 12 seeds × 200 ops × ≤6 clients converge over a reopened database', async () => {
    for (let seed = 101; seed <= 112; seed++) {
      const dir = mkdtempSync(join(tmpdir(), 'motcua-fuzz-'));
      try {
        await runFuzz({
          seed,
          ops: 200,
          maxClients: 6,
          openStorage: () => new SqliteStorage(join(dir, 'sync.db')),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
