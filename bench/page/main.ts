import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { filter, firstValueFrom, map, timeout, type Observable } from 'rxjs';
import type { MotcuaDatabase } from '../../client/db/collections';
import { createMotcuaDatabase } from '../../client/db/create-database';
import { dossierStatusCounts, listPage, LIST_LIMIT, recentDossiers } from '../../client/dossiers/queries';
import { buildListQueries, type ListFilter } from '../../client/dossiers/list/list-query';
import { latenessBounds } from '../../client/dossiers/list/lateness-bounds';
import { countList } from '../../client/dossiers/list/run-list';
import { latenessCounts, workPage } from '../../client/processing/queries';
import { inboxQuery, latenessQueries } from '../../client/processing/work-queries';
import { defaultCalendar } from '../../shared/calendar';
import type { SyncEngine } from '../../client/sync/sync-engine';
import { startSyncEngine } from '../../client/sync/sync-engine';
import { browserTimers } from '../../client/sync/timers';
import type { FetchLike } from '../../client/sync/transport';
import { httpTransport } from '../../client/sync/transport';
import { generateDossiers } from '../../shared/demo';
import type { Dossier } from '../../shared/schemas/dossier';
import { STATUS_CODES } from '../../shared/status/statuses';
import { signIn } from '../lib/auth';
import { checksumOf } from '../lib/checksum';
import type { BenchApi, QueryRun, SyncResult } from './api';

/**
 * The bench page: the app's own database factory (createMotcuaDatabase over RxDB's Dexie
 * storage, as client/db/database.ts opens it in production builds, where dev-mode is off), the
 * app's own sync engine (startSyncEngine + httpTransport + EventSource, as client/sync/app-sync.ts
 * starts it) and the list screen's own query (client/dossiers/queries.ts). Only the database name
 * differs, so that one browser can hold several independent "devices".
 */
const storage = getRxStorageDexie();
const instant = (): number => performance.timeOrigin + performance.now();

let docs: Dossier[] = [];
let db: MotcuaDatabase | null = null;
let engine: SyncEngine | null = null;
const watches = new Map<string, Promise<number>>();

const open = (name: string): Promise<MotcuaDatabase> =>
  createMotcuaDatabase({ name, storage, multiInstance: true });

async function closeAll(): Promise<void> {
  await engine?.stop();
  engine = null;
  await db?.close();
  db = null;
  watches.clear();
}

function requireDb(): MotcuaDatabase {
  if (db === null) throw new Error('no database open in this page');
  return db;
}

const idbDone = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

/** Like the app's auth fetch: on 401 one session refresh (cookies), then the request again. */
async function fetchRefreshing(input: string, init: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  if (res.status !== 401) return res;
  const refreshed = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return refreshed.ok ? fetch(input, init) : res;
}

/** Diagnostics: first pages and counts of the processing screens (client/processing/work-queries.ts). */
async function processingPageMs(target: MotcuaDatabase): Promise<Record<string, number>> {
  const bounds = latenessBounds(new Date(), defaultCalendar);
  const timed = async (query: (db: MotcuaDatabase) => Observable<unknown>): Promise<number> => {
    const t = performance.now();
    await firstValueFrom(query(target).pipe(timeout(60_000)));
    return performance.now() - t;
  };
  const mine = 'officer-civil_status-1';
  return {
    inbox2: await timed(workPage([inboxQuery(2)], LIST_LIMIT)),
    inbox4: await timed(workPage([inboxQuery(4)], LIST_LIMIT)),
    inbox5: await timed(workPage([inboxQuery(5)], LIST_LIMIT)),
    inbox4Mine: await timed(workPage([inboxQuery(4, { assigneeId: mine })], LIST_LIMIT)),
    processingLate: await timed(workPage(latenessQueries('late', bounds), LIST_LIMIT)),
    processingDueSoon: await timed(workPage(latenessQueries('due_soon', bounds), LIST_LIMIT)),
    processingLateMine: await timed(
      workPage(latenessQueries('late', bounds, { assigneeId: mine }), LIST_LIMIT),
    ),
    processingCounts: await timed(latenessCounts(bounds)),
  };
}

