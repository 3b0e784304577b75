/**
 * What the bench page (bench/page/main.ts, built by Vite and served by the real server) exposes
 * on `window.motcuaBench` for the Node driver (bench/run.ts) to call through Playwright.
 * Every time is measured inside the page with performance.now(); cross-page instants use
 * performance.timeOrigin + performance.now(), one clock for every page of the browser.
 */
export interface GenerateResult {
  readonly count: number;
  readonly checksum: string;
  readonly ms: number;
}

export interface TimedResult {
  readonly ms: number;
  /** Documents found in the store afterwards (a check that the write really happened). */
  readonly stored: number;
}

export interface SyncResult extends TimedResult {
  /** Pull requests the replication sent for the dossiers collection. */
  readonly pulls: number;
  /** Sum of the time from each pull's fetch() to its response headers (server + loopback). */
  readonly pullFetchMs: number;
  /** From startSyncEngine() to the first pull request (leader election, meta instance, …). */
  readonly firstPullAfterMs: number;
  /** Bytes of the pull responses (content-length). */
  readonly pullBytes: number;
  /** Per-document meta rows the replication stored (0 when pulled states are kept by reference). */
  readonly metaRows: number;
}

export interface QueryRun {
  readonly firstPageMs: number;
  /** Diagnostic: first pages of other list filters (status 10, late, due soon, name, code). */
  readonly filteredPageMs: Readonly<Record<string, number>>;
  /** The filter chips' first answer: all ten statuses counted (then maintained, not re-counted). */
  readonly statusCountsFirstMs: number;
  /** One storage count over the list's [status, listNewest] index per status, in code order. */
  readonly countByStatusMs: readonly number[];
  /** Lookups of distinct codes; every one found. */
  readonly byCodeMs: readonly number[];
  /** Time to reopen the database before the queries (not part of any figure). */
  readonly openMs: number;
}

export interface BenchApi {
  /** Signs this page in (lib/auth.ts): the browser keeps the session cookies for /api. */
  signIn(deviceName: string): Promise<void>;
  /** Generates the first `count` dossiers of the seeded set and keeps them in the page. */
  generate(count: number, seed: number, now: string): Promise<GenerateResult>;
  /** RxDB-Dexie bulkInsert of the first `count` kept dossiers into a fresh database `name`,
   *  `chunk` documents per call, one call after the other. */
  bulkInsert(name: string, count: number, chunk: number): Promise<TimedResult>;
  /** Plain IndexedDB: the first `count` kept dossiers put in transactions of `batch` puts. */
  rawPut(name: string, count: number, batch: number): Promise<TimedResult>;
  /** Opens database `name` (createMotcuaDatabase, Dexie), starts the app's sync engine over HTTP
   *  and resolves when the dossiers collection holds `expected` documents. The engine keeps
   *  running (live, SSE) until `stopSync`. */
  initialSync(name: string, expected: number, timeoutMs: number): Promise<SyncResult>;
  stopSync(): Promise<void>;
  /** Propagation, receiving side: start watching for a dossier whose applicant phone is `marker`. */
  arm(marker: string): void;
  /** Propagation, receiving side: the instant (timeOrigin-based) the marked change appeared. */
  arrived(marker: string, timeoutMs: number): Promise<number>;
  /** Propagation, writing side: the detail screen's edit (findOne + incrementalPatch); returns
   *  the instant the write started. */
  edit(id: string, marker: string): Promise<number>;
  /** Closes and reopens database `name` `reps` times and runs the list's queries on each fresh
   *  instance (so RxDB's query cache is cold, as when the list screen opens). */
  queries(name: string, reps: number, codes: readonly string[]): Promise<QueryRun[]>;
  closeAll(): Promise<void>;
}

declare global {
  interface Window {
    motcuaBench?: BenchApi;
  }
}
