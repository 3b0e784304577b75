import { round } from './stats';

export interface SyncFigure {
  readonly syncMs: number;
  readonly bulkInsertMs: number;
  readonly ratio: number;
}

export interface QueryFigure {
  readonly firstPageMs: number;
  readonly countByStatusMs: number;
  readonly byCodeMs: number;
}

/** The JSON of `npm run bench -- --json`: issue 8's fields, plus `details` for the curious. */
export interface BenchReport {
  initialSync: Record<string, SyncFigure>;
  rawIndexedDb: Record<string, { putMs: number }>;
  propagation?: { p50Ms: number; p95Ms: number; samples: number };
  serverPush?: { clients: number; docsPerSecond: number; p99Ms: number };
  localQuery: Record<string, QueryFigure>;
  bundle?: { firstLoadGzipKb: number; totalGzipKb: number };
  details: Record<string, unknown>;
}

/** `n10k` for 10000, `n100k` for 100000, `n2500` for 2500. */
export const sizeKey = (n: number): string => (n % 1000 === 0 ? `n${n / 1000}k` : `n${n}`);

export interface TargetCheck {
  readonly figure: string;
  readonly value: number;
  readonly target: string;
  readonly met: boolean;
}

/** The targets of issue 8, checked against whatever this run measured. */
export function checkTargets(r: BenchReport): TargetCheck[] {
  const out: TargetCheck[] = [];
  const add = (figure: string, value: number | undefined, op: '<=' | '>=', limit: number, unit: string) => {
    if (value === undefined || Number.isNaN(value)) return;
    out.push({
      figure,
      value,
      target: `${op} ${limit}${unit}`,
      met: op === '<=' ? value <= limit : value >= limit,
    });
  };
  for (const [k, v] of Object.entries(r.initialSync))
    if (k === 'n100k') add(`initialSync.${k}.ratio`, v.ratio, '<=', 1.25, '');
  add('propagation.p95Ms', r.propagation?.p95Ms, '<=', 100, ' ms');
  if (r.serverPush !== undefined && r.serverPush.clients === 200) {
    add('serverPush.docsPerSecond', r.serverPush.docsPerSecond, '>=', 5000, ' docs/s');
    add('serverPush.p99Ms', r.serverPush.p99Ms, '<=', 250, ' ms');
  }
  const q = r.localQuery['n100k'];
  add('localQuery.n100k.firstPageMs', q?.firstPageMs, '<=', 16, ' ms');
  add('localQuery.n100k.countByStatusMs', q?.countByStatusMs, '<=', 20, ' ms');
  add('localQuery.n100k.byCodeMs', q?.byCodeMs, '<=', 5, ' ms');
  add('bundle.firstLoadGzipKb', r.bundle?.firstLoadGzipKb, '<=', 170, ' KB');
  return out;
}

function table(
  title: string,
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [head, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? String(round(c)) : c)));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    `\n${title}`,
    line(cells[0] ?? []),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function formatReport(r: BenchReport): string {
  const parts: string[] = [];
  const sizes = Object.keys({ ...r.initialSync, ...r.rawIndexedDb });
  if (sizes.length > 0) {
    parts.push(
      table(
        "Initial sync (fresh device pulls N dossiers through the app's sync engine) vs. local writes of the same documents",
        [
          'N',
          'sync ms',
          'RxDB bulkInsert ms',
          'ratio',
          'raw IndexedDB put ms',
          'sync docs/s',
          'bulkInsert docs/s',
        ],
        sizes.map((k) => {
          const s = r.initialSync[k];
          const raw = r.rawIndexedDb[k];
          const n = Number(k.replace(/^n/, '').replace(/k$/, '000'));
          return [
            k,
            s?.syncMs ?? '-',
            s?.bulkInsertMs ?? '-',
            s === undefined ? '-' : s.ratio.toFixed(2),
            raw?.putMs ?? '-',
            s === undefined ? '-' : Math.round(n / (s.syncMs / 1000)),
            s === undefined ? '-' : Math.round(n / (s.bulkInsertMs / 1000)),
          ];
        }),
      ),
    );
  }
  if (r.propagation !== undefined) {
    const p = r.propagation;
    parts.push(
      table(
        "Propagation (edit in one page → visible in the other page's collection, via the server)",
        ['samples', 'p50 ms', 'p95 ms'],
        [[String(p.samples), p.p50Ms, p.p95Ms]],
      ),
    );
  }
  if (r.serverPush !== undefined) {
    const s = r.serverPush;
    const d = r.details['serverPush'] as
      | { saturated: { p50Ms: number; p99Ms: number }; paced: { docsPerSecond: number; p50Ms: number } }
      | undefined;
    parts.push(
      table(
        'Server push (simulated devices on loopback, 50 rows per request; capacity when saturated, latency at 5,000 docs/s offered)',
        [
          'clients',
          'docs/s saturated',
          'p50/p99 ms saturated',
          'docs/s paced',
          'p50 ms paced',
          'p99 ms paced',
        ],
        [
          [
            String(s.clients),
            s.docsPerSecond,
            d === undefined ? '-' : `${d.saturated.p50Ms}/${d.saturated.p99Ms}`,
            d?.paced.docsPerSecond ?? '-',
            d?.paced.p50Ms ?? '-',
            s.p99Ms,
          ],
        ],
      ),
    );
  }
  const qs = Object.entries(r.localQuery);
  if (qs.length > 0) {
    parts.push(
      table(
        'Local queries of the dossier list (median of cold runs)',
        ['N', 'first page of 50 ms', 'count by status ms', 'by code ms'],
        qs.map(([k, q]) => [k, q.firstPageMs, q.countByStatusMs, q.byCodeMs]),
      ),
    );
  }
  if (r.bundle !== undefined) {
    const fs = r.details['firstScreen'] as { gzipKb: number } | undefined;
    parts.push(
      table(
        'JavaScript (gzip)',
        ['first load KB', 'first screen as fetched KB', 'total KB'],
        [[r.bundle.firstLoadGzipKb, fs?.gzipKb ?? '-', r.bundle.totalGzipKb]],
      ),
    );
  }
  const checks = checkTargets(r);
  if (checks.length > 0) {
    parts.push(
      table(
        'Targets (issue 8)',
        ['figure', 'measured', 'target', ''],
        checks.map((c) => [c.figure, c.value, c.target, c.met ? 'met' : 'MISSED']),
      ),
    );
  }
  return parts.join('\n');
}
