import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateDossiers } from '../shared/demo';
import type { Dossier } from '../shared/schemas/dossier';
import type { BenchPage } from './lib/browser';
import { buildBenchPage, launchBrowser, measureFirstScreen } from './lib/browser';
import { measureBundle } from './lib/bundle';
import { signIn } from './lib/auth';
import { checksumOf } from './lib/checksum';
import { DATA_NOW, DATA_SEED, seed } from './lib/data';
import { formatSummary, summariseProfile } from './lib/profile';
import type { BenchReport } from './lib/report';
import { formatReport, sizeKey } from './lib/report';
import { ensureBuilt, startServer, type RunningServer } from './lib/server';
import { runServerPush } from './lib/server-push';
import { median, percentile, round } from './lib/stats';

const HELP = `npm run bench -- [options]

  --json                 print exactly one JSON object on stdout (progress goes to stderr)
  --sizes 10000,100000   data set sizes for the initial sync (the largest also serves the local queries)
  --samples 200          propagation samples
  --clients 200          simulated devices of the server push bench
  --push-seconds 15      measured seconds of the server push bench (after --push-warmup 3)
  --query-reps 5         cold runs of the local queries
  --only a,b             phases: bundle, sync, propagation, query, push (default: all)
  --profile DIR          write CPU profiles (browser: CDP; server: node --cpu-prof) and print where time goes
  --in-memory            incognito browser context (IndexedDB in memory) instead of a profile on disk
  --work-dir DIR         where temporary data goes (default: the OS temp dir); --keep leaves it there
  --build                run \`npm run build\` even when dist/ exists
`;

/**
 * Documents per bulkInsert call of the baseline: the app's pull batch (PULL_BATCH_SIZE). On disk,
 * 200 was the fastest of 200 / 2,000 / 20,000 / all at once for 100k here (49 s vs 68–70 s).
 */
const BULK_CHUNK = 200;

/** Issue 8's server target: the paced push run offers this load and reports its p99. */
const PUSH_TARGET_DOCS_PER_SECOND = 5000;

const PHASES = ['bundle', 'sync', 'propagation', 'query', 'push'] as const;
type Phase = (typeof PHASES)[number];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sizes: { type: 'string', default: '10000,100000' },
      samples: { type: 'string', default: '200' },
      clients: { type: 'string', default: '200' },
      'push-seconds': { type: 'string', default: '15' },
      'push-warmup': { type: 'string', default: '3' },
      'query-reps': { type: 'string', default: '5' },
      only: { type: 'string', default: PHASES.join(',') },
      profile: { type: 'string' },
      'in-memory': { type: 'boolean', default: false },
      'work-dir': { type: 'string' },
      keep: { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const int = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
    return n;
  };
  const only = new Set(values.only.split(',').map((s) => s.trim()));
  for (const p of only)
    if (!(PHASES as readonly string[]).includes(p))
      throw new Error(`--only: unknown phase "${p}" (${PHASES.join(', ')})`);
  return {
    json: values.json,
    sizes: [...new Set(values.sizes.split(',').map((s) => int('sizes', s.trim())))].sort((a, b) => a - b),
    samples: int('samples', values.samples),
    clients: int('clients', values.clients),
    pushSeconds: int('push-seconds', values['push-seconds']),
    pushWarmup: Number(values['push-warmup']),
    queryReps: int('query-reps', values['query-reps']),
    phases: only as Set<Phase>,
    profileDir: values.profile === undefined ? undefined : resolve(values.profile),
    inMemory: values['in-memory'],
    workDir: values['work-dir'],
    keep: values.keep,
    build: values.build,
  };
}

type Options = ReturnType<typeof options>;

function profileSummary(opts: Options, report: BenchReport, title: string, path: string): void {
  const summary = summariseProfile(path);
  log(`\n${formatSummary(`${title} (${path})`, summary)}`);
  const profiles = (report.details['profiles'] ??= {}) as Record<string, unknown>;
  profiles[title] = {
    path,
    totalMs: summary.totalMs,
    modules: summary.modules.slice(0, 10),
    functions: summary.functions.slice(0, 15),
  };
  void opts;
}

