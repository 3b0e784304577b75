import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WalSync } from './wal-sync';

/** An fsync the test finishes by hand, in the order the calls came. */
function heldFsync() {
  const calls: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const fsync = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { fsync, calls };
}

const settled = async (p: Promise<unknown>): Promise<string> => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setImmediate(r));
  return state;
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function wal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-walsync-'));
  dirs.push(dir);
  const path = join(dir, 'db-wal');
  writeFileSync(path, '');
  return path;
}

describe('WalSync', () => {
  it('1, 2, 3: a commit is durable only after an fsync that began after it; later commits share the next one', async () => {
    const { fsync, calls } = heldFsync();
    const sync = new WalSync(wal(), 4, fsync);
    const first = sync.committed(5);
    expect(calls).toHaveLength(1);
    const second = sync.committed(7); // while the first fsync runs: it did not cover this COMMIT
    const third = sync.committed(9);
    expect(calls).toHaveLength(1);
    expect(sync.durableSeq).toBe(4);

    calls[0]?.resolve();
    expect(await settled(first)).toBe('resolved');
    expect(await settled(second)).toBe('pending');
    expect(sync.durableSeq).toBe(5);
    expect(calls).toHaveLength(2); // one fsync for the two commits that waited

    calls[1]?.resolve();
    expect(await settled(second)).toBe('resolved');
    expect(await settled(third)).toBe('resolved');
    expect(sync.durableSeq).toBe(9);
    await sync.close();
  });

  it('closes its file only after the fsync under way, so the last commits are still answered', async () => {
    const { fsync, calls } = heldFsync();
    const sync = new WalSync(wal(), 0, fsync);
    const last = sync.committed(1);
    const closed = sync.close();
    expect(await settled(closed)).toBe('pending');
    calls[0]?.resolve();
    await closed;
    await expect(last).resolves.toBeUndefined();
  });

  it('4: a failed fsync fails its commits, the waiting ones, and every one after', async () => {
    const { fsync, calls } = heldFsync();
    const sync = new WalSync(wal(), 0, fsync);
    const first = sync.committed(1);
    const second = sync.committed(2);
    calls[0]?.reject(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    await expect(second).rejects.toThrow('EIO');
    await expect(sync.committed(3)).rejects.toThrow('EIO');
    expect(calls).toHaveLength(1);
    expect(sync.durableSeq).toBe(0);
    await sync.close();
  });
});
