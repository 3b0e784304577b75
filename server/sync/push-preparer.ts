import { Worker } from 'node:worker_threads';
import { builtWorker } from '../built-worker';
import { preparePush, type PreparedPush } from './prepare-push';

/**
 * Where pushes are prepared (prepare-push.ts) before they reach the single writer. Invariants:
 *  1. `prepare` answers what preparePush answers for the body, wherever it ran.
 *  2. A worker that fails or exits never loses a request: its pending bodies are prepared on
 *     this thread, and later ones go to the other workers, or here when none is left.
 *  3. Workers never keep the process alive (unref), except while `close` ends them.
 */
export interface PushPreparer {
  prepare(body: ArrayBuffer): Promise<PreparedPush>;
  close(): Promise<void>;
}

const decoder = new TextDecoder();
const prepareHere = (body: ArrayBuffer): PreparedPush => preparePush(decoder.decode(body));

/** Everything on the calling thread: one core, tests, and the server run from its sources. */
export const inThreadPreparer: PushPreparer = {
  prepare: (body) => Promise.resolve(prepareHere(body)),
  close: () => Promise.resolve(),
};

interface Pending {
  readonly body: ArrayBuffer;
  readonly resolve: (prepared: PreparedPush) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
  alive: boolean;
}

export interface WorkerPreparerOptions {
  /** The built prepare-push-worker module. */
  readonly url: URL;
  readonly workers: number;
  /** Node options of the workers (tests pass a TypeScript loader). */
  readonly execArgv?: readonly string[];
  readonly log: (line: string) => void;
}

/** The configured threads when the server is built (built-worker.ts), else the calling thread. */
export function pushPreparer(workers: number, log: (line: string) => void): PushPreparer {
  const url = builtWorker('prepare-push-worker');
  if (workers === 0 || url === undefined) return inThreadPreparer;
  return workerPreparer({ url, workers, log });
}

/** `workers` threads; each request goes to the one with the fewest pending. */
export function workerPreparer(opts: WorkerPreparerOptions): PushPreparer {
  let nextId = 0;
  let closing = false;
  const threads: Thread[] = [];

  const fail = (thread: Thread, why: string): void => {
    if (!thread.alive) return;
    thread.alive = false;
    if (!closing) opts.log(`push preparation thread stopped (${why}); preparing on the main thread`);
    for (const p of thread.pending.values()) p.resolve(prepareHere(p.body)); // invariant 2
    thread.pending.clear();
  };

  for (let i = 0; i < opts.workers; i++) {
    const worker = new Worker(opts.url, opts.execArgv === undefined ? {} : { execArgv: [...opts.execArgv] });
    const thread: Thread = { worker, pending: new Map(), alive: true };
    worker.on('message', (m: { id: number; prepared: PreparedPush }) => {
      const p = thread.pending.get(m.id);
      if (p === undefined) return;
      thread.pending.delete(m.id);
      p.resolve(m.prepared);
    });
    worker.on('error', (e) => fail(thread, String(e)));
    worker.on('exit', (code) => fail(thread, `exit ${code}`));
    worker.unref(); // invariant 3
    threads.push(thread);
  }

  return {
    prepare(body) {
      let best: Thread | undefined;
      for (const t of threads)
        if (t.alive && (best === undefined || t.pending.size < best.pending.size)) best = t;
      if (best === undefined || closing) return Promise.resolve(prepareHere(body));
      const thread = best;
      const id = nextId++;
      return new Promise((resolve) => {
        thread.pending.set(id, { body, resolve });
        thread.worker.postMessage({ id, body }); // copied: the caller keeps its bytes
      });
    },
    async close() {
      closing = true;
      // Referenced again: an unreferenced worker's exit does not keep a stopping process alive
      // long enough to finish what comes after this close (the server's database close).
      await Promise.all(
        threads.map((t) => {
          t.worker.ref();
          return t.worker.terminate();
        }),
      );
    },
  };
}
