/**
 * The public face of sync/: the protocol, the rules' building blocks and the server engine.
 * Test helpers stay in sync/testing/ and are imported from there by tests only.
 */
export * from './protocol.ts';
export type { Clock, IdSource } from './clock.ts';
export { counterIds, manualClock } from './clock.ts';
export type {
  AppendOnlyCollection,
  CollectionRegistry,
  CollectionSpec,
  EventVerdict,
  MergeableCollection,
} from './collections.ts';
export { collectionRegistry, recordCollections } from './collections.ts';
export { canonicalJson, contentHash, jsonEqual } from './json.ts';
export type { FieldConflict, MergeResult } from './merge.ts';
export { mergeThreeWay } from './merge.ts';
export type { ReadableKeys, SyncScope } from './scope.ts';
export { fieldScope, keyAllowed, openScope } from './scope.ts';
export type { PullQuery, RowInput, StoredRow, SyncStorage, SyncTransaction } from './storage.ts';
export type { MergeMeta } from './engine/merge-meta.ts';
export type { MemoryStorageData } from './engine/memory-storage.ts';
export { createMemoryData, MemoryStorage } from './engine/memory-storage.ts';
export type { Subscription, SyncServerOptions } from './engine/sync-server.ts';
export { SyncServer } from './engine/sync-server.ts';
