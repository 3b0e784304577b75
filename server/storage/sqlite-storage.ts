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
import { SharedRowCache } from './shared-row-cache.ts';
import { WalCheckpointer } from './wal-checkpointer.ts';
import { durableAtCommit, WalSync, type Durability, type Fsync } from './wal-sync.ts';
import { SQLITE_SCHEMA } from './sqlite-schema.ts';
import type { CollectionStatements, Row } from './sqlite-collection-statements.ts';
import { prepareCollectionStatements } from './sqlite-collection-statements.ts';

/**
 * SyncStorage on SQLite (better-sqlite3), the default for one center. How it keeps the
 * invariants of sync/storage.ts:
 *  1. seq: one counter row, read at BEGIN of a group commit (5), counted up in memory as rows are
 *     put and written back once before its COMMIT (a statement per group, not per row); the
 *     transaction holds SQLite's single write lock, so commit order is seq order (SEQ3). A push
 *     rolled back to its savepoint gives its numbers back; a failed COMMIT discards the counter.
 *  2. All-or-nothing: BEGIN IMMEDIATE … COMMIT, ROLLBACK (to the transaction's savepoint, see 5)
 *     when `fn` throws.
 *  3. better-sqlite3 is synchronous but `fn` is async, so transactions and pulls go through one
 *     promise queue on the one connection: no pull can read a transaction's uncommitted rows,
 *     and transactions never interleave (serialisable).
 *  4. Durable before acknowledged (SEQ4): a transaction resolves only once its COMMIT is on disk,
 *     and pulls return no row above the highest durable seq (a row a device pulled and the disk
 *     then lost would leave its checkpoint past a seq handed out again). Without a checkpoint
 *     thread: synchronous = FULL, the WAL fsynced inside every COMMIT. With one (`checkpointWorker`,
 *     the built server): synchronous = NORMAL with no checkpoints of its own, so a COMMIT does not
 *     fsync; the WAL is fsynced on libuv's pool after the COMMIT (wal-sync.ts) while the next
 *     group commit may already run, and checkpoints run on that thread (wal-checkpointer.ts).
 *     NORMAL, not OFF: the writer still syncs the WAL header when it restarts the WAL, before
 *     frames overwrite old ones (else a power loss could replay stale frames over newer pages).
 *     On a stopped thread it returns to FULL and in-line checkpoints. A failed fsync is reported
 *     to `onDiskFailure` (the server stops: see wal-sync.ts invariant 4). NORMAL without that
 *     fsync after COMMIT would lose the last commits on power loss — commits whose pushes the
 *     devices were already told succeeded, so they would never push them again.
 *  5. Group commit: transactions that wait while the connection is busy share one COMMIT (and
 *     one fsync), each in its own savepoint (commitGroup).
 *  6. A page cache of CACHE_KIB: the default 2 MB holds ~500 pages, far fewer than the index pages
 *     a burst of pushes touches. It changes only how often pages are read, not what a commit
 *     writes or when it syncs.
 *  7. Rows read `shared` (the catalogue entries and the work calendar, ~18 kB, that every dossier
 *     push reads for its projection, EVT6) are kept parsed between transactions; reading one again
 *     costs an index probe that compares its seq, and its text is copied and parsed only when it
 *     changed (shared-row-cache.ts). A savepoint rollback or a failed COMMIT empties that cache,
 *     since the seqs they used are handed out again.
 *  8. The push path's reads name their collection as a literal, one set of statements per
 *     collection (sqlite-collection-statements.ts): a bound `collection = ?` made SQLite prepare
 *     them again at every run once partial indexes exist (the dossier reader's).
 */

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

/** Invariant 6: per connection; one connection holds the sync rows. */
const CACHE_KIB = 64 * 1024;

/** Invariant 7: how many shared rows are kept parsed between transactions. */
const SHARED_ROWS = 256;

/** Enough to share one fsync among a burst of pushes, few enough to keep pulls waiting briefly. */
const MAX_GROUP = 64;

/** SQLite's own threshold is 1,000 pages; off the writer's thread a longer WAL costs it nothing. */
const RESTART_FRAMES = 4_000;
const CHECKPOINT_EVERY_MS = 100;

export interface SqliteStorageOptions {
  /** The built checkpoint-worker module: checkpoints and WAL fsyncs leave the writer's thread. */
  readonly checkpointWorker?: URL;
  /** Where checkpoint-thread trouble is told. */
  readonly log?: (line: string) => void;
  /** A WAL fsync failed: nothing can be acknowledged any more (the server stops). */
  readonly onDiskFailure?: (e: Error) => void;
  /** Tests: the WAL's fsync, the WAL length that calls for a restart, how often to checkpoint. */
  readonly fsync?: Fsync;
  readonly restartFrames?: number;
  readonly checkpointEveryMs?: number;
  readonly onPaused?: (log: number, checkpointed: number) => void;
}

