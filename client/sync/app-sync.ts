import { fromEvent, map, merge } from 'rxjs';
import { getDatabase } from '../db';
import { connectStatus } from './status-store';
import { createStatusSource } from './status-source';
import type { SyncEngine } from './sync-engine';
import { startSyncEngine } from './sync-engine';
import { browserTimers } from './timers';
import { httpTransport } from './transport';

let starting: Promise<SyncEngine> | undefined;

/**
 * Starts the page's sync once, with the browser's transport: fetch, EventSource (cookies sent,
 * same origin), timers and the `online` event, which retries at once (engine E2). Idempotent:
 * the shell calls it on mount. Leader election decides whether this tab actually replicates.
 */
export function startAppSync(): Promise<SyncEngine> {
  starting ??= getDatabase().then((db) => {
    const engine = startSyncEngine({
      db,
      transport: httpTransport({ fetch: (input, init) => fetch(input, init) }),
      eventSource: (url) => new EventSource(url, { withCredentials: true }),
      timers: browserTimers,
      random: Math.random,
      waitForLeadership: true,
    });
    const online$ = merge(fromEvent(window, 'online').pipe(map(() => true)), fromEvent(window, 'offline').pipe(map(() => false)));
    online$.subscribe((isOnline) => {
      if (isOnline) engine.wake();
    });
    connectStatus(createStatusSource(engine, online$, navigator.onLine));
    return engine;
  });
  return starting;
}
