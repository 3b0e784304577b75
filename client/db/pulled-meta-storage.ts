import type {
  BulkWriteRow,
  RxDocumentData,
  RxStorage,
  RxStorageBulkWriteResponse,
  RxStorageInstanceCreationParams,
  RxStorageWriteErrorConflict,
} from 'rxdb';
import {
  defaultHashSha256,
  getComposedPrimaryKeyOfDocumentData,
  getHeightOfRevision,
  getPrimaryFieldOfPrimaryKey,
  getRxReplicationMetaInstanceSchema,
  now,
  writeDocToDocState,
} from 'rxdb';
import { jsonEqual } from '../../sync/json';
import { delegatingInstance, type AnyInstance } from './delegating-instance';
import { isCollectionName, replicationIdentifierOf } from './names';

// RxDB storages are generic over their internals; any storage will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStorage = RxStorage<any, any>;
type Doc = RxDocumentData<Record<string, unknown>>;
type MetaDoc = RxDocumentData<{
  id: string;
  isCheckpoint: '0' | '1';
  itemId: string;
  docData?: Record<string, unknown>;
  isResolvedConflict?: string;
}>;

/** RxDB's contexts (replication-protocol/downstream.js): the pull's fork write and meta write. */
const DOWNSTREAM_FORK = 'replication-downstream-';
const DOWNSTREAM_META = 'replication-down-write-meta';
const META_PREFIX = 'rx-replication-meta-';
/** The revision of a meta row made up from its fork document (RM2); never stored. */
const SYNTHESIZED = '0-pulled';
/** The revision of a meta row RM3 copied (`<height>-copied`); the replication's rows differ. */
const COPIED = '1-copied';

/**
 * RxDB's replication keeps, for every document, the state it assumes the server has (its meta
 * row, `docData`) in a second storage instance: a pull writes each document twice, once into the
 * collection (the fork) and once, as a full copy, into the meta instance. For a pulled document
 * nobody has edited the two copies are the same, and RxDB 17.6 already marks such fork documents
 * (`_meta.o._rev` = the revision height the pull wrote). This storage keeps that copy only where
 * it differs. Invariants:
 *  RM1. A pull's meta row for X is not stored when no row for X is stored (or only RM2's) and the
 *       pull's fork write just stored the same state for X: that fork document is the copy.
 *  RM2. Reading X's meta row when none is stored makes it up from X's fork document, if that
 *       document is still the pulled state (`_meta.o._rev` equals its revision height). A
 *       document created or edited on this device without a stored row has no assumed state,
 *       exactly as before.
 *  RM3. Copy on write: before any other write changes a fork document that is still a pulled
 *       state and has no stored meta row, that state is stored as X's meta row (an existing row
 *       wins: it is newer). So the assumed state of an edited document is always stored.
 *       RM3b: a copied row whose state is older than the pulled state a later write is based on
 *       (the first write failed because a pull came in between) is replaced; rows written by the
 *       replication never are.
 *  RM4. A meta write whose `previous` is RM2's made-up row is stored as an insert, or, when a row
 *       was stored in between (RM3), over that row: the writer holds the newer state.
 * RM3 opens the fork's meta instance itself, on its first copy, under the name RxDB gives it: it
 * must work in a tab that does not replicate, and offline before the replication starts.
 */
interface Fork {
  readonly instance: AnyInstance;
  readonly primary: string;
  /** The meta instance, opened on first need (RM3 only; RxDB opens its own to replicate). */
  readonly meta: () => Promise<AnyInstance>;
  /** The context of this collection's replication's pull writes (RxDB's downstreamBulkWriteFlag). */
  readonly downstream: string;
  /** RM1: the states the last pull stored, by id. */
  lastPulled: Map<string, Doc>;
}

const forks = new Map<string, Fork>();
const forkKey = (token: string, metaName: string, version: number): string =>
  `${token}/${metaName}/${version}`;

/** RM0: the revision height a pull wrote, kept in `_meta` (RxDB carries `_meta` into updates). */
const PULLED = 'pulled';

const isPulledState = (doc: Doc | undefined): doc is Doc =>
  doc !== undefined && (doc._meta as Record<string, unknown>)[PULLED] === getHeightOfRevision(doc._rev);

