import type { RxCollection } from 'rxdb';
import { Observable } from 'rxjs';
import { STATUS_CODES } from '../../../shared/status/statuses';
import type { Dossier } from '../../../shared/schemas/dossier';
import { statusTallyOf } from '../../db/status-tally-storage';
import type { StatusTally, Stored, TallyDoc } from '../../db/status-tally';
import { writerLiveness } from '../../db/writer-liveness';
import { countList } from './run-list';

export type StatusCounts = Readonly<Record<number, number>>;

const QUIET_MS = 2_000;

const complete = (counts: Readonly<Record<string, number>>): StatusCounts =>
  Object.fromEntries(STATUS_CODES.map((s) => [s, counts[String(s)] ?? 0]));

/** Pending tokens whose writer is no longer alive (status-tally.ts T2). */
async function deadTokens(pending: TallyDoc['pending']): Promise<string[]> {
  const writers = [...new Set(Object.values(pending))];
  if (writers.length === 0) return [];
  const alive = await writerLiveness.alive(writers);
  return Object.entries(pending).flatMap(([token, writer]) => (alive.has(writer) ? [] : [token]));
}

const countAll = async (c: RxCollection<Dossier>): Promise<Record<string, number>> => {
  const values = await Promise.all(
    STATUS_CODES.map((status) =>
      countList(c, { index: ['status', 'listNewest'], selector: { status: { $eq: status } }, sort: [] }),
    ),
  );
  return Object.fromEntries(STATUS_CODES.map((s, i) => [String(s), values[i] ?? 0]));
};

/**
 * Dossiers per status for the filter chips, read from the storage's status tally
 * (db/status-tally.ts) instead of counted, so opening the list costs one small read however many
 * dossiers the device holds. Invariants:
 *  C1. Every tally state written, by this tab or another, is published when it is known.
 *  C2. When the tally is unknown (a storage older than the tally) or holds a dead writer's token
 *      (a tab crashed mid-write), the chips count the index once (slow, Chromium walks it),
 *      publish that count and commit it to the tally (T3).
 *  C3. A recount the tally refused (it raced a write, or a living writer was pending) is retried
 *      once the tally has been quiet for QUIET_MS; meanwhile the racy count is shown.
 */
export function statusCounts(c: RxCollection<Dossier>): Observable<StatusCounts> {
  const tally: StatusTally | undefined = statusTallyOf(c.database.token, c.schema.version);
  if (tally === undefined) throw new Error('the dossiers storage has no status tally (withStatusTally)');
  return new Observable<StatusCounts>((subscriber) => {
    let closed = false;
    let recounting = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    let height = 0;

    const publish = (counts: Readonly<Record<string, number>>): void => {
      const next = complete(counts);
      const key = JSON.stringify(next);
      if (closed || key === last) return;
      last = key;
      subscriber.next(next);
    };

    const recount = async (): Promise<void> => {
      if (recounting) {
        again = true;
        return;
      }
      recounting = true;
      const base = await tally.read();
      const pending = base?.pending ?? {};
      const dead = await deadTokens(pending);
      const living = Object.keys(pending).length > dead.length;
      if (base?.known === true && dead.length === 0) {
        // Another tab's recount (or the writers) settled it while this one waited (C3).
        recounting = false;
        again = false;
        publish(base.counts);
        return;
      }
      const counts = await countAll(c);
      publish(counts);
      const stored = !living && (await tally.commitRecount(base, counts, dead)); // T3
      recounting = false;
      if (closed) return;
      if (!stored || again) later(); // C3
      again = false;
    };
    const run = (): void => {
      recount().catch((e: unknown) => subscriber.error(e));
    };
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(run, QUIET_MS);
    };

    const seen = async (doc: Stored | undefined): Promise<void> => {
      const h = doc === undefined ? 0 : parseInt(doc._rev, 10);
      if (h < height) return; // an older state than one already seen (the first read is slower)
      height = h;
      if (doc?.known === true) publish(doc.counts); // C1
      const needsCount = doc?.known !== true || (await deadTokens(doc.pending)).length > 0;
      if (needsCount) {
        if (timer === undefined && !recounting)
          run(); // C2
        else later(); // C3
      } else {
        clearTimeout(timer);
        timer = undefined;
      }
    };
    const fail = (e: unknown): void => subscriber.error(e);

    const sub = tally.changes().subscribe((doc) => void seen(doc).catch(fail));
    tally
      .read()
      .then((doc) => seen(doc))
      .catch(fail);
    return () => {
      closed = true;
      clearTimeout(timer);
      sub.unsubscribe();
    };
  });
}
