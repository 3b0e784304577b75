import { Worker } from 'node:worker_threads';
import type { CheckpointWorkerData, FromCheckpointer, ToCheckpointer } from './checkpoint-protocol';

/**
 * Checkpoints of the sync database on a thread of their own (checkpoint-worker.ts), so the writer's
 * thread never copies WAL frames into the database file nor waits for that file's fsync. Invariants:
 *  1. The thread checkpoints (PASSIVE) every `everyMs` while the writer keeps writing; it copies
 *     most frames that way, concurrently.
 *  2. SQLite restarts the WAL only when a write transaction begins with every frame copied. Under a
 *     steady stream of group commits that moment never comes by itself, so once the WAL holds
 *     `restartFrames` frames and the writer has written since the last pass, the thread asks for a
 *     pause (an idle writer restarts the WAL by itself at its next write): `pause()` resolves once no transaction
 *     runs and holds the writer's queue (requests wait, the event loop does not) until the thread
 *     has copied the last frames; the next write then restarts the WAL.
 *  3. A pause lasts at most PAUSE_LIMIT_MS: past that, or when the thread fails, the writer is
 *     released and `onFail` tells the storage to checkpoint on its own thread again.
 */
export interface CheckpointerOptions {
  /** The built checkpoint-worker module. */
  readonly url: URL;
  readonly path: string;
  readonly restartFrames: number;
  readonly everyMs: number;
  /** Holds the writer; resolves, once no transaction runs, to the function that releases it. */
  readonly pause: () => Promise<() => void>;
  readonly onFail: (why: string) => void;
  /** Each finished pause, with the frames in the WAL and copied (tests and diagnostics). */
  readonly onPaused?: (log: number, checkpointed: number) => void;
}

const PAUSE_LIMIT_MS = 5_000;

export class WalCheckpointer {
  private readonly worker: Worker;
  private release: (() => void) | null = null;
  private limit: NodeJS.Timeout | null = null;
  private failed = false;
  private stopping = false;

  constructor(private readonly opts: CheckpointerOptions) {
    const data: CheckpointWorkerData = {
      path: opts.path,
      restartFrames: opts.restartFrames,
      everyMs: opts.everyMs,
    };
    this.worker = new Worker(opts.url, { workerData: data });
    this.worker.on('message', (m: FromCheckpointer) => this.receive(m));
    this.worker.on('error', (e) => this.fail(String(e)));
    this.worker.on('exit', (code) => this.fail(`exit ${code}`));
    this.worker.unref();
  }

  /** Ends the thread after its current pass (its connection closes; the writer stays free). */
  async close(): Promise<void> {
    this.stopping = true;
    this.resume();
    if (this.failed) return;
    const stopped = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.ref(); // else a stopping process may exit before the thread does, and before its own close ends
    this.send({ type: 'stop' });
    await stopped;
  }

  private receive(m: FromCheckpointer): void {
    if (m.type === 'pause') {
      this.opts.pause().then(
        (release) => {
          this.release = release;
          if (this.failed || this.stopping) return this.resume();
          this.limit = setTimeout(() => this.fail('a pause outlasted its limit'), PAUSE_LIMIT_MS); // invariant 3
          this.send({ type: 'paused' });
        },
        () => undefined, // the storage closed meanwhile
      );
    } else if (m.type === 'resume') {
      this.resume();
      this.opts.onPaused?.(m.log, m.checkpointed);
    } else {
      void this.worker.terminate();
    }
  }

  private resume(): void {
    if (this.limit !== null) clearTimeout(this.limit);
    this.limit = null;
    const release = this.release;
    this.release = null;
    release?.();
  }

  private fail(why: string): void {
    if (this.failed) return;
    this.failed = true;
    this.resume();
    void this.worker.terminate();
    if (!this.stopping) this.opts.onFail(why);
  }

  private send(m: ToCheckpointer): void {
    this.worker.postMessage(m);
  }
}