const markedPulled = (doc: Doc): Doc => ({
  ...doc,
  _meta: { ...doc._meta, [PULLED]: getHeightOfRevision(doc._rev) },
});

const stateOf = (doc: Doc): Record<string, unknown> => writeDocToDocState(doc, false, false);

/** A document's meta row id (RxDB composes `itemId|isCheckpoint`). */
const metaIdOf = (meta: AnyInstance, itemId: string): string =>
  getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint: '0' });

function metaRow(meta: AnyInstance, itemId: string, docData: Record<string, unknown>, rev: string): MetaDoc {
  return {
    isCheckpoint: '0',
    itemId,
    docData,
    id: metaIdOf(meta, itemId),
    _deleted: false,
    _attachments: {},
    _rev: rev,
    _meta: { lwt: now() },
  };
}

const failedIds = (res: RxStorageBulkWriteResponse<unknown>): Set<string> =>
  new Set(res.error.map((e) => e.documentId));

function forkInstance(fork: Fork, inner: AnyInstance): AnyInstance {
  const idOf = (d: Doc): string => String(d[fork.primary]);

  /** RM3: store the pulled state of every document about to change that has no stored row. */
  async function copyOnWrite(rows: readonly BulkWriteRow<Doc>[]): Promise<void> {
    const pulled = rows.flatMap((r) => (isPulledState(r.previous) ? [r.previous] : []));
    if (pulled.length === 0) return;
    const meta = await fork.meta();
    const ids = pulled.map((d) => metaIdOf(meta, idOf(d)));
    const stored = new Map(
      ((await meta.findDocumentsById(ids, true)) as MetaDoc[]).map((m) => [m.itemId, m]),
    );
    const copies = pulled.flatMap((d) => {
      const row = stored.get(idOf(d));
      const state = stateOf(d);
      if (row === undefined) return [{ document: metaRow(meta, idOf(d), state, COPIED) }];
      // RM3b: a copy made for a write that then failed (a pull came first) is older than the
      // pulled state this write is based on; rows the replication wrote are never replaced.
      if (!row._rev.endsWith(COPIED.slice(1)) || jsonEqual(row.docData, state)) return [];
      const rev = `${getHeightOfRevision(row._rev) + 1}${COPIED.slice(1)}`;
      return [{ previous: row, document: metaRow(meta, idOf(d), state, rev) }];
    });
    // A 409 means the replication stored a row meanwhile: it holds a newer state.
    if (copies.length > 0) await meta.bulkWrite(copies, 'motcua-meta-copy-on-write');
  }

  return delegatingInstance(inner, {
    bulkWrite: async (rows: BulkWriteRow<Doc>[], context: string) => {
      if (context !== fork.downstream) {
        await copyOnWrite(rows); // RM3
        return inner.bulkWrite(rows, context);
      }
      const marked = rows.map((r) => ({ ...r, document: markedPulled(r.document) })); // RM0
      const res = await inner.bulkWrite(marked, context);
      const failed = failedIds(res);
      fork.lastPulled = new Map(
        marked.filter((r) => !failed.has(idOf(r.document))).map((r) => [idOf(r.document), r.document]),
      );
      return res;
    },
  });
}

