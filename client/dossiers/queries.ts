import { auditTime, from, map, startWith, switchMap } from 'rxjs';
import type { Dossier, DossierId } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { CatalogueEntry } from '../../shared/schemas/catalogue-entry';
import type { ConflictRecord } from '../db/record-schemas';
import type { RxQuery } from './rx-store';
import { buildListQueries, type LatenessBounds, type ListFilter } from './list/list-query';
import { runList } from './list/run-list';
import { statusCounts, type StatusCounts } from './list/status-counts';

/**
 * The dossier screens' RxDB queries, each served by an index of client/db/schemas.ts: RxDB
 * sorts in the storage only on indexed fields, which keeps the list fast as the collection grows.
 */

/** Rows per page of the list; "more" asks for the next 50 (limit = pages × 50). */
export const LIST_LIMIT = 50;

/** How long the list lets writes settle before it re-reads its page (a sync writes in bursts). */
const REFRESH_MS = 250;

/**
 * The dossier list (issue 6, 100,000 dossiers): the first `limit` rows of the filter, read from
 * the storage's indexes (list/list-query.ts Q1), read again after the collection changes.
 */
export const listPage =
  (filter: ListFilter, bounds: LatenessBounds | undefined, limit: number): RxQuery<Dossier[]> =>
  (db) => {
    const queries = buildListQueries(filter, bounds);
    return db.dossiers.eventBulks$.pipe(
      auditTime(REFRESH_MS),
      startWith(null),
      switchMap(() => from(runList(db.dossiers, queries, limit))),
    );
  };

/** Newest first, first page, no filter. */
export const recentDossiers: RxQuery<Dossier[]> = listPage({}, undefined, LIST_LIMIT);

/** Dossiers per status for the filter chips, counted once and maintained (list/status-counts.ts). */
export const dossierStatusCounts: RxQuery<StatusCounts> = (db) => statusCounts(db.dossiers);

export const dossierById =
  (id: string): RxQuery<Dossier | null> =>
  (db) =>
    db.dossiers.findOne(id).$.pipe(map((doc) => doc?.toMutableJSON() ?? null));

export const eventsOf =
  (dossierId: string): RxQuery<DossierEvent[]> =>
  (db) =>
    db.dossier_events
      // A route param is an unchecked string: querying with it cannot create anything.
      .find({ selector: { dossierId: dossierId as DossierId }, sort: [{ at: 'asc' }] })
      .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));

/** Open records about this document; conflicts.ts narrows to the dossiers collection (R4). */
export const openConflictRecordsOf =
  (docId: string): RxQuery<ConflictRecord[]> =>
  (db) =>
    db.conflicts
      .find({ selector: { docId, status: 'open' } })
      .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));

/** The whole catalogue: ~70 small documents (procedures, service points, calendars). */
export const catalogueEntries: RxQuery<CatalogueEntry[]> = (db) =>
  db.catalogue.find().$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));
