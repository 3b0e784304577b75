import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyMeta, nextMeta } from '../../sync/engine/merge-meta';
import type { SyncDoc } from '../../sync/protocol';
import type { RowInput } from '../../sync/storage';
import { bundleWorker, dyingWorker } from '../testing/bundle-worker';
import { SqliteStorage, type SqliteStorageOptions } from './sqlite-storage';

let checkpointWorker: URL;
beforeAll(async () => {
  checkpointWorker = await bundleWorker('server/storage/checkpoint-worker.ts');
});

const dirs: string[] = [];
const open: SqliteStorage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function storage(opts: Omit<SqliteStorageOptions, 'checkpointWorker'> & { worker?: URL } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-sqlite-'));
  dirs.push(dir);
  const path = join(dir, 'sync.db');
  const s = new SqliteStorage(path, { checkpointWorker: opts.worker ?? checkpointWorker, ...opts });
  open.push(s);
  return { s, path };
}

const row = (id: string, fields: Record<string, unknown> = {}): RowInput => {
  const doc: SyncDoc = { id, _deleted: false, ...fields };
  return { collection: 'c', id, scopeKey: 'k', groupKey: null, meta: nextMeta(emptyMeta, null, doc), doc };
};

/** The writer connection's safety level (1 NORMAL, 2 FULL) and checkpoint threshold. */
const settings = (s: SqliteStorage) => ({
  synchronous: s.prepareRead<[], { synchronous: number }>('PRAGMA synchronous').get()?.synchronous,
  autocheckpoint: s.prepareRead<[], { wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint').get()
    ?.wal_autocheckpoint,
});

const pulledIds = async (s: SqliteStorage): Promise<string[]> =>
  (await s.pull({ collection: 'c', afterSeq: 0, limit: 100, scopeKeys: 'all' })).map((r) => r.id);

/** The WAL fsync, held until the test lets it finish. */
function heldFsync() {
  const held: (() => void)[] = [];
  return {
    fsync: () => new Promise<void>((resolve) => held.push(resolve)),
    release: () => held.splice(0).forEach((r) => r()),
    get waiting() {
      return held.length;
    },
  };
}

describe('SqliteStorage with a checkpoint thread (invariant 4)', () => {
  it('after a failed WAL fsync acknowledges nothing, shows nothing new, and says so once', async () => {
    const failures: Error[] = [];
    let fail = false;
    const { s } = storage({
      fsync: () => (fail ? Promise.reject(new Error('EIO')) : Promise.resolve()),
      onDiskFailure: (e) => failures.push(e),
    });
    await s.transact((tx) => tx.put([row('a')]));
    fail = true;
    await expect(s.transact((tx) => tx.put([row('b')]))).rejects.toThrow('EIO');
    await expect(s.transact((tx) => tx.put([row('c')]))).rejects.toThrow('EIO');
    expect(await pulledIds(s)).toEqual(['a']);
    expect(failures.map((e) => e.message)).toEqual(['EIO']);
  });

  it('acknowledges a transaction and shows its rows to pulls only once its COMMIT is on disk', async () => {
    const disk = heldFsync();
    const { s } = storage({ fsync: disk.fsync });
    expect(settings(s)).toEqual({ synchronous: 1, autocheckpoint: 0 }); // COMMIT does not fsync
    let acknowledged = false;
    const done = s.transact((tx) => tx.put([row('a')])).then(() => (acknowledged = true));
    await vi.waitFor(() => expect(disk.waiting).toBe(1)); // committed, being flushed
    expect(acknowledged).toBe(false);
    expect(await pulledIds(s)).toEqual([]);
    disk.release();
    await done;
    expect(await pulledIds(s)).toEqual(['a']);
  });

  it('runs the next group commit while the last one is still being flushed', async () => {
    const disk = heldFsync();
    const { s } = storage({ fsync: disk.fsync });
    const first = s.transact((tx) => tx.put([row('a')]));
    await vi.waitFor(() => expect(disk.waiting).toBe(1));
    let secondRan = false;
    const second = s.transact(async (tx) => {
      secondRan = true;
      const seen = await tx.get('c', ['a']);
      await tx.put([row('b')]);
      return seen.has('a');
    });
    await vi.waitFor(() => expect(secondRan).toBe(true)); // while the first is not on disk yet
    disk.release();
    await first;
    await vi.waitFor(() => expect(disk.waiting).toBe(1));
    disk.release(); // the second group's own fsync
    expect(await second).toBe(true);
    expect(await pulledIds(s)).toEqual(['a', 'b']);
  });

  it('restarts the WAL under a steady stream of commits, so it stays short', async () => {
    const pauses: number[] = [];
    const { s, path } = storage({
      restartFrames: 64,
      checkpointEveryMs: 5,
      onPaused: (log) => pauses.push(log),
    });
    const filler = 'x'.repeat(3000);
    for (let g = 0; g < 300; g++) {
      await s.transact((tx) => tx.put(Array.from({ length: 10 }, (_, i) => row(`d${g}-${i}`, { filler }))));
      if (g % 10 === 9) await new Promise((r) => setTimeout(r, 5)); // the thread's turn to look
    }
    expect(pauses.length).toBeGreaterThan(3);
    // ~9 MB of rows went through (a WAL of ~11 MB without restarts).
    expect(statSync(`${path}-wal`).size).toBeLessThan(5_000_000);
    expect((await s.pull({ collection: 'c', afterSeq: 0, limit: 5000, scopeKeys: 'all' })).length).toBe(3000);
  });

  it('goes back to syncing and checkpointing on its own when the thread stops, losing nothing', async () => {
    const logged: string[] = [];
    const { s, path } = storage({ worker: dyingWorker(5, true), log: (l) => logged.push(l) });
    await vi.waitFor(() => expect(settings(s)).toEqual({ synchronous: 2, autocheckpoint: 1000 }));
    expect(logged).toEqual([
      'checkpoint thread stopped (exit 5); the writer checkpoints and syncs on its own again',
    ]);
    await s.transact((tx) => tx.put([row('a')]));
    expect(await pulledIds(s)).toEqual(['a']);
    await s.close();
    open.splice(0);
    const again = new SqliteStorage(path);
    open.push(again);
    expect(await pulledIds(again)).toEqual(['a']);
  });
});