/** Node --cpu-prof names its file itself: the newest .cpuprofile of the directory. */
function newestProfile(dir: string, before: ReadonlySet<string>): string | undefined {
  const fresh = readdirSync(dir).filter(
    (f) => f.startsWith('CPU.') && f.endsWith('.cpuprofile') && !before.has(f),
  );
  return fresh.length === 0 ? undefined : join(dir, fresh.sort().at(-1) ?? '');
}

/** Which code was measured: dist/ is built from the working tree, which may differ from HEAD. */
function buildIdentity(): Record<string, unknown> {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const builtAt = (path: string): string => {
    try {
      return statSync(join(root, path)).mtime.toISOString();
    } catch {
      return 'missing';
    }
  };
  return {
    head: git('rev-parse', '--short', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain')
      .split('\n')
      .filter((l) => l !== '').length,
    serverBuiltAt: builtAt('dist/server/main.js'),
    clientBuiltAt: builtAt('dist/client/index.html'),
  };
}

async function benchBundle(report: BenchReport, work: string): Promise<void> {
  const clientDir = join(root, 'dist/client');
  const b = measureBundle(clientDir);
  report.bundle = { firstLoadGzipKb: b.firstLoadGzipKb, totalGzipKb: b.totalGzipKb };
  const server = await startServer({ root, dataDir: join(work, 'app-data'), clientDir });
  try {
    const firstScreen = await measureFirstScreen(server.url);
    report.details['firstScreen'] = firstScreen;
  } finally {
    await server.stop();
  }
  report.details['bundleFiles'] = {
    firstLoad: b.firstLoad.map((f) => `${f.file} ${round(f.gzipBytes / 1024)} KB`),
    all: b.all.map((f) => `${f.file} ${round(f.gzipBytes / 1024)} KB`),
  };
  log(`bundle: first load ${b.firstLoadGzipKb} KB, total ${b.totalGzipKb} KB gzip`);
}

async function benchBrowser(
  opts: Options,
  report: BenchReport,
  server: RunningServer,
  work: string,
  docs: readonly Dossier[],
  pageDocsChecksum: Promise<string>,
): Promise<void> {
  const want = opts.phases;
  const maxN = opts.sizes.at(-1) ?? 0;
  const minN = opts.sizes[0] ?? 0;
  const browser = await launchBrowser({
    userDataDir: join(work, 'chromium'),
    baseURL: server.url,
    inMemory: opts.inMemory,
  });
  const dataPage = await browser.page();
  try {
    const gen = await dataPage.call('generate', maxN, DATA_SEED, DATA_NOW);
    const nodeSum = await pageDocsChecksum;
    if (gen.checksum !== nodeSum)
      throw new Error(`the page generated other documents than the driver (${gen.checksum} vs ${nodeSum})`);
    log(`page generated the same ${gen.count} dossiers (${gen.checksum}) in ${Math.round(gen.ms)} ms`);

    const cookie = await signIn((input, init) => fetch(input, init), server.url, 'bench driver');
    let seeded = 0;
    let syncPage: BenchPage | null = null;
    const seedTimes: Record<string, number> = {};
    for (const n of opts.sizes) {
      const key = sizeKey(n);
      const seedMs = await seed(server.url, cookie, docs, seeded, n);
      seedTimes[key] = Math.round(seedMs);
      log(
        `server now holds ${n} dossiers (pushed ${n - seeded} in ${Math.round(seedMs)} ms, ${Math.round(((n - seeded) / seedMs) * 1000)} docs/s)`,
      );
      seeded = n;

      const profiling = opts.profileDir !== undefined && n === maxN;
      if (want.has('sync')) {
        const prof = profiling ? await dataPage.profile() : null;
        const bulk = await dataPage.call('bulkInsert', `bench-bulk-${n}`, n, BULK_CHUNK);
        if (prof !== null && opts.profileDir !== undefined) {
          const path = join(opts.profileDir, `browser-bulkInsert-${key}.cpuprofile`);
          await prof.stop(path);
          profileSummary(opts, report, `browser bulkInsert ${key}`, path);
        }
        if (bulk.stored !== n) throw new Error(`bulkInsert stored ${bulk.stored} of ${n}`);
        const raw = await dataPage.call('rawPut', `bench-raw-${n}`, n, 1000);
        if (raw.stored !== n) throw new Error(`raw IndexedDB stored ${raw.stored} of ${n}`);
        report.rawIndexedDb[key] = { putMs: round(raw.ms) };
        log(`${key}: RxDB bulkInsert ${Math.round(bulk.ms)} ms, raw IndexedDB ${Math.round(raw.ms)} ms`);
        report.initialSync[key] = { syncMs: Number.NaN, bulkInsertMs: round(bulk.ms), ratio: Number.NaN };
      }
      const needSync =
        want.has('sync') || (want.has('query') && n === maxN) || (want.has('propagation') && n === minN);
      if (!needSync) continue;
      syncPage = await browser.page();
      const prof = profiling && want.has('sync') ? await syncPage.profile() : null;
      const sync = await syncPage.call('initialSync', `bench-sync-${n}`, n, 15 * 60_000);
      if (prof !== null && opts.profileDir !== undefined) {
        const path = join(opts.profileDir, `browser-initialSync-${key}.cpuprofile`);
        await prof.stop(path);
        profileSummary(opts, report, `browser initial sync ${key}`, path);
      }
      if (sync.stored !== n) throw new Error(`initial sync stored ${sync.stored} of ${n}`);
      log(
        `${key}: initial sync ${Math.round(sync.ms)} ms — ${sync.pulls} pulls, ${Math.round(sync.pullFetchMs)} ms waiting for the server, first pull after ${Math.round(sync.firstPullAfterMs)} ms, ${Math.round(sync.pullBytes / 1e6)} MB, ${sync.metaRows} meta rows stored`,
      );
      (report.details['initialSync'] ??= {} as Record<string, unknown>) as Record<string, unknown>;
      (report.details['initialSync'] as Record<string, unknown>)[key] = {
        pulls: sync.pulls,
        pullFetchMs: Math.round(sync.pullFetchMs),
        firstPullAfterMs: Math.round(sync.firstPullAfterMs),
        pullMegabytes: round(sync.pullBytes / 1e6),
      };
      const bulk = report.initialSync[key];
      if (bulk !== undefined)
        report.initialSync[key] = {
          syncMs: round(sync.ms),
          bulkInsertMs: bulk.bulkInsertMs,
          ratio: Math.round((sync.ms / bulk.bulkInsertMs) * 100) / 100,
        };

      if (want.has('propagation') && n === minN)
        await benchPropagation(opts, report, browser, syncPage, n, docs);
      // A live device would pull the next seeding while the next baselines run: close it.
      if (n !== maxN) {
        await syncPage.call('closeAll');
        await syncPage.close();
        syncPage = null;
      }
    }
    report.details['seedMs'] = seedTimes;

    if (want.has('query') && syncPage !== null) {
      await syncPage.call('stopSync');
      const codes = Array.from(
        { length: 20 },
        (_, i) => docs[Math.floor(((i + 0.5) * maxN) / 20)]?.code ?? '',
      );
      const runs = await syncPage.call('queries', `bench-sync-${maxN}`, opts.queryReps, codes);
      const counts = runs.flatMap((r) => r.countByStatusMs);
      const byCode = runs.flatMap((r) => r.byCodeMs);
      const first = runs.map((r) => r.firstPageMs);
      // Count by status: what the chips wait for when the list opens (every status's count, from
      // the status tally), median over the runs. The index walks are diagnostics: the slowest
      // status of each run (the big ones — "result returned" holds most dossiers).
      const chips = runs.map((r) => r.statusCountsFirstMs);
      const slowestCount = runs.map((r) => Math.max(...r.countByStatusMs));
      report.localQuery[sizeKey(maxN)] = {
        firstPageMs: round(median(first)),
        countByStatusMs: round(median(chips)),
        byCodeMs: round(median(byCode)),
      };
      report.details['localQuery'] = {
        reps: runs.length,
        firstPageMs: first.map(round),
        filteredFirstPageMs: Object.fromEntries(
          Object.keys(runs[0]?.filteredPageMs ?? {}).map((k) => [
            k,
            round(median(runs.map((r) => r.filteredPageMs[k] ?? 0))),
          ]),
        ),
        statusCountsFirstMs: chips.map(round),
        indexCountSlowestStatusMs: round(median(slowestCount)),
        indexCountPerStatusMs: runs[0]?.countByStatusMs.map(round),
        countAllStatusesMs: round(median(runs.map((r) => r.countByStatusMs.reduce((a, b) => a + b, 0)))),
        countByStatusMedianOverStatusesMs: round(median(counts)),
        byCodeP95Ms: round(percentile(byCode, 95)),
        openMs: runs.map((r) => round(r.openMs)),
      };
      log(
        `queries at ${maxN}: first page ${round(median(first))} ms, count by status ${round(median(chips))} ms (status tally; walking the index: slowest status ${round(median(slowestCount))} ms, median status ${round(median(counts))} ms), by code ${round(median(byCode))} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function benchPropagation(
  opts: Options,
  report: BenchReport,
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  a: BenchPage,
  n: number,
  docs: readonly Dossier[],
): Promise<void> {
  const b = await browser.page();
  try {
    const sync = await b.call('initialSync', `bench-sync-${n}-second-device`, n, 10 * 60_000);
    if (sync.stored !== n) throw new Error(`second device synced ${sync.stored} of ${n}`);
    const latencies: number[] = [];
    for (let i = 0; i < opts.samples; i++) {
      // Alternate the direction; every sample edits another dossier.
      const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
      const doc = docs[Math.floor(((i + 0.5) * n) / opts.samples)];
      if (doc === undefined) throw new Error('not enough dossiers for the propagation samples');
      const marker = `09${String(10_000_000 + i).slice(-8)}`;
      await to.call('arm', marker);
      const started = await from.call('edit', doc.id, marker);
      const arrived = await to.call('arrived', marker, 30_000);
      latencies.push(arrived - started);
      await new Promise((r) => setTimeout(r, 20));
    }
    report.propagation = {
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      samples: latencies.length,
    };
    report.details['propagation'] = {
      localDossiers: n,
      minMs: round(Math.min(...latencies)),
      maxMs: round(Math.max(...latencies)),
      p99Ms: round(percentile(latencies, 99)),
    };
    log(
      `propagation: p50 ${report.propagation.p50Ms} ms, p95 ${report.propagation.p95Ms} ms over ${latencies.length} samples`,
    );
  } finally {
    await b.call('closeAll');
    await b.close();
  }
}

async function main(): Promise<void> {
  const opts = options();
  const report: BenchReport = { initialSync: {}, rawIndexedDb: {}, localQuery: {}, details: {} };
  const base = opts.workDir === undefined ? tmpdir() : resolve(opts.workDir);
  mkdirSync(base, { recursive: true });
  const work = mkdtempSync(join(base, 'motcua-bench-'));
  if (opts.profileDir !== undefined) mkdirSync(opts.profileDir, { recursive: true });
  report.details['build'] = buildIdentity();
  // Other work on the machine skews every figure: the load averages say how quiet it was.
  report.details['machine'] = {
    node: process.version,
    cpus: cpus().length,
    loadAvgAtStart: loadavg().map(round),
    inMemoryIndexedDb: opts.inMemory,
    workDir: work,
  };
  const started = performance.now();
  log(`work dir ${work}`);
  try {
    await ensureBuilt(root, opts.build, log);
    if (opts.phases.has('bundle')) await benchBundle(report, work);

    const browserPhases = (['sync', 'propagation', 'query'] as const).some((p) => opts.phases.has(p));
    if (browserPhases || opts.phases.has('push')) {
      const pageDir = join(work, 'page');
      await buildBenchPage(root, pageDir, opts.profileDir === undefined);
      const maxN = browserPhases ? (opts.sizes.at(-1) ?? 0) : 2000;
      const t0 = performance.now();
      const docs = generateDossiers({ seed: DATA_SEED, count: maxN, now: DATA_NOW }).dossiers;
      log(
        `driver generated ${docs.length} dossiers in ${Math.round(performance.now() - t0)} ms (${Math.round(JSON.stringify(docs.slice(0, 1000)).length / 1000)} bytes each)`,
      );

      const dataDir = join(work, 'data');
      const profDir = opts.profileDir;
      const before = new Set(profDir === undefined ? [] : readdirSync(profDir));
      let server = await startServer({
        root,
        dataDir,
        clientDir: pageDir,
        ...(profDir === undefined ? {} : { cpuProfDir: profDir }),
      });
      try {
        if (browserPhases)
          await benchBrowser(opts, report, server, work, docs, Promise.resolve(checksumOf(docs)));
      } finally {
        await server.stop();
      }
      const serverProfile = profDir === undefined ? undefined : newestProfile(profDir, before);
      if (serverProfile !== undefined)
        profileSummary(opts, report, 'server during seeding and pulls', serverProfile);

      if (opts.phases.has('push')) {
        const before2 = new Set(profDir === undefined ? [] : readdirSync(profDir));
        // A fresh process on the same database (it holds the largest data set by now).
        server = await startServer({
          root,
          dataDir,
          clientDir: pageDir,
          ...(profDir === undefined ? {} : { cpuProfDir: profDir }),
        });
        try {
          log(`server push: ${opts.clients} clients for ${opts.pushWarmup} + ${opts.pushSeconds} s …`);
          const cookie = await signIn((input, init) => fetch(input, init), server.url, 'bench push clients');
          const common = {
            clients: opts.clients,
            seconds: opts.pushSeconds,
            warmupSeconds: opts.pushWarmup,
            batch: 50,
          };
          const push = await runServerPush(server.url, cookie, docs.slice(0, 5000), common);
          log(
            `server push, saturated: ${Math.round(push.docsPerSecond)} docs/s, p50 ${round(push.p50Ms)} ms, p99 ${round(push.p99Ms)} ms (${push.requests} requests, ${push.failures} failed)`,
          );
          log(`server push: ${opts.clients} clients offering ${PUSH_TARGET_DOCS_PER_SECOND} docs/s …`);
          const paced = await runServerPush(server.url, cookie, docs.slice(0, 5000), {
            ...common,
            offeredDocsPerSecond: PUSH_TARGET_DOCS_PER_SECOND,
          });
          log(
            `server push, paced: ${Math.round(paced.docsPerSecond)} docs/s done, p50 ${round(paced.p50Ms)} ms, p99 ${round(paced.p99Ms)} ms (${paced.requests} requests, ${paced.failures} failed)`,
          );
          // docsPerSecond: capacity (saturated); p99Ms: what a device waits at the target load.
          report.serverPush = {
            clients: push.clients,
            docsPerSecond: Math.round(push.docsPerSecond),
            p99Ms: round(paced.p99Ms),
          };
          const shown = (r: typeof push) => ({
            ...r,
            docsPerSecond: Math.round(r.docsPerSecond),
            p50Ms: round(r.p50Ms),
            p99Ms: round(r.p99Ms),
          });
          report.details['serverPush'] = {
            saturated: shown(push),
            paced: { offeredDocsPerSecond: PUSH_TARGET_DOCS_PER_SECOND, ...shown(paced) },
          };
        } finally {
          await server.stop();
        }
        const pushProfile = profDir === undefined ? undefined : newestProfile(profDir, before2);
        if (pushProfile !== undefined) profileSummary(opts, report, 'server during push bench', pushProfile);
      }
    }
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
  report.details['runSeconds'] = Math.round((performance.now() - started) / 1000);
  (report.details['machine'] as Record<string, unknown>)['loadAvgAtEnd'] = loadavg().map(round);
  // Issue 8's order, then the details.
  const ordered = {
    initialSync: report.initialSync,
    rawIndexedDb: report.rawIndexedDb,
    propagation: report.propagation,
    serverPush: report.serverPush,
    localQuery: report.localQuery,
    bundle: report.bundle,
    details: report.details,
  };
  if (opts.json) process.stdout.write(`${JSON.stringify(ordered)}\n`);
  else process.stdout.write(`${formatReport(report)}\n\n(${report.details['runSeconds'] as number} s)\n`);
}

main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exit(1);
});
