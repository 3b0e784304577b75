import type { RxCollection, RxDocument } from 'rxdb';
import { auditTime, from, map, startWith, switchMap } from 'rxjs';
import type { Dossier, DossierId } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { MotcuaDatabase } from '../db';
import type { LatenessBounds, ListQuery } from '../dossiers/list/list-query';
import { countList, runList } from '../dossiers/list/run-list';
import type { RxQuery } from '../dossiers/rx-store';
import { inStoredOrder } from './stored-order';
import { latenessCountQueries, mergeByAppointment, WORK_LATENESS, type WorkLateness } from './work-queries';

/** How long the lists let a burst of writes (a sync) settle before reading again, as the list does. */
const REFRESH_MS = 250;
/** Counts walk index ranges: re-count less often. */
const COUNT_MS = 2_000;

const stored = (docs: readonly RxDocument<DossierEvent>[]): DossierEvent[] =>
  inStoredOrder(docs.map((d) => ({ event: d.toMutableJSON(), lwt: d.toMutableJSON(true)._meta.lwt })));

// A route param is an unchecked string: querying with it cannot create anything.
const byDossier = (db: MotcuaDatabase, id: string) =>
  db.dossier_events.find({ selector: { dossierId: id as DossierId } });

/** The dossier's events on this device in the order it replays them (stored-order.ts O1, O2). */
export const storedEventsOf =
  (dossierId: string): RxQuery<DossierEvent[]> =>
  (db) =>
    byDossier(db, dossierId).$.pipe(map(stored));

/** The same, read once: the write path re-reads the log right after appending to it. */
export const readStoredLog = async (db: MotcuaDatabase, dossierId: string): Promise<DossierEvent[]> =>
  stored(await byDossier(db, dossierId).exec());

async function runPages(c: RxCollection<Dossier>, queries: readonly ListQuery[], limit: number) {
  if (queries.length <= 1) return runList(c, queries, limit);
  return mergeByAppointment(await Promise.all(queries.map((q) => runList(c, [q], limit))), limit); // WQ2
}

/** A page of work-queries.ts queries, read again after the collection changes. */
export const workPage =
  (queries: readonly ListQuery[], limit: number): RxQuery<Dossier[]> =>
  (db) =>
    db.dossiers.eventBulks$.pipe(
      auditTime(REFRESH_MS),
      startWith(null),
      switchMap(() => from(runPages(db.dossiers, queries, limit))),
    );

export type LatenessCounts = Readonly<Record<WorkLateness, number>>;

async function countLateness(c: RxCollection<Dossier>, bounds: LatenessBounds): Promise<LatenessCounts> {
  const counts = await Promise.all(
    WORK_LATENESS.map(async (kind) => {
      const { range, minus } = latenessCountQueries(kind, bounds); // WQ4
      const [all = 0, ...off] = await Promise.all([range, ...minus].map((q) => countList(c, q)));
      return all - off.reduce((a, b) => a + b, 0);
    }),
  );
  return { late: counts[0] ?? 0, due_soon: counts[1] ?? 0 };
}

/** How many open dossiers on this device are late and due soon (work-queries.ts WQ2, WQ4). */
export const latenessCounts =
  (bounds: LatenessBounds): RxQuery<LatenessCounts> =>
  (db) =>
    db.dossiers.eventBulks$.pipe(
      auditTime(COUNT_MS),
      startWith(null),
      switchMap(() => from(countLateness(db.dossiers, bounds))),
    );
