import type { SyncDoc } from './protocol.ts';
import type { ReadableKeys } from './scope.ts';
import type { MergeMeta } from './engine/merge-meta.ts';

/**
 * What the sync engine needs from server storage. Small and Promise-returning so that SQLite,
 * memory and PostgreSQL all fit; every implementation runs server/storage/storage-contract.ts.
 *
 * Invariants every implementation keeps (SEQ1–SEQ4 in SPEC.md):
 *  1. `put` gives each written row a sequence number greater than every number handed out
 *     before, inside the transaction; a row holds the latest state of one (collection, id).
 *  2. `transact` is all-or-nothing: when `fn` throws, nothing it wrote is visible, ever.
 *     A resolved `transact` means the writes are durable (acknowledged only once durable).
 *  3. `pull` never returns a row of an uncommitted transaction, and never returns a row with
 *     seq n while a row with seq < n can still commit (no skipped rows; SEQ3).
 *  4. Transactions are serialisable with respect to each other: reads inside `fn` see every
 *     earlier committed transaction and the transaction's own writes.
 */
export interface StoredRow {
  readonly collection: string;
  readonly id: string;
  readonly seq: number;
  /** SCOPE1: the document's scope key, indexed for pulls. */
  readonly scopeKey: string;
  /** EVT2: the aggregate an append-only event belongs to (null elsewhere), indexed. */
  readonly groupKey: string | null;
  /** The engine's merge bookkeeping (sync/engine/merge-meta.ts); storage keeps it as JSON. */
  readonly meta: MergeMeta;
  readonly doc: SyncDoc;
}

export type RowInput = Omit<StoredRow, 'seq'>;

/** What a pull returns: a row without the merge bookkeeping, which only pushes read (and parse). */
export type PulledRow = Omit<StoredRow, 'meta'>;

export interface PullQuery {
  readonly collection: string;
  readonly afterSeq: number;
  readonly limit: number;
  readonly scopeKeys: ReadableKeys;
}

/**
 * `shared`: the rows are reference documents that many transactions read and few write (the
 * catalogue entries an EVT6 projection reads). The storage may then answer deeply frozen objects
 * it keeps between transactions, as long as they are the row's latest state (invariant 4).
 */
export interface GetOptions {
  readonly shared?: boolean;
}

export interface SyncTransaction {
  get(
    collection: string,
    ids: readonly string[],
    options?: GetOptions,
  ): Promise<ReadonlyMap<string, StoredRow>>;
  /** Rows of one aggregate in seq order (EVT2). */
  group(collection: string, groupKey: string): Promise<readonly StoredRow[]>;
  /** Upserts by (collection, id), assigning fresh sequence numbers in order (invariant 1). */
  put(rows: readonly RowInput[]): Promise<readonly StoredRow[]>;
  /** Replaces `meta` of an existing row; no new seq, since no client sees it (PUSH10). */
  setMeta(collection: string, id: string, meta: MergeMeta): Promise<void>;
}

export interface SyncStorage {
  transact<T>(fn: (tx: SyncTransaction) => Promise<T>): Promise<T>;
  /** Rows with seq > afterSeq whose scope key is readable, ascending by seq, at most `limit`. */
  pull(query: PullQuery): Promise<readonly PulledRow[]>;
  close(): Promise<void>;
}