export class SqliteStorage implements SyncStorage {
  private readonly db: Database.Database;
  private readonly stmt;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Transactions waiting for the connection: the next group commit (invariant 5). */
  private waiting: Job<unknown>[] = [];
  private readonly shared = new SharedRowCache(SHARED_ROWS);
  /** Invariant 8: the push path's statements, per collection. */
  private readonly byCollection = new Map<string, CollectionStatements>();

  private readonly durability: Durability;
  private readonly checkpointer: WalCheckpointer | null = null;

  /** `path`: a file (or ':memory:' for a throwaway database that cannot be reopened). */
  constructor(path: string, opts: SqliteStorageOptions = {}) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL'); // invariant 4
    this.db.pragma('foreign_keys = ON');
    this.db.pragma(`cache_size = -${CACHE_KIB}`); // invariant 6
    this.db.exec(SQLITE_SCHEMA);
    const db = this.db;
    this.stmt = {
      head: db.prepare<[], { seq: number }>('SELECT seq FROM sync_head WHERE one = 1'),
      setHead: db.prepare<[number]>('UPDATE sync_head SET seq = ? WHERE one = 1'),
      upsert: db.prepare<[string, string, number, string, string | null, string, string]>(
        `INSERT INTO sync_rows (collection, id, seq, scope_key, group_key, meta, doc) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (collection, id) DO UPDATE SET seq = excluded.seq, scope_key = excluded.scope_key,
           group_key = excluded.group_key, meta = excluded.meta, doc = excluded.doc`,
      ),
      // Pulls leave `meta` (the merge bookkeeping) unread and unparsed: only pushes need it.
      // Invariant 4: rows up to the durable seq only.
      pullAll: db.prepare<[string, number, number, number], PullRowData>(
        `SELECT ${PULL_COLUMNS} FROM sync_rows WHERE collection = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?`,
      ),
      pullKeys: db.prepare<[string, number, number, string, number], PullRowData>(
        `SELECT ${PULL_COLUMNS} FROM sync_rows WHERE collection = ? AND seq > ? AND seq <= ?
           AND scope_key IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?`,
      ),
      begin: db.prepare('BEGIN IMMEDIATE'),
      commit: db.prepare('COMMIT'),
      rollback: db.prepare('ROLLBACK'),
      savepoint: db.prepare('SAVEPOINT push'),
      release: db.prepare('RELEASE push'),
      rollbackTo: db.prepare('ROLLBACK TO push'),
    };
    const head = this.stmt.head.get()?.seq ?? 0;
    const worker = path === ':memory:' ? undefined : opts.checkpointWorker;
    // Invariant 4: first the WAL and its directory are flushed (WalSync), then COMMIT stops syncing.
    this.durability =
      worker === undefined
        ? durableAtCommit(head)
        : new WalSync(`${path}-wal`, head, opts.fsync, opts.onDiskFailure);
    if (worker !== undefined) {
      this.db.pragma('wal_autocheckpoint = 0');
      this.db.pragma('synchronous = NORMAL');
      const log = opts.log ?? (() => undefined);
      this.checkpointer = new WalCheckpointer({
        url: worker,
        path,
        restartFrames: opts.restartFrames ?? RESTART_FRAMES,
        everyMs: opts.checkpointEveryMs ?? CHECKPOINT_EVERY_MS,
        pause: () => this.pause(),
        onFail: (why) => {
          log(`checkpoint thread stopped (${why}); the writer checkpoints and syncs on its own again`);
          // Between transactions: SQLite refuses to change the safety level inside one.
          this.enqueue(() => {
            this.db.pragma('synchronous = FULL');
            this.db.pragma('wal_autocheckpoint = 1000');
            return Promise.resolve();
          }).catch(() => undefined); // closed meanwhile
        },
        ...(opts.onPaused === undefined ? {} : { onPaused: opts.onPaused }),
      });
    }
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
   * SQLite transaction, each inside its own savepoint, and are answered only once the one COMMIT
   * is durable (one fsync for all of them, invariant 4). A throwing `fn` is rolled back to
   * its savepoint and fails alone (invariant 2); a failed COMMIT fails them all.
   */
  private async commitGroup(): Promise<void> {
    const group = this.waiting.splice(0, MAX_GROUP);
    if (this.waiting.length > 0) this.scheduleGroup();
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const seq = { last: 0 }; // invariant 1: the group's counter, stored once at the end
    try {
      this.stmt.begin.run();
      const head = this.stmt.head.get();
      if (head === undefined) throw new Error('sync_head row missing');
      seq.last = head.seq;
      for (const job of group) {
        const before = seq.last;
        this.stmt.savepoint.run();
        try {
          outcomes.push({ ok: true, value: await job.fn(this.tx(seq)) });
          this.stmt.release.run();
        } catch (e) {
          this.stmt.rollbackTo.run(); // invariant 2
          this.stmt.release.run();
          this.shared.clear(); // invariant 7: its seqs are handed out again
          seq.last = before; // its rows are gone, and so are their numbers
          outcomes.push({ ok: false, value: e });
        }
      }
      if (seq.last !== head.seq) this.stmt.setHead.run(seq.last);
      this.stmt.commit.run();
    } catch (e) {
      if (this.db.inTransaction) this.stmt.rollback.run();
      this.shared.clear();
      for (const job of group) job.reject(e);
      return;
    }
    // Invariant 4: answered once durable; the next group need not wait for that.
    const durable = this.durability.committed(seq.last);
    group.forEach((job, i) => {
      const o = outcomes[i];
      if (o?.ok === true) durable.then(() => job.resolve(o.value), job.reject);
      else job.reject(o?.value);
    });
    durable.catch(() => undefined); // each job has its own handler
  }

