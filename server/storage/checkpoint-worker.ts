import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckpointWorkerData, FromCheckpointer, ToCheckpointer } from './checkpoint-protocol';

/**
 * The sync database's checkpoints, on their own thread and connection (wal-checkpointer.ts has
 * the protocol's invariants). synchronous = NORMAL: a checkpoint flushes the WAL before it copies
 * frames into the database file, and the database file before it records them as copied, so the
 * writer may overwrite them (restart the WAL) only once both are on disk.
 */
const { path, restartFrames, everyMs } = workerData as CheckpointWorkerData;
const db = new Database(path);
db.pragma('synchronous = NORMAL');

interface Result {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

const checkpoint = (): Result =>
  (db.pragma('wal_checkpoint(PASSIVE)') as Result[])[0] ?? { busy: 1, log: 0, checkpointed: 0 };
const post = (m: FromCheckpointer): void => parentPort?.postMessage(m);

/** Passes while the writer keeps writing: each copies what came during the one before. */
const CATCH_UP_PASSES = 4;
const SHORT_MS = 5;

let paused = false;
let lastLog = -1;
const timer = setInterval(() => {
  if (paused) return;
  let r = checkpoint();
  const writing = r.log !== lastLog; // an idle writer restarts the WAL at its next write anyway
  for (let i = 0; i < CATCH_UP_PASSES && r.log >= restartFrames; i++) {
    const started = performance.now();
    r = checkpoint();
    if (performance.now() - started < SHORT_MS) break;
  }
  lastLog = r.log;
  if (writing && r.log >= restartFrames) {
    paused = true;
    post({ type: 'pause' });
  }
}, everyMs);

parentPort?.on('message', (m: ToCheckpointer) => {
  if (m.type === 'paused') {
    // The writer waits: this pass copies the last frames, and its next write restarts the WAL.
    const r = checkpoint();
    paused = false;
    lastLog = r.log;
    post({ type: 'resume', log: r.log, checkpointed: r.checkpointed });
  } else {
    clearInterval(timer);
    db.close();
    post({ type: 'stopped' });
  }
});
