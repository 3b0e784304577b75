import type Database from 'better-sqlite3';
import type { SyncDoc } from '../../sync/protocol';
import type { DossierReader, DossierScopeFields } from './dossier-reader';

/**
 * DossierReader over the sync storage's table (server/storage/sqlite-schema.ts), on another
 * connection: WAL lets it read the last committed state while the storage writes. The expression
 * indexes (partial: dossier rows only) make a lookup by code or by applicant one index probe;
 * queries must spell the indexed expressions and the `collection = 'dossiers'` term exactly as
 * below or SQLite will not use them (sqlite-dossier-reader.test.ts checks the plans).
 */
const INDEXES = `
CREATE INDEX IF NOT EXISTS sync_rows_dossier_code
  ON sync_rows (json_extract(doc, '$.code')) WHERE collection = 'dossiers';
CREATE INDEX IF NOT EXISTS sync_rows_dossier_applicant
  ON sync_rows (json_extract(doc, '$.applicant.citizenId')) WHERE collection = 'dossiers';
`;

/**
 * INDEXED BY: without statistics (a fresh or small database) SQLite may prefer walking the
 * `(collection, seq)` index for ORDER BY seq over probing the expression index — a full scan of
 * the dossiers. Naming the index makes the probe certain, and a statement that could not use it
 * fails when prepared instead of scanning quietly.
 */
export const BY_CODE_SQL = `SELECT doc FROM sync_rows INDEXED BY sync_rows_dossier_code
  WHERE collection = 'dossiers' AND json_extract(doc, '$.code') = ?`;
export const BY_APPLICANT_SQL = `SELECT doc FROM sync_rows INDEXED BY sync_rows_dossier_applicant
  WHERE collection = 'dossiers' AND json_extract(doc, '$.applicant.citizenId') = ? ORDER BY seq`;

const parse = (r: { doc: string }): SyncDoc => JSON.parse(r.doc) as SyncDoc;
const alive = (d: SyncDoc): boolean => d._deleted !== true;

export class SqliteDossierReader implements DossierReader {
  private readonly stmt;

  /**
   * `db` must hold the sync_rows table already (open the SqliteStorage first). `inPush` prepares
   * the W6 code lookup on the storage's own connection (SqliteStorage.prepareRead), so it sees the
   * dossiers written earlier in the same group commit; without it (tests of reads only) the
   * lookup uses `db` and sees committed rows.
   */
  constructor(
    db: Database.Database,
    inPush: (sql: string) => Database.Statement<[string], { doc: string }> = (sql) => db.prepare(sql),
  ) {
    db.exec(INDEXES);
    this.stmt = {
      codesInPush: inPush(BY_CODE_SQL),
      byCode: db.prepare<[string], { doc: string }>(BY_CODE_SQL),
      byApplicant: db.prepare<[string], { doc: string }>(BY_APPLICANT_SQL),
      events: db.prepare<[string], { doc: string }>(
        `SELECT doc FROM sync_rows WHERE collection = 'dossier_events' AND group_key = ? ORDER BY seq`,
      ),
      byId: db.prepare<[string], { doc: string }>(
        `SELECT doc FROM sync_rows WHERE collection = 'dossiers' AND id = ?`,
      ),
      first: db.prepare<[], { doc: string }>(
        `SELECT doc FROM sync_rows WHERE collection = 'dossiers' ORDER BY seq LIMIT 1`,
      ),
    };
  }

  byCode(code: string): Promise<SyncDoc | undefined> {
    const found = this.stmt.byCode.all(code).map(parse).find(alive);
    return Promise.resolve(found);
  }

  byApplicantCitizenId(citizenId: string): Promise<readonly SyncDoc[]> {
    return Promise.resolve(this.stmt.byApplicant.all(citizenId).map(parse).filter(alive));
  }

  eventsOf(dossierId: string): Promise<readonly SyncDoc[]> {
    return Promise.resolve(this.stmt.events.all(dossierId).map(parse).filter(alive));
  }

  idsWithCode(code: string): readonly string[] {
    return this.stmt.codesInPush
      .all(code)
      .map(parse)
      .filter(alive)
      .map((d) => d.id);
  }

  scopeOf(dossierId: string): DossierScopeFields | undefined {
    const r = this.stmt.byId.get(dossierId);
    if (r === undefined) return undefined;
    const d = parse(r);
    const { receivingPointId, field } = d;
    return typeof receivingPointId === 'string' && typeof field === 'string'
      ? { receivingPointId, field }
      : undefined;
  }

  /** Demo start-up only: the applicant of the first stored dossier becomes the demo citizen. */
  firstApplicantCitizenId(): string | undefined {
    const r = this.stmt.first.get();
    const applicant =
      r === undefined ? undefined : (parse(r)['applicant'] as { citizenId?: unknown } | undefined);
    return typeof applicant?.citizenId === 'string' ? applicant.citizenId : undefined;
  }
}
