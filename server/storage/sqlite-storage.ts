import Database from 'better-sqlite3';
import type { MergeMeta } from '../../sync/engine/merge-meta.ts';
import type { SyncDoc } from '../../sync/protocol.ts';
import type {
  PulledRow,
  PullQuery,
  RowInput,
  StoredRow,
  SyncStorage,
  SyncTransaction,
} from '../../sync/storage.ts';
import { SQLITE_SCHEMA } from './sqlite-schema.ts';

/**
 * SyncStorage on SQLite (better-sqlite3), the default for one center. How it keeps the
 * invariants of sync/storage.ts:
 *  1. seq: one counter row, bumped by `UPDATE … RETURNING` inside the write transaction; the
 *     transaction holds SQLite's single write lock, so commit order is seq order (SEQ3).
 *  2. All-or-nothing: BEGIN IMMEDIATE … COMMIT, ROLLBACK (to the transaction's savepoint, see 5)
 *     when `fn` throws.
 *  3. better-sqlite3 is synchronous but `fn` is async, so transactions and pulls go through one
 *     promise queue on the one connection: no pull can read a transaction's uncommitted rows,
 *     and transactions never interleave (serialisable).
 *  4. Durable before acknowledged (SEQ4): WAL with synchronous = FULL fsyncs the WAL at every
 *     commit. NORMAL would be faster but can lose the last commits on power loss — commits whose
 *     pushes the devices were already told succeeded, so they would never push them again.
 *  5. Group commit: transactions that wait while the connection is busy share one COMMIT (and
 *     one fsync), each in its own savepoint (commitGroup).
 */
interface Row {
  collection: string;
  id: string;
  seq: number;
  scope_key: string;
  group_key: string | null;
  meta: string;
  doc: string;
}

type PullRowData = Omit<Row, 'meta'>;
const PULL_COLUMNS = 'collection, id, seq, scope_key, group_key, doc';

const toPulled = (r: PullRowData): PulledRow => ({
  collection: r.collection,
  id: r.id,
  seq: r.seq,
  scopeKey: r.scope_key,
  groupKey: r.group_key,
  doc: JSON.parse(r.doc) as SyncDoc,
});

const toStored = (r: Row): StoredRow => ({
  collection: r.collection,
  id: r.id,
  seq: r.seq,
  scopeKey: r.scope_key,
  groupKey: r.group_key,
  meta: JSON.parse(r.meta) as MergeMeta,
  doc: JSON.parse(r.doc) as SyncDoc,
});

interface Job<T> {
  readonly fn: (tx: SyncTransaction) => Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (reason: unknown) => void;
}

/** Enough to share one fsync among a burst of pushes, few enough to keep pulls waiting briefly. */
const MAX_GROUP = 64;

export class SqliteStorage implements SyncStorage {
  private readonly db: Database.Database;
  private readonly stmt;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Transactions waiting for the connection: the next group commit (invariant 5). */
  private waiting: Job<unknown>[] = [];