  /** Holds the queue (no transaction or pull runs) until the returned function is called. */
  private pause(): Promise<() => void> {
    return new Promise((paused, refused) => {
      this.enqueue(() => new Promise<void>((release) => paused(release))).catch(refused);
    });
  }

  /**
   * Whether checkpoints run on their own thread: other connections to the same file should then
   * leave them to it (wal_autocheckpoint = 0), or they copy pages on the event loop whenever they
   * commit while the WAL holds over 1,000 frames, as it often does. Should the thread stop, this
   * writer checkpoints in-line again, which keeps the WAL short while the sync writer writes.
   */
  get checkpointsOffThread(): boolean {
    return this.checkpointer !== null;
  }

  /**
   * A read-only statement on this storage's own connection. Run inside a push (synchronously, from
   * the engine's checks), it sees the rows of the group commit written so far, which a second
   * connection cannot: W6 uses it so two pushes of one group cannot both take a new code.
   */
  prepareRead<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    const stmt = this.db.prepare<P, R>(sql);
    if (!stmt.reader) throw new Error('prepareRead takes a statement that returns rows');
    return stmt;
  }

  pull(q: PullQuery): Promise<readonly PulledRow[]> {
    return this.enqueue(() => {
      const upTo = this.durability.durableSeq;
      const rows =
        q.scopeKeys === 'all'
          ? this.stmt.pullAll.all(q.collection, q.afterSeq, upTo, q.limit)
          : this.stmt.pullKeys.all(q.collection, q.afterSeq, upTo, JSON.stringify(q.scopeKeys), q.limit);
      return Promise.resolve(rows.map(toPulled));
    });
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    return this.enqueue(async () => {
      this.closed = true;
      await this.durability.close(); // the groups committed last are still being flushed
      this.db.pragma('optimize'); // keeps the planner's statistics for the scope index current
      this.db.close(); // the last connection checkpoints, with syncs (FULL or NORMAL)
    });
  }

  /** `seq.last`: the highest seq handed out in this group so far (invariant 1). */
  private tx(seq: { last: number }): SyncTransaction {
    const s = this.stmt;
    return {
      get: (collection, ids, options) => {
        const out = new Map<string, StoredRow>();
        for (const id of ids) {
          const r = options?.shared === true ? this.readShared(collection, id) : this.read(collection, id);
          if (r !== undefined) out.set(id, r);
        }
        return Promise.resolve(out);
      },
      group: (collection, groupKey) =>
        Promise.resolve(this.statementsOf(collection).group.all(groupKey).map(toStored)),
      put: (rows: readonly RowInput[]) =>
        Promise.resolve(
          rows.map((r) => {
            const next = ++seq.last;
            s.upsert.run(
              r.collection,
              r.id,
              next,
              r.scopeKey,
              r.groupKey,
              JSON.stringify(r.meta),
              JSON.stringify(r.doc),
            );
            return { ...r, seq: next };
          }),
        ),
      setMeta: (collection, id, meta) => {
        this.statementsOf(collection).setMeta.run(JSON.stringify(meta), id);
        this.shared.forget(collection, id); // invariant 7: same seq, new meta
        return Promise.resolve();
      },
    };
  }

  private read(collection: string, id: string): StoredRow | undefined {
    const r = this.statementsOf(collection).get.get(id);
    return r === undefined ? undefined : toStored(r);
  }

  /** Invariant 7: the kept copy while the row's seq is unchanged, else a fresh one kept. */
  private readShared(collection: string, id: string): StoredRow | undefined {
    const kept = this.shared.peek(collection, id);
    const keptSeq = kept?.seq ?? -1;
    const r = this.statementsOf(collection).getShared.get(keptSeq, keptSeq, id);
    if (r === undefined) return undefined;
    if (r.meta === null || r.doc === null) return kept;
    return this.shared.set(toStored({ ...r, meta: r.meta, doc: r.doc }));
  }

  private statementsOf(collection: string): CollectionStatements {
    let st = this.byCollection.get(collection);
    if (st === undefined) {
      st = prepareCollectionStatements(this.db, collection);
      this.byCollection.set(collection, st);
    }
    return st;
  }

  /** Invariant 3: one operation at a time on the connection. */
  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = (): Promise<T> => (this.closed ? Promise.reject(new Error('storage closed')) : op());
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
