import type { FailureReason } from './failure';

/**
 * The sync status the UI shows, as one immutable snapshot computed by a pure reducer so that it
 * is tested without a browser (status-source.ts feeds it; status-store.ts turns it into signals).
 */
export const STATUS_PROBLEMS = [
  'network',
  'update_required',
  'server_outdated',
  'unauthenticated',
  'forbidden',
  'rejected',
  'server_error',
  /** The device could not write what it pulled or resolved (storage full, schema mismatch). */
  'device_error',
] as const satisfies readonly (FailureReason | 'device_error')[];
export type StatusProblem = (typeof STATUS_PROBLEMS)[number];

/**
 * - `waiting`: this tab does not replicate (another tab is the elected leader, or not started);
 * - `first_sync`: the device has never completed a sync since the page opened;
 * - `syncing` / `idle`: requests running or not; - `stopped`: replication ended for good (426).
 */
export type SyncPhase = 'waiting' | 'first_sync' | 'syncing' | 'idle' | 'stopped';

export interface SyncStatus {
  readonly phase: SyncPhase;
  readonly online: boolean;
  /** Documents with local changes the server does not have yet (pending-tracker.ts P1). */
  readonly pending: number;
  /** Epoch ms of the last request after which this device was caught up (a short pull or a push). */
  readonly lastSyncAt: number | null;
  /** Documents received since the page opened, shown as first-sync progress. */
  readonly received: number;
  readonly problem: StatusProblem | null;
}

export type StatusInput =
  | { readonly type: 'online'; readonly value: boolean }
  | { readonly type: 'leader' }
  | { readonly type: 'active'; readonly collection: string; readonly value: boolean }
  | { readonly type: 'received'; readonly count: number }
  | { readonly type: 'first_sync_done' }
  | { readonly type: 'pending'; readonly collection: string; readonly count: number }
  | { readonly type: 'problem'; readonly problem: StatusProblem }
  | { readonly type: 'success'; readonly caughtUp: boolean; readonly at: number }
  | { readonly type: 'stopped' };

/** Internal state: the snapshot plus what it is derived from. */
export interface StatusState {
  readonly leader: boolean;
  readonly firstSyncDone: boolean;
  readonly stopped: boolean;
  readonly active: ReadonlySet<string>;
  readonly pendingBy: ReadonlyMap<string, number>;
  readonly snapshot: SyncStatus;
}

export const initialStatus = (online: boolean): StatusState => ({
  leader: false,
  firstSyncDone: false,
  stopped: false,
  active: new Set(),
  pendingBy: new Map(),
  snapshot: { phase: 'waiting', online, pending: 0, lastSyncAt: null, received: 0, problem: null },
});

function phaseOf(s: Omit<StatusState, 'snapshot'>): SyncPhase {
  if (s.stopped) return 'stopped';
  if (!s.leader) return 'waiting';
  if (!s.firstSyncDone) return 'first_sync';
  return s.active.size > 0 ? 'syncing' : 'idle';
}

/** Invariant S1: `update_required` is never cleared: only a reload (a new app) can fix it. */
export function reduceStatus(state: StatusState, input: StatusInput): StatusState {
  const snap = state.snapshot;
  let next: Omit<StatusState, 'snapshot'> = state;
  let patch: Partial<SyncStatus> = {};
  const keepFatal = snap.problem === 'update_required';
  switch (input.type) {
    case 'online':
      patch = { online: input.value };
      break;
    case 'leader':
      next = { ...state, leader: true };
      break;
    case 'active': {
      const active = new Set(state.active);
      if (input.value) active.add(input.collection);
      else active.delete(input.collection);
      next = { ...state, active };
      break;
    }
    case 'received':
      patch = { received: snap.received + input.count };
      break;
    case 'first_sync_done':
      next = { ...state, firstSyncDone: true };
      break;
    case 'pending': {
      const pendingBy = new Map(state.pendingBy).set(input.collection, input.count);
      next = { ...state, pendingBy };
      patch = { pending: [...pendingBy.values()].reduce((a, b) => a + b, 0) };
      break;
    }
    case 'problem':
      patch = keepFatal ? {} : { problem: input.problem }; // S1
      break;
    case 'success':
      patch = {
        ...(keepFatal ? {} : { problem: null }),
        ...(input.caughtUp ? { lastSyncAt: input.at } : {}),
      };
      break;
    case 'stopped':
      next = { ...state, stopped: true, active: new Set() };
      break;
  }
  return { ...next, snapshot: { ...snap, ...patch, phase: phaseOf(next) } };
}
