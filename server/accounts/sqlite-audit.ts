import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry, AuditLog, AuditOutcome } from './stores';

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  action: string;
  target: string;
  outcome: string;
}

export class SqliteAuditLog implements AuditLog {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      insert: db.prepare<[string, string | null, string, string, string]>(
        'INSERT INTO audit (at, actor_id, action, target, outcome) VALUES (?, ?, ?, ?, ?)',
      ),
      page: db.prepare<[number, number], AuditRow>(
        'SELECT * FROM audit WHERE id < ? ORDER BY id DESC LIMIT ?',
      ),
    };
  }

  record(e: Omit<AuditEntry, 'id'>): Promise<void> {
    this.stmt.insert.run(e.at, e.actorId, e.action, e.target, e.outcome);
    return Promise.resolve();
  }

  list(query: { readonly limit: number; readonly before?: number }): Promise<readonly AuditEntry[]> {
    const rows = this.stmt.page.all(query.before ?? Number.MAX_SAFE_INTEGER, query.limit);
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorId: r.actor_id,
        action: r.action as AuditAction,
        target: r.target,
        outcome: r.outcome as AuditOutcome,
      })),
    );
  }
}
