import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryData, MemoryStorage } from './memory-storage.ts';
import { SqliteStorage } from './sqlite-storage.ts';
import { runStorageContract } from './storage-contract.ts';

runStorageContract('memory', () => {
  const data = createMemoryData();
  return { open: () => new MemoryStorage(data) };
});

runStorageContract('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-sync-'));
  return {
    open: () => new SqliteStorage(join(dir, 'sync.db')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
});
