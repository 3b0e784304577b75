import type { BulkWriteRow, RxStorage, RxStorageInstance, RxStorageInstanceCreationParams } from 'rxdb';
import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import { delegatingInstance, type AnyInstance } from './delegating-instance';
import { deltaOf, mayMove, StatusTally, TALLY_SCHEMA, type Row, type TallyDoc } from './status-tally';
import { writerLiveness } from './writer-liveness';

// RxDB storages are generic over their internals; any storage will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStorage = RxStorage<any, any>;

const open = new Map<string, StatusTally>();
const keyOf = (token: string, version: number): string => `${token}:${version}`;

/** The tally of an open database's dossiers collection (this tab), by RxDB's db token. */
export const statusTallyOf = (databaseToken: string, version: number): StatusTally | undefined =>
  open.get(keyOf(databaseToken, version));

/** One row from the first index (it starts with `_deleted`), sorted as stored: no scan. */
async function hasLiveDocument(instance: AnyInstance): Promise<boolean> {
  const schema = instance.schema;
  const index = (schema.indexes?.[0] ?? []) as string[];
  const query = normalizeMangoQuery(schema, {
    selector: { _deleted: { $eq: false } },
    sort: index.filter((f) => f !== '_deleted').map((f) => ({ [f]: 'asc' as const })),
    index,
    limit: 1,
  });
  const { documents } = await instance.query(prepareQuery(schema, query));
  return documents.length > 0;
}

/**
 * Opens the dossiers collection's storage with its status tally (status-tally.ts): every write
 * that may move a dossier between statuses is marked in the tally before and applied after (T1).
 * The tally lives in its own storage instance of the same storage (`<collection>-tally-<v>`), so
 * it is removed with the database and wiped with the device. Other collections pass through.
 */
export function withStatusTally(storage: AnyStorage): AnyStorage {
  return {
    ...storage,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async createStorageInstance(params: RxStorageInstanceCreationParams<any, any>) {
      const inner: AnyInstance = await storage.createStorageInstance(params);
      if (params.collectionName !== 'dossiers') return inner;
      const tallyInstance = (await storage.createStorageInstance({
        ...params,
        collectionName: `${params.collectionName}-tally-${params.schema.version}`,
        schema: TALLY_SCHEMA,
        // The readers watch their own tab's instance; other tabs' writes arrive by broadcast.
      })) as RxStorageInstance<TallyDoc, unknown, unknown>;
      const writer = params.databaseInstanceToken;
      const release = await writerLiveness.hold(writer);
      const tally = new StatusTally(tallyInstance, writer);
      if ((await tally.read()) === undefined && !(await hasLiveDocument(inner))) await tally.startEmpty(); // T5
      const key = keyOf(writer, params.schema.version);
      open.set(key, tally);
      const primary = params.schema.primaryKey as string;
      const idOf = (doc: Row): string => String((doc as Record<string, unknown>)[primary]);
      const closeTally = (): void => {
        open.delete(key);
        release();
      };

      return delegatingInstance(inner, {
        async bulkWrite(rows: BulkWriteRow<Row>[], context: string) {
          if (!mayMove(rows)) return inner.bulkWrite(rows, context); // T1
          const token = await tally.mark();
          let failed = new Set(rows.map((r) => idOf(r.document)));
          try {
            const result = await inner.bulkWrite(rows, context);
            failed = new Set(result.error.map((e: { documentId: string }) => e.documentId));
            return result;
          } finally {
            await tally.apply(token, deltaOf(rows, idOf, failed));
          }
        },
        async close() {
          closeTally();
          await Promise.all([tallyInstance.close(), inner.close()]);
        },
        async remove() {
          closeTally();
          await Promise.all([tallyInstance.remove(), inner.remove()]);
        },
      });
    },
  };
}
