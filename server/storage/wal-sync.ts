import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * When the sync writer's commits are durable (sqlite-storage.ts invariant 4). Two ways:
 *  - `durableAtCommit`: synchronous = FULL; COMMIT itself fsyncs the WAL on the calling thread.
 *  - `WalSync`: synchronous = NORMAL with no checkpoints on the writer's connection; COMMIT only
 *    hands the WAL frames to the OS, and the WAL file is
 *    fsynced on libuv's thread pool, so the event loop goes on (and the next group commit may run)
 *    while the disk flushes. Invariants:
 *     1. `committed(seq)` resolves only after an fsync of the WAL that began after it was called:
 *        whatever that COMMIT wrote, and every COMMIT before it, is then on disk.
 *     2. One fsync at a time; the commits that come while one runs share the next one.
 *     3. `durableSeq` never exceeds a seq some resolved `committed` call was given.
 *     4. A failed fsync fails its waiters and every later call, and is reported once to
 *        `onFailure`: after a failed fsync Linux may report the next one clean while the data never
 *        reached the disk, so nothing may be acknowledged again; the server stops (compose.ts),
 *        as PostgreSQL does, and its restart fsyncs what is on disk before serving again.
 */
export interface Durability {
  /** Call after a COMMIT; `seq` is the highest seq it stored. */
  committed(seq: number): Promise<void>;
  /** The highest seq whose COMMIT is durable (pulls return nothing above it). */
  readonly durableSeq: number;
  /** After the last COMMIT: resolves once every fsync asked for has finished. */
  close(): Promise<void>;
}

export function durableAtCommit(head: number): Durability {
  let durable = head;
  return {
    committed: (seq) => {
      durable = Math.max(durable, seq);
      return Promise.resolve();
    },
    get durableSeq() {
      return durable;
    },
    close: () => Promise.resolve(),
  };
}

export type Fsync = (fd: number) => Promise<void>;

const fsyncOnPool: Fsync = (fd) =>
  new Promise((resolve, reject) => fsync(fd, (e) => (e === null ? resolve() : reject(e))));

interface Waiter {
  readonly seq: number;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

export class WalSync implements Durability {
  private readonly fd: number;
  private durable: number;
  private waiting: Waiter[] = [];
  /** The fsync under way, if any. */
  private running: Promise<void> | null = null;
  private failure: Error | null = null;

  /**
   * `walPath`: the database's `-wal` file, which exists once the connection has written. What is
   * on disk already (the WAL and the directory entries, perhaps left unflushed by a process that
   * stopped) is flushed here first, so `head` is durable.
   */
  constructor(
    walPath: string,
    head: number,
    private readonly flush: Fsync = fsyncOnPool,
    private readonly onFailure: (e: Error) => void = () => undefined,
  ) {
    this.fd = openSync(walPath, 'r+');
    fsyncSync(this.fd);
    const dir = openSync(dirname(walPath), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
    this.durable = head;
  }

  get durableSeq(): number {
    return this.durable;
  }

  committed(seq: number): Promise<void> {
    if (this.failure !== null) return Promise.reject(this.failure); // invariant 4
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq, resolve, reject });
      this.next();
    });
  }

  /** The descriptor closes only once no fsync uses it (the last commits are still answered). */
  async close(): Promise<void> {
    while (this.running !== null) await this.running.catch(() => undefined);
    closeSync(this.fd);
  }

  /** Invariants 1 and 2: the waiters present when an fsync starts are the ones it answers. */
  private next(): void {
    if (this.running !== null || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.running = this.flush(this.fd).then(
      () => {
        this.running = null;
        for (const w of batch) this.durable = Math.max(this.durable, w.seq);
        for (const w of batch) w.resolve();
        this.next();
      },
      (e: unknown) => {
        this.running = null;
        const failure = e instanceof Error ? e : new Error(String(e));
        this.failure = failure;
        for (const w of [...batch, ...this.waiting.splice(0)]) w.reject(failure);
        this.onFailure(failure);
      },
    );
  }
}
