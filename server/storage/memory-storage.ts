/**
 * The in-memory adapter lives in sync/ (pure, and the engine's own tests need it; sync/ may not
 * import server/). Re-exported here so every server storage adapter is found in one folder.
 */
export { createMemoryData, MemoryStorage } from '../../sync/engine/memory-storage.ts';
export type { MemoryStorageData } from '../../sync/engine/memory-storage.ts';