const api: BenchApi = {
  async signIn(deviceName) {
    await signIn((input, init) => fetch(input, init), '', deviceName);
  },

  generate(count, seed, now) {
    const t0 = performance.now();
    docs = generateDossiers({ seed, count, now }).dossiers;
    const ms = performance.now() - t0;
    return Promise.resolve({ count: docs.length, checksum: checksumOf(docs), ms });
  },

  async bulkInsert(name, count, chunk) {
    await closeAll();
    const target = await open(name);
    db = target;
    const t0 = performance.now();
    for (let i = 0; i < count; i += chunk) {
      const result = await target.dossiers.bulkInsert(docs.slice(i, Math.min(count, i + chunk)));
      if (result.error.length > 0)
        throw new Error(
          `bulkInsert: ${result.error.length} errors, first ${JSON.stringify(result.error[0])}`,
        );
    }
    const ms = performance.now() - t0;
    const stored = await target.dossiers.count().exec();
    await closeAll();
    return { ms, stored };
  },

  async rawPut(name, count, batch) {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('docs', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const t0 = performance.now();
    for (let i = 0; i < count; i += batch) {
      const tx = idb.transaction('docs', 'readwrite');
      const store = tx.objectStore('docs');
      for (const doc of docs.slice(i, Math.min(count, i + batch))) store.put(doc);
      await idbDone(tx);
    }
    const ms = performance.now() - t0;
    const stored = await new Promise<number>((resolve, reject) => {
      const req = idb.transaction('docs', 'readonly').objectStore('docs').count();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('count failed'));
    });
    idb.close();
    return { ms, stored };
  },

  async initialSync(name, expected, timeoutMs) {
    await closeAll();
    const target = await open(name);
    db = target;
    let pulls = 0;
    let pullFetchMs = 0;
    let pullBytes = 0;
    let firstPullAt = -1;
    const t0 = performance.now();
    const timedFetch: FetchLike = async (input, init) => {
      const isPull = input.includes('/dossiers/pull');
      const started = performance.now();
      if (isPull && firstPullAt < 0) firstPullAt = started - t0;
      const res = await fetchRefreshing(input, init);
      if (isPull) {
        pulls++;
        pullFetchMs += performance.now() - started;
        pullBytes += Number(res.headers.get('content-length') ?? 0);
      }
      return res;
    };
    // As client/sync/app-sync.ts starts it, with a fetch that counts the pulls.
    engine = startSyncEngine({
      db: target,
      transport: httpTransport({ fetch: timedFetch }),
      eventSource: (url) => new EventSource(url, { withCredentials: true }),
      timers: browserTimers,
      random: Math.random,
      waitForLeadership: true,
    });
    const replication = engine.replications.get('dossiers');
    if (replication === undefined) throw new Error('no dossiers replication');
    const deadline = t0 + timeoutMs;
    await Promise.race([
      replication.awaitInitialReplication(),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`initial sync of ${expected} not done in ${timeoutMs} ms`)),
          timeoutMs,
        ),
      ),
    ]);
    let stored = await target.dossiers.count().exec();
    // RxDB ends its first pull loop on a short batch; a count below `expected` would mean more
    // rows arrived later, so wait for them rather than report a partial sync.
    while (stored < expected && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      stored = await target.dossiers.count().exec();
    }
    const ms = performance.now() - t0;
    // Diagnostics: the meta rows really stored (client/db/pulled-meta-storage.ts RM1).
    const meta = replication.metaInstance;
    const metaRows =
      meta === undefined
        ? -1
        : await meta
            .count(
              prepareQuery(
                meta.schema,
                normalizeMangoQuery(meta.schema, { selector: { isCheckpoint: { $eq: '0' } } }),
              ),
            )
            .then((r) => r.count);
    const result: SyncResult = {
      ms,
      stored,
      pulls,
      pullFetchMs,
      firstPullAfterMs: firstPullAt,
      pullBytes,
      metaRows,
    };
    return result;
  },

  async stopSync() {
    await engine?.stop();
    engine = null;
  },

  arm(marker) {
    const target = requireDb();
    watches.set(
      marker,
      firstValueFrom(
        target.dossiers.$.pipe(
          filter((ev) => (ev.documentData as Dossier | undefined)?.applicant.phone === marker),
          map(() => instant()),
        ),
      ),
    );
  },

  async arrived(marker, timeoutMs) {
    const watch = watches.get(marker);
    if (watch === undefined) throw new Error(`not armed for ${marker}`);
    try {
      return await Promise.race([
        watch,
        new Promise<number>((_, reject) =>
          setTimeout(
            () => reject(new Error(`change ${marker} did not arrive in ${timeoutMs} ms`)),
            timeoutMs,
          ),
        ),
      ]);
    } finally {
      watches.delete(marker);
    }
  },

  async edit(id, marker) {
    const target = requireDb();
    const started = instant();
    // client/dossiers/writes.ts patchDossier: find the document, then an incremental patch of
    // the changed top-level fields plus updatedAt (edit-form.ts U1).
    const doc = await target.dossiers.findOne(id).exec();
    if (doc === null) throw new Error(`dossier ${id} not on this device`);
    await doc.incrementalPatch({
      applicant: { ...doc.applicant, phone: marker },
      updatedAt: new Date().toISOString(),
    });
    return started;
  },

  async queries(name, reps, codes) {
    await closeAll();
    const runs: QueryRun[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const target = await open(name);
      db = target;
      // Touch the dossiers storage (a lookup by primary key, no query cache involved) so the first
      // measured query does not pay for opening IndexedDB.
      await target.dossiers.findOne('bench-warm-up').exec();
      const openMs = performance.now() - t0;

      const p0 = performance.now();
      const page = await firstValueFrom(recentDossiers(target).pipe(timeout(60_000)));
      const firstPageMs = performance.now() - p0;
      if (page.length !== 50) throw new Error(`first page has ${page.length} rows`);

      // Diagnostics, not figures: first pages of the list's other indexed queries.
      const pageMs = async (filter: ListFilter): Promise<number> => {
        const t = performance.now();
        const bounds = filter.lateness ? latenessBounds(new Date(), defaultCalendar) : undefined;
        await firstValueFrom(listPage(filter, bounds, LIST_LIMIT)(target).pipe(timeout(60_000)));
        return performance.now() - t;
      };
      const filteredPageMs = {
        status10: await pageMs({ status: 10 }),
        late: await pageMs({ lateness: 'late' }),
        dueSoon: await pageMs({ lateness: 'due_soon' }),
        nameNguyen: await pageMs({ search: { name: 'nguyen' } }),
        codePrefix: await pageMs({ search: { codePrefix: codes[0]?.slice(0, 8) ?? 'HN' } }),
        ...(await processingPageMs(target)),
      };

      // The chips' counts, as the list and the processing inbox open them: the storage's status
      // tally (client/db/status-tally.ts), read once, on this freshly reopened database.
      const s0 = performance.now();
      const chips = await firstValueFrom(dossierStatusCounts(target).pipe(timeout(60_000)));
      const statusCountsFirstMs = performance.now() - s0;

      // Diagnostics: the same counts by walking the index (what the chips did before the tally),
      // which also checks the tally against the stored dossiers.
      const countByStatusMs: number[] = [];
      for (const status of STATUS_CODES) {
        const c0 = performance.now();
        const [q] = buildListQueries({ status });
        const counted = q === undefined ? 0 : await countList(target.dossiers, q);
        countByStatusMs.push(performance.now() - c0);
        if (counted !== chips[status])
          throw new Error(`status ${status}: tally ${chips[status]}, index ${counted}`);
      }

      const byCodeMs: number[] = [];
      for (const code of codes) {
        const q0 = performance.now();
        // Codes come from the driver's copy of the data set: real DossierCodes.
        const found = await target.dossiers.findOne({ selector: { code: code as Dossier['code'] } }).exec();
        byCodeMs.push(performance.now() - q0);
        if (found === null) throw new Error(`code ${code} not found`);
      }
      runs.push({ firstPageMs, filteredPageMs, statusCountsFirstMs, countByStatusMs, byCodeMs, openMs });
      await closeAll();
    }
    return runs;
  },

  closeAll,
};

window.motcuaBench = api;
const state = document.getElementById('state');
if (state !== null) state.textContent = 'ready';
