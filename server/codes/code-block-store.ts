import type Database from 'better-sqlite3';
import { assignHomeBlock, leaseBlock } from '../../shared/dossier-code/leases';
import type { BlockGrant } from '../../shared/dossier-code/blocks-api';

/**
 * Which device (session) owns which block of a receiving unit's serial space, on which days
 * (shared/dossier-code/scheme.ts, blocks-api.ts G1/G2). Own table in the accounts connection's
 * database file. Invariants:
 *  CB1. For a unit, no two rows with the same block have overlapping [first_day, last_day]:
 *       every grant is chosen and recorded in one IMMEDIATE transaction (SQLite's write lock), so
 *       two requests, even on two connections, cannot both see a block free.
 *  CB2. A live home block (last_day ≥ today) is taken on EVERY day from today on, not only up to
 *       its last_day, because each call renews it (G1): so a lease never lands on a day a home
 *       block may later be renewed into, and renewing needs no check.
 *  CB3. Block 0 is never granted: it is the home block of the demo generator and of any import
 *       made server-side (shared/demo/generate.ts), and blocks already used by codes the server
 *       stores for (unit, day) are skipped too (the generator leases from the top on busy days).
 *  CB4. A home block that ran out (last_day < today) can go to another device from today on: its
 *       former owner could issue with it only up to last_day (device-blocks.ts DB1).
 *  CB5. A session holds at most MAX_LEASES_PER_DAY leases for one day, so one device cannot drain
 *       a unit's spare blocks.
 */
export const CODE_BLOCKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS code_blocks (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_code  TEXT NOT NULL,
  block      INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('home', 'lease')),
  session_id TEXT NOT NULL,
  first_day  TEXT NOT NULL,
  last_day   TEXT NOT NULL,
  granted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS code_blocks_by_unit ON code_blocks (unit_code, last_day);
CREATE INDEX IF NOT EXISTS code_blocks_by_session ON code_blocks (session_id, unit_code);
`;

export const RESERVED_BLOCKS: readonly number[] = [0]; // CB3
export const MAX_LEASES_PER_DAY = 4; // CB5

/** Blocks used by codes the server already stores for (unit, day) (CB3). */
export type StoredBlocks = (unitCode: string, day: string) => readonly number[];

export interface GrantRequest {
  readonly sessionId: string;
  readonly unitCode: string;
  /** Today in Asia/Ho_Chi_Minh, YYMMDD. */
  readonly today: string;
  /** Last day of the session's offline period: the home block's last_day (G1). */
  readonly homeUntil: string;
  /** Days (today or later) to lease one more block for. */
  readonly spareDays: readonly string[];
  readonly at: string;
}

interface Row {
  readonly block: number;
  readonly kind: 'home' | 'lease';
  readonly session_id: string;
  readonly first_day: string;
  readonly last_day: string;
}

const toGrant = (r: Row): BlockGrant => ({
  kind: r.kind,
  block: r.block,
  firstDay: r.first_day,
  lastDay: r.last_day,
});

export class CodeBlockStore {
  private readonly stmt;
  private readonly grantTx;

  constructor(
    db: Database.Database,
    private readonly storedBlocks: StoredBlocks = () => [],
  ) {
    db.exec(CODE_BLOCKS_SCHEMA);
    this.stmt = {
      live: db.prepare<[string, string], Row>(
        `SELECT block, kind, session_id, first_day, last_day FROM code_blocks WHERE unit_code = ? AND last_day >= ? ORDER BY id`,
      ),
      insert: db.prepare<[string, number, string, string, string, string, string]>(
        `INSERT INTO code_blocks (unit_code, block, kind, session_id, first_day, last_day, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      renew: db.prepare<[string, string, string, string, string]>(
        `UPDATE code_blocks SET last_day = ? WHERE unit_code = ? AND session_id = ? AND kind = 'home' AND last_day >= ? AND last_day < ?`,
      ),
    };
    this.grantTx = db.transaction((req: GrantRequest) => this.grantIn(req));
  }

  /**
   * The session's home block for the unit (renewed, or assigned when it has none live) plus one
   * more lease for each of `spareDays`, then every grant of the session usable today or later.
   * A unit with all blocks taken simply yields fewer grants: the device then says it has none.
   */
  grant(req: GrantRequest): BlockGrant[] {
    return this.grantTx.immediate(req); // CB1
  }

  private grantIn(req: GrantRequest): BlockGrant[] {
    const { unitCode, sessionId, today } = req;
    const mine = (rows: readonly Row[]) => rows.filter((r) => r.session_id === sessionId);
    let rows = this.stmt.live.all(unitCode, today);
    const homeUntil = req.homeUntil < today ? today : req.homeUntil;
    if (mine(rows).some((r) => r.kind === 'home')) {
      this.stmt.renew.run(homeUntil, unitCode, sessionId, today, homeUntil); // G1
    } else {
      const taken = [
        ...RESERVED_BLOCKS,
        ...rows.map((r) => r.block), // CB2: live homes, and leases of today or later
        ...this.storedBlocks(unitCode, today),
      ];
      const block = assignHomeBlock(taken);
      if (block !== null) this.stmt.insert.run(unitCode, block, 'home', sessionId, today, homeUntil, req.at);
    }
    for (const day of new Set(req.spareDays)) {
      if (day < today) continue;
      rows = this.stmt.live.all(unitCode, today);
      if (mine(rows).filter((r) => r.kind === 'lease' && r.first_day === day).length >= MAX_LEASES_PER_DAY)
        continue; // CB5
      const homes = rows.filter((r) => r.kind === 'home').map((r) => r.block); // CB2
      const leased = rows.filter((r) => r.kind === 'lease' && r.first_day === day).map((r) => r.block);
      const block = leaseBlock([...RESERVED_BLOCKS, ...homes, ...this.storedBlocks(unitCode, day)], leased);
      if (block !== null) this.stmt.insert.run(unitCode, block, 'lease', sessionId, day, day, req.at);
    }
    return mine(this.stmt.live.all(unitCode, today)).map(toGrant);
  }
}