function metaInstance(fork: Fork, inner: AnyInstance): AnyInstance {
  const synthesized = (m: MetaDoc | undefined): boolean => m?._rev === SYNTHESIZED;
  const sameAsPulled = (m: MetaDoc): boolean => {
    const pulled = fork.lastPulled.get(m.itemId);
    return pulled !== undefined && m.docData !== undefined && jsonEqual(m.docData, stateOf(pulled));
  };

  async function write(rows: BulkWriteRow<MetaDoc>[], context: string) {
    const kept =
      context === DOWNSTREAM_META
        ? rows.filter(
            (r) =>
              !(
                r.document.isCheckpoint === '0' &&
                (r.previous === undefined || synthesized(r.previous)) &&
                sameAsPulled(r.document)
              ),
          ) // RM1
        : rows;
    const asStored = kept.map((r) => (synthesized(r.previous) ? { document: r.document } : r)); // RM4
    if (asStored.length === 0) return { error: [] };
    const res = await inner.bulkWrite(asStored, context);
    const retry = res.error.filter(
      (e): e is RxStorageWriteErrorConflict<MetaDoc> =>
        e.status === 409 && synthesized(kept.find((r) => r.document.id === e.documentId)?.previous),
    );
    if (retry.length === 0) return res;
    const again = await inner.bulkWrite(
      retry.map((e) => ({ previous: e.documentInDb, document: e.writeRow.document })),
      context,
    );
    const retried = new Set(retry.map((e) => e.documentId));
    return { error: [...res.error.filter((e) => !retried.has(e.documentId)), ...again.error] };
  }

  return delegatingInstance(inner, {
    bulkWrite: write,
    // RM2
    async findDocumentsById(ids: string[], withDeleted: boolean) {
      const stored = (await inner.findDocumentsById(ids, withDeleted)) as MetaDoc[];
      const found = new Set(stored.map((m) => m.id));
      const suffix = metaIdOf(inner, ''); // '|0': the document rows' ids end with it
      const missing = ids
        .filter((id) => !found.has(id) && id.endsWith(suffix))
        .map((id) => id.slice(0, -suffix.length));
      if (missing.length === 0) return stored;
      const docs = (await fork.instance.findDocumentsById(missing, true)) as Doc[];
      const made = docs
        .filter((d) => isPulledState(d) && (withDeleted || d._deleted !== true))
        .map((d) => metaRow(inner, String(d[fork.primary]), stateOf(d), SYNTHESIZED));
      return [...stored, ...made];
    },
  });
}

export const metaCollectionNameOf = async (collectionName: string): Promise<string> =>
  META_PREFIX +
  (await defaultHashSha256([collectionName, replicationIdentifierOf(collectionName)].join('-')));

/** Wraps every collection's storage and its replication meta instance (RM1–RM4). */
export function withPulledMeta(storage: AnyStorage): AnyStorage {
  return {
    ...storage,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async createStorageInstance(params: RxStorageInstanceCreationParams<any, any>) {
      const token = params.databaseInstanceToken;
      if (params.collectionName.startsWith(META_PREFIX)) {
        const inner: AnyInstance = await storage.createStorageInstance(params);
        const fork = forks.get(forkKey(token, params.collectionName, params.schema.version));
        return fork === undefined ? inner : metaInstance(fork, inner);
      }
      if (!isCollectionName(params.collectionName)) return storage.createStorageInstance(params);
      const metaName = await metaCollectionNameOf(params.collectionName);
      // RxDB's downstreamBulkWriteFlag: 'replication-downstream-' + getCheckpointKey(input), where
      // the input's identifier is 'rxdbreplication' + replicationIdentifier (RxDB 17).
      const checkpointKey = await defaultHashSha256(
        [
          'rxdbreplication' + replicationIdentifierOf(params.collectionName),
          params.databaseName,
          params.collectionName,
        ].join('||'),
      );
      const downstream = `${DOWNSTREAM_FORK}rx_storage_replication_${checkpointKey}`;
      const inner: AnyInstance = await storage.createStorageInstance(params);
      let opened: Promise<AnyInstance> | undefined;
      const meta = (): Promise<AnyInstance> =>
        (opened ??= storage.createStorageInstance({
          ...params,
          collectionName: metaName,
          schema: getRxReplicationMetaInstanceSchema(params.schema, false),
        }) as Promise<AnyInstance>);
      const key = forkKey(token, metaName, params.schema.version);
      const primary = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey);
      const fork: Fork = { instance: inner, primary, meta, downstream, lastPulled: new Map() };
      forks.set(key, fork);
      const wrapped = forkInstance(fork, inner);
      const forget = (): void => void forks.delete(key);
      return {
        ...wrapped,
        async close() {
          forget();
          await Promise.all([opened?.then((m) => m.close()), inner.close()]);
        },
        async remove() {
          forget(); // RxDB removes the meta storage with the collection's connected storages
          await Promise.all([opened?.then((m) => m.remove()), inner.remove()]);
        },
      };
    },
  };
}
