import type { SyncDoc } from '../../sync/protocol';

/**
 * Reads of stored dossiers outside the sync protocol: lookups by code (officers, the public) and
 * by applicant (a citizen's own dossiers). Behind an interface so a PostgreSQL adapter can serve
 * the same reads; the SQLite one uses expression indexes on the sync rows (sqlite-dossier-reader.ts).
 * Documents come back as stored; callers decide what of them may leave the server.
 */
export interface DossierScopeFields {
  readonly receivingPointId: string;
  readonly field: string;
}

export interface DossierReader {
  byCode(code: string): Promise<SyncDoc | undefined>;
  byApplicantCitizenId(citizenId: string): Promise<readonly SyncDoc[]>;
  /** The dossier's accepted events (refused ones are tombstones, EVT3) in server order. */
  eventsOf(dossierId: string): Promise<readonly SyncDoc[]>;
  /**
   * The scope fields of a stored dossier, synchronously: SyncScope.canWrite is synchronous and
   * checks every event against its dossier (DossierEventSchema E4). An adapter without
   * synchronous reads keeps an in-memory map of id → fields, fed by its own writes.
   */
  scopeOf(dossierId: string): DossierScopeFields | undefined;
  /** Ids of the live dossiers holding `code`, synchronously (canWrite: codes stay unique). */
  idsWithCode(code: string): readonly string[];
}
