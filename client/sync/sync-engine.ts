import { Subject, filter, map, type Observable } from 'rxjs';
import type { RowRejection } from '../../sync/protocol';
import type { CollectionName, MotcuaDatabase } from '../db';
import { COLLECTION_NAMES } from '../db';
import { Backoff } from './backoff';
import type { SyncFailure } from './failure';
import { isFatal } from './failure';
import type { EventSourceFactory, LiveStream } from './live-stream';
import { openLiveStream } from './live-stream';
import type { PendingTracker } from './pending-tracker';
import { trackPending } from './pending-tracker';
import type { CollectionReplication } from './replicate-collection';
import { replicateCollection } from './replicate-collection';
import type { Timers } from './timers';
import type { SyncTransport } from './transport';

/** Everything the engine reports that RxDB's observables do not. */
export type EngineEvent =
  | { readonly type: 'failure'; readonly collection: string; readonly failure: SyncFailure }
  | { readonly type: 'success'; readonly collection: string; readonly caughtUp: boolean; readonly at: number }
  | { readonly type: 'rejected'; readonly collection: string; readonly rows: readonly RowRejection[] }
  | { readonly type: 'stopped'; readonly failure: SyncFailure };

export interface SyncEngineOptions {
  readonly db: MotcuaDatabase;
  readonly transport: SyncTransport;
  /** EventSource constructor; absent = no live stream (pull on start, reSync and `online` only). */
  readonly eventSource?: EventSourceFactory;
  readonly timers: Timers;
  readonly random: () => number;
  readonly collections?: readonly CollectionName[];
  readonly waitForLeadership: boolean;
  readonly baseUrl?: string;
}

export interface SyncEngine {
  readonly replications: ReadonlyMap<CollectionName, CollectionReplication<unknown>>;
  readonly pending: ReadonlyMap<CollectionName, PendingTracker>;
  readonly events$: Observable<EngineEvent>;
  /** The network is back (`online`, or a caller knows better): retry now and pull everything. */
  wake(): void;
  stop(): Promise<void>;
}

/**
 * Replicates the device collections. Invariants:
 *  E1. A fatal failure (426: this app is too old, PULL6) stops every replication and the stream
 *      at once and is reported as `stopped`; nothing more is sent by this version of the app.
 *  E2. `wake()` and every stream (re)connect (STREAM4 `resync`) cut all back-off waits short and
 *      emit RESYNC into every replication, so a device that was away pulls from its checkpoints
 *      and pushes what it wrote meanwhile.
 */
export function startSyncEngine(opts: SyncEngineOptions): SyncEngine {
  const names = opts.collections ?? COLLECTION_NAMES;
  const events = new Subject<EngineEvent>();
  const hints = new Subject<string>(); // collection names to RESYNC; '*' for all
  const backoffs: Backoff[] = [];
  const backoff = (): Backoff => {
    const b = new Backoff(opts.timers, opts.random);
    backoffs.push(b);
    return b;
  };
  let stream: LiveStream | null = null;
  let stopping: Promise<void> | null = null;

  const replications = new Map<CollectionName, CollectionReplication<unknown>>();
  const pending = new Map<CollectionName, PendingTracker>();

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stream?.close();
      for (const b of backoffs) b.wake(); // let waiting handlers see the stop and return
      for (const t of pending.values()) t.stop();
      await Promise.all([...replications.values()].map((r) => r.cancel()));
      events.complete();
    })();
    return stopping;
  };

  const report = {
    failure: (collection: string, failure: SyncFailure) => {
      events.next({ type: 'failure', collection, failure });
      if (isFatal(failure) && stopping === null) {
        events.next({ type: 'stopped', failure });
        void stop(); // E1 — not awaited: we are inside a handler that cancel() would wait for
      }
    },
    success: (collection: string, caughtUp: boolean) =>
      events.next({ type: 'success', collection, caughtUp, at: opts.timers.now() }),
    rejected: (collection: string, rows: readonly RowRejection[]) =>
      events.next({ type: 'rejected', collection, rows }),
  };

  for (const name of names) {
    const collection = opts.db.collections[name] as unknown as Parameters<
      typeof replicateCollection<unknown>
    >[0]['collection'];
    const replication = replicateCollection<unknown>({
      name,
      collection,
      transport: opts.transport,
      stream$: hints.pipe(
        filter((h) => h === name || h === '*'),
        map(() => 'RESYNC' as const),
      ),
      pullBackoff: backoff(),
      pushBackoff: backoff(),
      report,
      waitForLeadership: opts.waitForLeadership,
    });
    replications.set(name, replication);
    pending.set(name, trackPending(collection, replication));
  }

  const wake = (): void => {
    if (stopping !== null) return;
    for (const b of backoffs) b.wake(); // E2
    hints.next('*');
  };

  if (opts.eventSource !== undefined) {
    stream = openLiveStream({
      create: opts.eventSource,
      collections: names,
      timers: opts.timers,
      backoff: backoff(),
      onChanged: (c) => hints.next(c),
      onResync: wake,
      ...(opts.baseUrl === undefined ? {} : { baseUrl: opts.baseUrl }),
    });
  }

  return { replications, pending, events$: events.asObservable(), wake, stop };
}
