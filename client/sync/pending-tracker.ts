import type { RxCollection, RxDocumentData, RxStorageInstance } from 'rxdb';
import { getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { BehaviorSubject, type Observable, type Subscription } from 'rxjs';

/**
 * Which documents of a collection have local changes the server does not have yet.
 *
 * The truth is RxDB's replication meta instance: for every document it holds `docData`, the
 * state the device assumes the server has (written after a push succeeded, after a pull, and
 * after a conflict was resolved). Invariant P1: a document is pending exactly when its local
 * state differs from that assumed master state under the collection's `isEqual`, or it has none.
 * Counting `sent$` against writes would drift (sent$ fires before the meta write, conflicts and
 * retries re-send); comparing states cannot.
 *
 * P2: a document's answer can change only when its local state or its meta row changes, so after
 * one scan we recheck just the ids those two change streams name. P3: the scan starts at the
 * upstream checkpoint, as RxDB's own upstream does: documents before it were handled.
 */
type Meta = {
  itemId: string;
  isCheckpoint: '0' | '1';
  docData?: Record<string, unknown>;
  checkpointData?: unknown;
};

const stripLocal = (doc: RxDocumentData<unknown>): Record<string, unknown> => {
  const { _meta: _m, _rev: _r, _attachments: _a, ...state } = doc as Record<string, unknown>;
  return state;
};

export interface PendingTracker {
  readonly pending$: Observable<ReadonlySet<string>>;
  stop(): void;
}

export function trackPending<T, C>(
  collection: RxCollection<T>,
  replication: RxReplicationState<T, C>,
): PendingTracker {
  const pending$ = new BehaviorSubject<ReadonlySet<string>>(new Set());
  const subs: Subscription[] = [];
  let stopped = false;
  let queue = Promise.resolve();
  const isEqual = collection.conflictHandler.isEqual;

  const start = async (): Promise<void> => {
    await replication.startPromise; // the meta instance exists once started (after leadership)
    const meta = replication.metaInstance as RxStorageInstance<Meta, unknown, unknown> | undefined;
    if (stopped || meta === undefined) return;
    const fork = collection.storageInstance;
    const metaId = (itemId: string, isCheckpoint: '0' | '1'): string =>
      getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint });

    const recheck = (ids: readonly string[]): void => {
      if (ids.length === 0) return;
      queue = queue
        .then(async () => {
          if (stopped) return;
          const [docs, metas] = await Promise.all([
            fork.findDocumentsById([...ids], true),
            meta.findDocumentsById(
              ids.map((id) => metaId(id, '0')),
              true,
            ),
          ]);
          const assumed = new Map(metas.map((m) => [m.itemId, m.docData]));
          const next = new Set(pending$.value);
          for (const id of ids) next.delete(id);
          for (const doc of docs) {
            const id = String((doc as Record<string, unknown>)[collection.schema.primaryPath]);
            const master = assumed.get(id);
            if (master === undefined || !isEqual(master as never, stripLocal(doc) as never, 'motcua-pending'))
              next.add(id); // P1
          }
          pending$.next(next);
        })
        .catch(() => undefined); // storage closed under us: the collection is going away
    };

    subs.push(
      // P4: a downstream write (context `replication-downstream-…`, as RxDB's own upstream
      // recognises it) stores the server's state; its meta row follows, and that meta change
      // rechecks the ids. Rechecking on the fork write would count pulled documents as pending
      // for the moment between the two writes (hundreds during a first sync).
      // A pulled document has no meta row of its own (client/db/pulled-meta-storage.ts RM1), so
      // a pull's fork write rechecks the ids that are pending, as P5 does for meta rows.
      fork.changeStream().subscribe((bulk) => {
        const ids = bulk.events.map((e) => e.documentId);
        recheck(
          bulk.context.startsWith('replication-downstream-')
            ? ids.filter((id) => pending$.value.has(id))
            : ids,
        );
      }), // P2
      meta.changeStream().subscribe((bulk) => {
        let ids = bulk.events
          .filter((e) => e.documentData.isCheckpoint === '0')
          .map((e) => e.documentData.itemId);
        // P5: a pull's meta rows follow its fork write of the same states. A document that was not
        // pending cannot become pending by being pulled (RxDB skips documents with local changes,
        // and a local write rechecks through the fork stream), so only pending ids are rechecked:
        // a first sync of 100k documents would otherwise read every one of them twice more.
        if (bulk.context === 'replication-down-write-meta') ids = ids.filter((id) => pending$.value.has(id));
        recheck(ids);
      }),
    );
    const [up] = await meta.findDocumentsById([metaId('up', '1')], false);
    let checkpoint: unknown = up?.checkpointData; // P3
    for (;;) {
      if (stopped) return;
      const page = await getChangedDocumentsSince(fork, 500, checkpoint as never);
      if (page.documents.length === 0) return;
      recheck(
        page.documents.map((d) => String((d as Record<string, unknown>)[collection.schema.primaryPath])),
      );
      checkpoint = page.checkpoint;
    }
  };
  void start().catch(() => undefined);

  return {
    pending$,
    stop: () => {
      stopped = true;
      subs.forEach((s) => s.unsubscribe());
      pending$.complete();
    },
  };
}
