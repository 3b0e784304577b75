import { keyAllowed } from '../scope.ts';
import type { PullQuery, RowInput, StoredRow, SyncStorage, SyncTransaction } from '../storage.ts';

/**
 * SyncStorage in memory: the reference implementation, used by the engine's deterministic tests
 * and the fuzzer. The data object outlives the storage, so a test "restarts the server" by
 * opening a new MemoryStorage over the same data (what a process restart does to a database).
 *
 *  1. Transactions run one at a time (a promise queue), which makes them serialisable.
 *  2. Writes go to a private overlay and reach `data` in one synchronous step at commit, so a
 *     throwing transaction leaves no trace and pulls only ever see committed rows.
 */
export interface MemoryStorageData {
  readonly rows: Map<string, StoredRow>;
  head: number;
}

export const createMemoryData = (): MemoryStorageData => ({ rows: new Map(), head: 0 });

const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;

export class MemoryStorage implements SyncStorage {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(readonly data: MemoryStorageData = createMemoryData()) {}

  transact<T>(fn: (tx: SyncTransaction) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.assertOpen();
      const overlay = new Map<string, StoredRow>();
      let head = this.data.head;
      const tx: SyncTransaction = {
        get: (collection, ids) => {
          const out = new Map<string, StoredRow>();
          for (const id of ids) {
            const row = overlay.get(keyOf(collection, id)) ?? this.data.rows.get(keyOf(collection, id));
            if (row !== undefined) out.set(id, row);
          }
          return Promise.resolve(out);
        },
        group: (collection, groupKey) => {
          const merged = new Map(this.data.rows);
          for (const [k, r] of overlay) merged.set(k, r);
          const rows = [...merged.values()].filter(
            (r) => r.collection === collection && r.groupKey === groupKey,
          );
          return Promise.resolve(rows.sort((a, b) => a.seq - b.seq));
        },
        setMeta: (collection, id, meta) => {
          const key = keyOf(collection, id);
          const row = overlay.get(key) ?? this.data.rows.get(key);
          if (row !== undefined) overlay.set(key, { ...row, meta });
          return Promise.resolve();
        },
        put: (rows: readonly RowInput[]) => {
          const stored = rows.map((r) => ({ ...r, seq: ++head }));
          for (const s of stored) overlay.set(keyOf(s.collection, s.id), s);
          return Promise.resolve(stored);
        },
      };
      const result = await fn(tx);
      this.assertOpen();
      for (const [k, r] of overlay) this.data.rows.set(k, r); // invariant 2: one synchronous step
      this.data.head = head;
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  pull(q: PullQuery): Promise<readonly StoredRow[]> {
    if (this.closed) return Promise.reject(new Error('storage closed'));
    const rows = [...this.data.rows.values()]
      .filter(
        (r) => r.collection === q.collection && r.seq > q.afterSeq && keyAllowed(q.scopeKeys, r.scopeKey),
      )
      .sort((a, b) => a.seq - b.seq);
    return Promise.resolve(rows.slice(0, q.limit));
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('storage closed');
  }
}
