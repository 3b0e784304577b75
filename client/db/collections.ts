import type { RxCollection, RxCollectionCreator, RxDatabase } from 'rxdb';
import type { Dossier } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { QueueTicket } from '../../shared/schemas/queue-ticket';
import type { CatalogueEntry } from '../../shared/schemas/catalogue-entry';
import { serverMergeConflictHandler } from './conflict-handler';
import { MIGRATIONS } from './migrations';
import type { CollectionName } from './names';
import type { ConflictRecord, ReviewRecord } from './record-schemas';
import {
  catalogueRxSchema,
  conflictRxSchema,
  dossierEventRxSchema,
  dossierRxSchema,
  queueTicketRxSchema,
  reviewRxSchema,
} from './schemas';

/** Document type of each collection. */
export interface DocTypes {
  dossiers: Dossier;
  dossier_events: DossierEvent;
  queue_tickets: QueueTicket;
  catalogue: CatalogueEntry;
  conflicts: ConflictRecord;
  review: ReviewRecord;
}

export type MotcuaCollections = { [K in CollectionName]: RxCollection<DocTypes[K]> };
export type MotcuaDatabase = RxDatabase<MotcuaCollections>;

const creator = <K extends CollectionName>(
  name: K,
  schema: RxCollectionCreator<DocTypes[K]>['schema'],
): RxCollectionCreator<DocTypes[K]> => ({
  schema,
  migrationStrategies: MIGRATIONS[name],
  // Every collection replicates against a server that merges (SPEC PUSH5).
  conflictHandler: serverMergeConflictHandler<DocTypes[K]>(),
});

export const collectionCreators = (): { [K in CollectionName]: RxCollectionCreator<DocTypes[K]> } => ({
  dossiers: creator('dossiers', dossierRxSchema),
  dossier_events: creator('dossier_events', dossierEventRxSchema),
  queue_tickets: creator('queue_tickets', queueTicketRxSchema),
  catalogue: creator('catalogue', catalogueRxSchema),
  conflicts: creator('conflicts', conflictRxSchema),
  review: creator('review', reviewRxSchema),
});
