export { startAppSync } from './app-sync';
export { syncStatus, isSynced } from './status-store';
export { startSyncEngine, type SyncEngine, type SyncEngineOptions, type EngineEvent } from './sync-engine';
export { httpTransport, type SyncTransport, type FetchLike } from './transport';
export { FAILURE_REASONS, type FailureReason, type SyncFailure } from './failure';
export { STATUS_PROBLEMS, type StatusProblem, type SyncPhase, type SyncStatus } from './sync-status';
export { syncText, messageFor, type SyncMessageKey } from './messages';
export type { EventSourceFactory, EventSourceLike } from './live-stream';
