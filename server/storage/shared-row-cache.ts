import type { StoredRow } from '../../sync/storage.ts';

/**
 * Parsed copies of rows read `shared` (sync/storage.ts GetOptions: reference documents such as
 * the work calendar, ~18 kB, that every dossier push reads for its projection, EVT6), so that
 * reading one again costs an index probe for its seq instead of copying and parsing it. Invariants:
 *  1. The owner uses an entry only while the row's stored seq equals the entry's; every write of
 *     a row gives it a new seq (SEQ2), so a changed row is never answered from here.
 *  2. What does not change the seq is the owner's to report: `forget` after replacing a row's
 *     meta (setMeta), `clear` after a rollback (rolled-back seqs are handed out again).
 *  3. Rows are deeply frozen: the same objects go to every later transaction, so nobody may
 *     change them in place (the engine never does: a new state is a new object).
 *  4. At most `capacity` entries; the least recently used goes first.
 */
export class SharedRowCache {
  private readonly rows = new Map<string, StoredRow>();

  constructor(private readonly capacity: number) {}

  /** The kept copy, whatever its seq (invariant 1 is the caller's check). */
  peek(collection: string, id: string): StoredRow | undefined {
    const key = keyOf(collection, id);
    const row = this.rows.get(key);
    if (row === undefined) return undefined;
    this.rows.delete(key); // invariant 4: most recently used last
    this.rows.set(key, row);
    return row;
  }

  set(row: StoredRow): StoredRow {
    const key = keyOf(row.collection, row.id);
    this.rows.delete(key);
    this.rows.set(key, deepFreeze(row)); // invariant 3
    if (this.rows.size > this.capacity) {
      const oldest = this.rows.keys().next();
      if (oldest.done !== true) this.rows.delete(oldest.value);
    }
    return row;
  }

  forget(collection: string, id: string): void {
    this.rows.delete(keyOf(collection, id));
  }

  clear(): void {
    this.rows.clear();
  }

  get size(): number {
    return this.rows.size;
  }
}

const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
