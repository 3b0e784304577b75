import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { bundleWorker } from '../testing/bundle-worker.ts';
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

/** Invariant 4's other way: checkpoints on their thread, the WAL fsynced after COMMIT. */
let checkpointWorker: URL;
beforeAll(async () => {
  checkpointWorker = await bundleWorker('server/storage/checkpoint-worker.ts');
});

runStorageContract('sqlite with a checkpoint thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-sync-'));
  return {
    open: () => new SqliteStorage(join(dir, 'sync.db'), { checkpointWorker }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
});