  /** `path`: a file (or ':memory:' for a throwaway database that cannot be reopened). */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL'); // invariant 4
    this.db.pragma('foreign_keys = ON');
    this.db.exec(SQLITE_SCHEMA);
    const db = this.db;
    this.stmt = {
      nextSeq: db.prepare<[], { seq: number }>(
        'UPDATE sync_head SET seq = seq + 1 WHERE one = 1 RETURNING seq',
      ),
      get: db.prepare<[string, string], Row>('SELECT * FROM sync_rows WHERE collection = ? AND id = ?'),
      group: db.prepare<[string, string], Row>(
        'SELECT * FROM sync_rows WHERE collection = ? AND group_key = ? ORDER BY seq',
      ),
      upsert: db.prepare<[string, string, number, string, string | null, string, string]>(
        `INSERT INTO sync_rows (collection, id, seq, scope_key, group_key, meta, doc) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq, scope_key = excluded.scope_key,
           group_key = excluded.group_key, meta = excluded.meta, doc = excluded.doc`,
      ),
      setMeta: db.prepare<[string, string, string]>(
        'UPDATE sync_rows SET meta = ? WHERE collection = ? AND id = ?',
      ),
      // Pulls leave `meta` (the merge bookkeeping) unread and unparsed: only pushes need it.
      pullAll: db.prepare<[string, number, number], PullRowData>(
        `SELECT ${PULL_COLUMNS} FROM sync_rows WHERE collection = ? AND seq > ? ORDER BY seq LIMIT ?`,
      ),
      pullKeys: db.prepare<[string, number, string, number], PullRowData>(
        `SELECT ${PULL_COLUMNS} FROM sync_rows WHERE collection = ? AND seq > ?
           AND scope_key IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?`,
      ),
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT push'),
      release: db.prepare('RELEASE push'),
      rollbackTo: db.prepare('ROLLBACK TO push'),
    };
  }

  transact<T>(fn: (tx: SyncTransaction) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ fn, resolve, reject } as Job<unknown>);
      if (this.waiting.length === 1) this.scheduleGroup();
    });
  }

  /**
   * The group starts on the next turn of the event loop (setImmediate), after the I/O callbacks
   * already due: the other requests that arrived meanwhile queue their transactions first. A
   * group runs without yielding (better-sqlite3 is synchronous), so starting at once would
   * commit nearly every push alone.
   */
  private scheduleGroup(): void {
    setImmediate(() => {
      // Rejected only when the storage closed before the group ran: nothing will run them.
      this.enqueue(() => this.commitGroup()).catch((e: unknown) => {
        for (const job of this.waiting.splice(0)) job.reject(e);
      });
    });
  }

  /**
   * Invariant 5 (group commit): the transactions waiting when the connection is free run in one
   * SQLite transaction, each inside its own savepoint, and are answered only after the one COMMIT
   * (one fsync for all of them, durable before acknowledged). A throwing `fn` is rolled back to
   * its savepoint and fails alone (invariant 2); a failed COMMIT fails them all.
   */
  private async commitGroup(): Promise<void> {
    const group = this.waiting.splice(0, MAX_GROUP);
    if (this.waiting.length > 0) this.scheduleGroup();
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      this.stmt.begin.run();
      for (const job of group) {
        this.stmt.savepoint.run();
        try {
          outcomes.push({ ok: true, value: await job.fn(this.tx()) });
          this.stmt.release.run();
        } catch (e) {
          this.stmt.rollbackTo.run(); // invariant 2
          this.stmt.release.run();
          outcomes.push({ ok: false, value: e });
        }
      }
      this.stmt.commit.run();
    } catch (e) {
      if (this.db.inTransaction) this.stmt.rollback.run();
      for (const job of group) job.reject(e);
      return;
    }
    group.forEach((job, i) => {
      const o = outcomes[i];
      if (o?.ok === true) job.resolve(o.value);
      else job.reject(o?.value);
    });
  }

  pull(q: PullQuery): Promise<readonly PulledRow[]> {
    return this.enqueue(() => {
      const rows =
        q.scopeKeys === 'all'
          ? this.stmt.pullAll.all(q.collection, q.afterSeq, q.limit)
          : this.stmt.pullKeys.all(q.collection, q.afterSeq, JSON.stringify(q.scopeKeys), q.limit);
      return Promise.resolve(rows.map(toPulled));
    });
  }

  close(): Promise<void> {
    return this.enqueue(() => {
      this.closed = true;
      this.db.pragma('optimize'); // keeps the planner's statistics for the scope index current
      this.db.close();
      return Promise.resolve();
    });
  }

  private tx(): SyncTransaction {
    const s = this.stmt;
    return {
      get: (collection, ids) => {
        const out = new Map<string, StoredRow>();
        for (const id of ids) {
          const r = s.get.get(collection, id);
          if (r !== undefined) out.set(id, toStored(r));
        }
        return Promise.resolve(out);
      },
      group: (collection, groupKey) => Promise.resolve(s.group.all(collection, groupKey).map(toStored)),
      put: (rows: readonly RowInput[]) =>
        Promise.resolve(
          rows.map((r) => {
            const head = s.nextSeq.get();
            if (head === undefined) throw new Error('sync_head row missing');
            s.upsert.run(
              r.collection,
              r.id,
              head.seq,
              r.scopeKey,
              r.groupKey,
              JSON.stringify(r.meta),
              JSON.stringify(r.doc),
            );
            return { ...r, seq: head.seq };
          }),
        ),
      setMeta: (collection, id, meta) => {
        s.setMeta.run(JSON.stringify(meta), collection, id);
        return Promise.resolve();
      },
    };
  }

  /** Invariant 3: one operation at a time on the connection. */
  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = (): Promise<T> => (this.closed ? Promise.reject(new Error('storage closed')) : op());
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
