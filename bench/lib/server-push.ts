import { randomUUID } from 'node:crypto';
import type { PushRequest, SyncDoc } from '../../sync/protocol';
import type { Dossier } from '../../shared/schemas/dossier';
import { pushRequest, wireDoc } from './data';
import { deviceConnection } from './device-connection';
import { percentile } from './stats';

export interface ServerPushOptions {
  readonly clients: number;
  /** Measured seconds, after the warm-up. */
  readonly seconds: number;
  readonly warmupSeconds: number;
  /** Rows per request: the app's PUSH_BATCH_SIZE (client/sync/replicate-collection.ts). */
  readonly batch: number;
  /**
   * Absent: every client pushes again as soon as its answer came (saturation: the server's
   * capacity; latency is then clients / throughput by Little's law). Set: the clients together
   * offer this many documents per second, each on its own schedule with a random phase (the
   * latency a device sees at that load; a client whose answer is late sends at once).
   */
  readonly offeredDocsPerSecond?: number;
}

export interface ServerPushResult {
  readonly clients: number;
  readonly docsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly docs: number;
  readonly newDocs: number;
  readonly changedDocs: number;
  readonly failures: number;
  readonly unexpectedConflicts: number;
}

/**
 * A code no other dossier has (the server refuses a dossier that takes another's code): the
 * template's unit, a day in 2099 (generated data ends in 2026) and a serial, unique in the run.
 */
function uniqueCode(template: string, n: number): Dossier['code'] {
  const unit = template.slice(0, -12); // `<unit>-YYMMDD-NNNN`
  const day = new Date(Date.UTC(2099, 0, 1) + Math.floor(n / 9_999) * 86_400_000);
  const yymmdd = day.toISOString().slice(2, 10).replaceAll('-', '');
  return `${unit}-${yymmdd}-${String((n % 9_999) + 1).padStart(4, '0')}` as Dossier['code']; // serials start at 0001
}

/**
 * Serials of the new dossiers' codes, across runs: the paced run follows the saturated one on the
 * same server, and reusing its codes made every new row a `forbidden` code clash (W6).
 */
let freshCodes = 0;

interface Sample {
  readonly start: number;
  readonly end: number;
  readonly rows: number;
  readonly fresh: number;
}

/**
 * Simulated devices on loopback: each one loops `push` requests of `batch` rows, about half new
 * dossiers and half changes (phone and updatedAt, as the edit form writes them) to dossiers it
 * pushed before, each change based on the state the server acknowledged (a fast-forward, PUSH4),
 * exactly what RxDB's upstream sends. New dossiers are copies of generated ones under fresh ids
 * and codes. Each device has its own keep-alive connection (device-connection.ts). Latency is per
 * request, from sending it to the parsed answer. All clients share one signed-in session (a
 * sign-in costs an Argon2id hash; 200 of them would dominate the run).
 */
export async function runServerPush(
  baseUrl: string,
  cookie: string,
  templates: readonly Dossier[],
  opts: ServerPushOptions,
): Promise<ServerPushResult> {
  const t0 = performance.now();
  const warmEnd = t0 + opts.warmupSeconds * 1000;
  const end = warmEnd + opts.seconds * 1000;
  const samples: Sample[] = [];
  let failures = 0;
  let unexpectedConflicts = 0;
  let serial = 0;

  const intervalMs =
    opts.offeredDocsPerSecond === undefined
      ? 0
      : (opts.clients * opts.batch * 1000) / opts.offeredDocsPerSecond;
  const client = async (c: number): Promise<void> => {
    const connection = deviceConnection(baseUrl, cookie);
    const owned: SyncDoc[] = [];
    let turn = 0;
    let template = c * 7919;
    let due = t0 + Math.random() * intervalMs;
    while (performance.now() < end) {
      if (intervalMs > 0) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        due += intervalMs;
        if (performance.now() >= end) break;
      }
      const rows: PushRequest['rows'][number][] = [];
      const changes = Math.min(owned.length, Math.floor(opts.batch / 2));
      for (let k = 0; k < changes; k++) {
        const i = (turn * changes + k) % owned.length;
        const prev = owned[i];
        if (prev === undefined) continue;
        const applicant = prev['applicant'] as Dossier['applicant'];
        const next: SyncDoc = {
          ...prev,
          applicant: { ...applicant, phone: `09${String((serial++ * 7) % 100_000_000).padStart(8, '0')}` },
          updatedAt: new Date().toISOString(),
        };
        rows.push({ assumedMasterState: prev, newDocumentState: next });
        owned[i] = next;
      }
      const fresh = opts.batch - rows.length;
      for (let k = 0; k < fresh; k++) {
        const base = templates[template++ % templates.length];
        if (base === undefined) break;
        const doc = wireDoc({
          ...base,
          id: randomUUID() as Dossier['id'],
          code: uniqueCode(base.code, freshCodes++),
        });
        rows.push({ assumedMasterState: null, newDocumentState: doc });
        owned.push(doc);
      }
      turn++;
      const body = JSON.stringify(pushRequest(rows));
      const start = performance.now();
      try {
        const res = await connection.push('dossiers', body);
        unexpectedConflicts += res.conflicts.length;
        samples.push({ start, end: performance.now(), rows: rows.length, fresh });
      } catch {
        failures++;
      }
    }
    connection.close();
  };

  await Promise.all(Array.from({ length: opts.clients }, (_, c) => client(c)));
  // Requests that completed inside the measured window (in-flight ones at the end are dropped).
  const measured = samples.filter((s) => s.end >= warmEnd && s.end <= end);
  const docs = measured.reduce((n, s) => n + s.rows, 0);
  const newDocs = measured.reduce((n, s) => n + s.fresh, 0);
  const latencies = measured.map((s) => s.end - s.start);
  return {
    clients: opts.clients,
    docsPerSecond: docs / opts.seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: measured.length,
    docs,
    newDocs,
    changedDocs: docs - newDocs,
    failures,
    unexpectedConflicts,
  };
}
