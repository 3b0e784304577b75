import type { RxStorageInstance } from 'rxdb';

// RxDB storages are generic over their internals; any storage will do here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyInstance = RxStorageInstance<any, any, any>;

/**
 * A storage instance that passes every call to `inner` except those in `own` (the storage layers
 * of status-tally-storage.ts and pulled-meta-storage.ts). Built member by member: an instance's
 * methods live on its class's prototype, so spreading it would lose them.
 */
export function delegatingInstance(inner: AnyInstance, own: Partial<AnyInstance>): AnyInstance {
  return {
    databaseName: inner.databaseName,
    internals: inner.internals,
    options: inner.options,
    schema: inner.schema,
    collectionName: inner.collectionName,
    underlyingPersistentStorage: inner.underlyingPersistentStorage,
    bulkWrite: (rows, context) => inner.bulkWrite(rows, context),
    findDocumentsById: (ids: string[], withDeleted: boolean) => inner.findDocumentsById(ids, withDeleted),
    query: (q) => inner.query(q),
    count: (q) => inner.count(q),
    getAttachmentData: (id: string, attachmentId: string, digest: string) =>
      inner.getAttachmentData(id, attachmentId, digest),
    getChangedDocumentsSince:
      inner.getChangedDocumentsSince === undefined
        ? undefined
        : (limit: number, checkpoint: unknown) => inner.getChangedDocumentsSince!(limit, checkpoint),
    changeStream: () => inner.changeStream(),
    cleanup: (minimumDeletedTime: number) => inner.cleanup(minimumDeletedTime),
    close: () => inner.close(),
    remove: () => inner.remove(),
    ...own,
  };
}
