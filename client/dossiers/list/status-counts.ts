import type { RxChangeEvent, RxCollection } from 'rxdb';
import { Observable } from 'rxjs';
import { STATUS_CODES } from '../../../shared/status/statuses';
import type { Dossier } from '../../../shared/schemas/dossier';
import { countList } from './run-list';

export type StatusCounts = Readonly<Record<number, number>>;

type Change = Pick<RxChangeEvent<Dossier>, 'operation' | 'documentData' | 'previousDocumentData'>;

const live = (d: { status: number; _deleted?: boolean } | undefined): number | undefined =>
  d === undefined || d._deleted ? undefined : d.status;

/** C2: one change moves a dossier out of its old status (if it was live) into its new one. */
export function applyChanges(counts: StatusCounts, changes: readonly Change[]): StatusCounts {
  const next: Record<number, number> = { ...counts };
  for (const c of changes) {
    const before = live(c.previousDocumentData);
    const after = c.operation === 'DELETE' ? undefined : live(c.documentData);
    if (before === after) continue;
    if (before !== undefined) next[before] = (next[before] ?? 0) - 1;
    if (after !== undefined) next[after] = (next[after] ?? 0) + 1;
  }
  return next;
}

const QUIET_MS = 2_000;

/**
 * Dossiers per status for the filter chips. Chromium counts an index range by walking it (1.8 s
 * for the biggest status of 100,000), so the chips must not re-count. Invariants:
 *  C1. Counted once per subscription, over the `[status, listNewest]` index, then maintained.
 *  C2. Maintained from the collection's change events (applyChanges), which carry the previous
 *      state of each document, from this tab, other tabs and the replication alike.
 *  C3. A count races with writes made while it runs (a first sync writes all the time): when
 *      changes arrived during a count, its result is published and a re-count follows once the
 *      collection has been quiet for QUIET_MS.
 */
export function statusCounts(c: RxCollection<Dossier>): Observable<StatusCounts> {
  return new Observable<StatusCounts>((subscriber) => {
    let counts: StatusCounts | undefined;
    let counting = false;
    let raced = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let closed = false;

    const count = async (): Promise<void> => {
      counting = true;
      raced = false;
      const values = await Promise.all(
        STATUS_CODES.map((status) =>
          countList(c, { index: ['status', 'listNewest'], selector: { status: { $eq: status } }, sort: [] }),
        ),
      );
      counting = false;
      if (closed) return;
      counts = Object.fromEntries(STATUS_CODES.map((s, i) => [s, values[i] ?? 0]));
      subscriber.next(counts); // C1
      if (raced) later(); // C3
    };
    const run = (): void => {
      count().catch((e: unknown) => subscriber.error(e));
    };
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(run, QUIET_MS);
    };

    const sub = c.eventBulks$.subscribe((bulk) => {
      if (counting) {
        raced = true;
        return;
      }
      if (counts === undefined) return;
      if (timer !== undefined && raced) later();
      counts = applyChanges(counts, bulk.events as Change[]); // C2
      subscriber.next(counts);
    });
    run();
    return () => {
      closed = true;
      clearTimeout(timer);
      sub.unsubscribe();
    };
  });
}
