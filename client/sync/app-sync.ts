import { firstValueFrom, fromEvent, map, merge } from 'rxjs';
import { appFetch } from '../auth/app-fetch';
import { checkSession } from '../auth/auth-api';
import { storedSession } from '../auth/session';
import { getDatabase } from '../db';
import { connectStatus } from './status-store';
import { createStatusSource } from './status-source';
import type { SyncEngine } from './sync-engine';
import { startSyncEngine } from './sync-engine';
import { browserTimers } from './timers';
import { httpTransport } from './transport';

let starting: Promise<SyncEngine> | undefined;
let lastStreamCheck = 0;

/**
 * EventSource cannot refresh a session: a stream the server refuses (401 after the access cookie
 * expired, or a session revoked or disabled, which the server closes at once) only shows as an
 * `error`. Then we ask /api/auth/me through the refreshing fetch, at most every 30 s: that renews
 * the cookie for the browser's next reconnect, or ends the session (auth-fetch A4).
 */
function openStream(url: string): EventSource {
  const source = new EventSource(url, { withCredentials: true });
  source.addEventListener('error', () => {
    const now = Date.now();
    if (!navigator.onLine || now - lastStreamCheck < 30_000) return;
    lastStreamCheck = now;
    void checkSession();
  });
  return source;
}

/**
 * Starts the page's sync once, with the browser's transport: the authenticated fetch (session
 * cookies, one refresh on 401), EventSource (cookies sent, same origin), timers and the `online`
 * event, which retries at once (engine E2). Idempotent: the shell calls it on mount and the
 * sign-in screen after signing in. Nothing starts without a stored session (an expired one still
 * starts: its pending changes are what the sign-out flow must name). Leader election decides
 * whether this tab actually replicates.
 */
export function startAppSync(): Promise<SyncEngine | null> {
  if (storedSession() === null) return Promise.resolve(null);
  starting ??= getDatabase().then((db) => {
    const engine = startSyncEngine({
      db,
      transport: httpTransport({ fetch: appFetch }),
      eventSource: openStream,
      timers: browserTimers,
      random: Math.random,
      waitForLeadership: true,
    });
    const online$ = merge(
      fromEvent(window, 'online').pipe(map(() => true)),
      fromEvent(window, 'offline').pipe(map(() => false)),
    );
    online$.subscribe((isOnline) => {
      if (isOnline) engine.wake();
    });
    connectStatus(createStatusSource(engine, online$, navigator.onLine));
    return engine;
  });
  return starting;
}

/** Stops replicating (sign-out): after this nothing of this page talks to the sync server. */
export async function stopAppSync(): Promise<void> {
  const running = starting;
  starting = undefined;
  if (running === undefined) return;
  await running.then((engine) => engine.stop()).catch(() => undefined);
}

/** Push now (the sign-out flow flushes before wiping). */
export function wakeAppSync(): void {
  void starting?.then((engine) => engine.wake()).catch(() => undefined);
}

/**
 * Ids of the documents not yet on the server, per collection (pending-tracker.ts P1), once this
 * tab's replications have started (starting sync if a session is stored). Empty without a session.
 * Never resolves while another tab leads the replication: callers bound the wait.
 */
export async function pendingSnapshot(): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
  const engine = await startAppSync().catch(() => null);
  if (engine === null) return new Map();
  await Promise.all([...engine.replications.values()].map((r) => r.startPromise)).catch(() => undefined);
  const empty: ReadonlySet<string> = new Set();
  const entries = await Promise.all(
    [...engine.pending.entries()].map(
      async ([name, t]) => [name, await firstValueFrom(t.pending$, { defaultValue: empty })] as const,
    ),
  );
  return new Map(entries);
}
