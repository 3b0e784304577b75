import type { RxCollection, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import type { Observable } from 'rxjs';
import { replicationIdentifierOf } from '../db/names';
import type { Checkpoint, RowRejection } from '../../sync/protocol';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import type { Backoff } from './backoff';
import type { SyncFailure } from './failure';
import { codecFor } from './record-codec';
import type { SyncTransport } from './transport';
import { pullAhead } from './pull-ahead';
import { withRetry } from './with-retry';

export const PULL_BATCH_SIZE = 200;
export const PUSH_BATCH_SIZE = 50;

/** What a replication tells the engine besides RxDB's own observables. */
export interface ReplicationReport {
  failure(collection: string, failure: SyncFailure): void;
  /** A request succeeded; `caughtUp` when a pull came back short (PULL5) or a push went through. */
  success(collection: string, caughtUp: boolean): void;
  rejected(collection: string, rows: readonly RowRejection[]): void;
}

export interface CollectionReplicationOptions<T> {
  readonly name: string;
  readonly collection: RxCollection<T>;
  readonly transport: SyncTransport;
  /** Live-stream hints for this collection: only ever 'RESYNC' (STREAM1). */
  readonly stream$: Observable<'RESYNC'>;
  readonly pullBackoff: Backoff;
  readonly pushBackoff: Backoff;
  readonly report: ReplicationReport;
  /** False in tests without tabs; the browser replicates in the elected tab only. */
  readonly waitForLeadership: boolean;
}

export type CollectionReplication<T> = RxReplicationState<T, Checkpoint>;

/**
 * One collection's replication over the sync protocol (sync/protocol.ts). Rules it relies on:
 *  - PULL7: RxDB saves the pull checkpoint only after the pulled documents are written locally;
 *  - PUSH5: the push answers `conflicts` (the server's merged state); the collection's conflict
 *    handler adopts it (client/db/conflict-handler.ts);
 *  - RxDB's first pull passes `checkpoint: undefined`; the protocol says null.
 * Pulled and conflict documents are trusted as the server's: dev builds validate them with ajv
 * on write, production does not pay for it.
 */
export function replicateCollection<T>(opts: CollectionReplicationOptions<T>): CollectionReplication<T> {
  const codec = codecFor(opts.name);
  const schemaVersion = opts.collection.schema.version;
  const fromWire = (d: Parameters<typeof codec.fromWire>[0]): WithDeleted<T> =>
    codec.fromWire(d) as WithDeleted<T>;
  const toWire = (d: WithDeleted<T>) => codec.toWire(d);
  const onFailure = (f: SyncFailure): void => opts.report.failure(opts.name, f);
  // `state` is read only by handlers, which RxDB calls after replicateRxCollection returned.
  const stopped = (): boolean => state.isStopped() || state.isPaused();
  // The next batch is fetched while RxDB writes the current one (pull-ahead.ts).
  const pulls = pullAhead((checkpoint: Checkpoint | null, batchSize: number) =>
    withRetry(
      () =>
        opts.transport.pull({
          type: 'pull',
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion,
          collection: opts.name,
          checkpoint,
          batchSize,
        }),
      { backoff: opts.pullBackoff, stopped, onFailure },
    ),
  );

  const state: CollectionReplication<T> = replicateRxCollection<T, Checkpoint>({
    replicationIdentifier: replicationIdentifierOf(opts.name),
    collection: opts.collection,
    live: true,
    waitForLeadership: opts.waitForLeadership,
    // Our handlers retry themselves (with-retry.ts); this only paces RxDB after a fatal throw.
    retryTime: 5_000,
    pull: {
      batchSize: PULL_BATCH_SIZE,
      stream$: opts.stream$,
      handler: async (checkpoint, batchSize) => {
        const res = await pulls.pull(checkpoint ?? null, batchSize);
        opts.report.success(opts.name, res.documents.length < batchSize);
        return { documents: res.documents.map(fromWire), checkpoint: res.checkpoint };
      },
    },
    push: {
      batchSize: PUSH_BATCH_SIZE,
      handler: async (rows) => {
        const res = await withRetry(
          () =>
            opts.transport.push({
              type: 'push',
              protocolVersion: PROTOCOL_VERSION,
              schemaVersion,
              collection: opts.name,
              rows: rows.map((r) => ({
                assumedMasterState: r.assumedMasterState === undefined ? null : toWire(r.assumedMasterState),
                newDocumentState: toWire(r.newDocumentState),
              })),
            }),
          { backoff: opts.pushBackoff, stopped, onFailure },
        );
        opts.report.success(opts.name, true);
        if (res.rejected.length > 0) opts.report.rejected(opts.name, res.rejected);
        return res.conflicts.map(fromWire);
      },
    },
  });
  return state;
}
