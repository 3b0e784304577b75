/** Messages between the sync storage and its checkpoint thread (wal-checkpointer.ts). */
export interface CheckpointWorkerData {
  readonly path: string;
  /** WAL frames (pages) after which the WAL is restarted. */
  readonly restartFrames: number;
  readonly everyMs: number;
}

export type FromCheckpointer =
  | { readonly type: 'pause' }
  | { readonly type: 'resume'; readonly log: number; readonly checkpointed: number }
  | { readonly type: 'stopped' };

export type ToCheckpointer = { readonly type: 'paused' } | { readonly type: 'stop' };
