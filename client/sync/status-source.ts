import { BehaviorSubject, merge, type Observable, type Subscription } from 'rxjs';
import { map, mergeMap, scan } from 'rxjs/operators';
import { from } from 'rxjs';
import type { RxError, RxTypeError } from 'rxdb';
import type { SyncEngine } from './sync-engine';
import type { StatusInput, SyncStatus } from './sync-status';
import { initialStatus, reduceStatus } from './sync-status';

export interface StatusSource {
  readonly status$: BehaviorSubject<SyncStatus>;
  readonly collections: readonly string[];
  /** Ids of a collection's documents not yet on the server; empty until the collection replicates. */
  pendingIds$(collection: string): Observable<ReadonlySet<string>>;
  dispose(): void;
}

/** Our handlers' throws reach RxDB's error$ wrapped (RC_PULL/RC_PUSH); they are reported already. */
function isOurs(err: RxError | RxTypeError): boolean {
  const inner = (err.parameters as { errors?: readonly { name?: string }[] }).errors;
  return inner?.some((e) => e.name === 'SyncFailureError') ?? false;
}

/**
 * Feeds the status reducer from the engine (failures, successes, stop), RxDB's replication
 * observables (`active$`, `received$`, `error$`), the pending trackers and the browser's online
 * flag. `leader` arrives when this tab's replications have started (after leader election).
 */
export function createStatusSource(
  engine: SyncEngine,
  online$: Observable<boolean>,
  initiallyOnline: boolean,
): StatusSource {
  const start = initialStatus(initiallyOnline);
  const status$ = new BehaviorSubject<SyncStatus>(start.snapshot);
  const reps = [...engine.replications.entries()];
  const started = Promise.all(reps.map(([, r]) => r.startPromise));
  const firstSync = Promise.all(reps.map(([, r]) => r.awaitInitialReplication()));

  const inputs: Observable<StatusInput> = merge(
    online$.pipe(map((value): StatusInput => ({ type: 'online', value }))),
    from(started).pipe(map((): StatusInput => ({ type: 'leader' }))),
    from(firstSync).pipe(map((): StatusInput => ({ type: 'first_sync_done' }))),
    engine.events$.pipe(
      mergeMap((e): StatusInput[] => {
        if (e.type === 'failure') return [{ type: 'problem', problem: e.failure.reason }];
        if (e.type === 'success') return [{ type: 'success', caughtUp: e.caughtUp, at: e.at }];
        if (e.type === 'stopped')
          return [{ type: 'problem', problem: e.failure.reason }, { type: 'stopped' }];
        return [];
      }),
    ),
    ...reps.flatMap(([name, r]) => [
      r.active$.pipe(map((value): StatusInput => ({ type: 'active', collection: name, value }))),
      r.received$.pipe(map((): StatusInput => ({ type: 'received', count: 1 }))),
      r.error$.pipe(
        mergeMap((err): StatusInput[] => (isOurs(err) ? [] : [{ type: 'problem', problem: 'device_error' }])),
      ),
    ]),
    ...[...engine.pending.entries()].map(([name, t]) =>
      t.pending$.pipe(map((ids): StatusInput => ({ type: 'pending', collection: name, count: ids.size }))),
    ),
  );
  const sub: Subscription = inputs.pipe(scan(reduceStatus, start)).subscribe((s) => status$.next(s.snapshot));

  return {
    status$,
    collections: reps.map(([name]) => name),
    pendingIds$: (collection) => {
      const tracker = [...engine.pending.entries()].find(([name]) => name === collection)?.[1];
      return tracker?.pending$ ?? new BehaviorSubject<ReadonlySet<string>>(new Set());
    },
    dispose: () => sub.unsubscribe(),
  };
}
