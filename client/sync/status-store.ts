import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { StatusSource } from './status-source';
import type { SyncStatus } from './sync-status';
import { initialStatus } from './sync-status';

/**
 * Solid's view of the sync status: signals fed by the status source, created once per page
 * under their own root (the engine lives as long as the page). Components only read accessors.
 */
const store = createRoot(() => {
  const online = typeof navigator === 'undefined' ? true : navigator.onLine;
  const [status, setStatus] = createSignal<SyncStatus>(initialStatus(online).snapshot);
  const [pending, setPending] = createSignal<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  return { status, setStatus, pending, setPending };
});

export const syncStatus: Accessor<SyncStatus> = store.status;

/** Connects the store to a running engine's status; called once by app-sync.ts. */
export function connectStatus(source: StatusSource): void {
  source.status$.subscribe((s) => store.setStatus(s));
  for (const name of source.collections) {
    source.pendingIds$(name).subscribe((ids) => store.setPending((m) => new Map(m).set(name, ids)));
  }
}

/**
 * Whether the latest local change of this document is on the server (pending-tracker.ts P1):
 * for the dossier screen's "saved on this device only" hint. `undefined` while this tab does not
 * replicate (another tab leads, or sync has not started) and so cannot tell.
 */
export function isSynced(collection: string, id: string): Accessor<boolean | undefined> {
  return () => {
    const phase = store.status().phase;
    if (phase === 'waiting') return undefined;
    return !(store.pending().get(collection)?.has(id) ?? false);
  };
}
