import { map } from 'rxjs';
import type { Dossier, DossierId } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { CatalogueEntry } from '../../shared/schemas/catalogue-entry';
import type { ConflictRecord } from '../db/record-schemas';
import type { RxQuery } from './rx-store';

/**
 * The dossier screens' RxDB queries, each served by an index of client/db/schemas.ts: RxDB
 * sorts in the storage only on indexed fields, which keeps the list fast as the collection grows.
 */

/** Newest first, first page only: the 100k-scale list (paging, filters) comes later. */
export const LIST_LIMIT = 50;

export const recentDossiers: RxQuery<Dossier[]> = (db) =>
  db.dossiers
    .find({ sort: [{ receivedAt: 'desc' }], limit: LIST_LIMIT })
    .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));

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
