import { counterIds, manualClock } from '../clock.ts';
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  StreamEvent,
  SyncDoc,
  SyncResult,
} from '../protocol.ts';
import { CONFLICTS_COLLECTION, PROTOCOL_VERSION, REVIEW_COLLECTION } from '../protocol.ts';
import { openScope } from '../scope.ts';
import type { Subscription } from '../engine/sync-server.ts';
import { SyncServer } from '../engine/sync-server.ts';
import type { SyncStorage } from '../storage.ts';
import { EVENTS, NOTES, testCollections } from './fixtures.ts';
import type { FieldAck, ServerState } from './fuzz-oracle.ts';
import { checkConvergence, checkEventAcks, checkFieldAcks, fieldAcks, rowKey } from './fuzz-oracle.ts';
import { ModelClient } from './model-client.ts';
import type { PushAck } from './model-client.ts';
import type { Random } from './random.ts';
import { seededRandom } from './random.ts';
import { TestNetwork } from './test-network.ts';

/**
 * The sync fuzzer: up to `clients` model clients edit notes, append events and resolve conflict
 * records while the network reorders, duplicates and drops messages (lost requests and lost
 * acknowledgements), clients disconnect and time out, and the server restarts over the same
 * data. Then the network heals and the oracle (fuzz-oracle.ts) checks convergence and that no
 * acknowledged write was lost. Same seed, same run; a failure throws with the seed and the log.
 */
export interface FuzzOptions {
  readonly seed: number;
  readonly ops: number;
  readonly maxClients: number;
  /** Opens storage over the run's data; called again on every simulated restart. */
  readonly openStorage: () => SyncStorage;
}

type Wire =
  | { readonly dir: 'up'; readonly requestId: number; readonly request: PullRequest | PushRequest }
  | {
      readonly dir: 'pulled';
      readonly requestId: number;
      readonly collection: string;
      readonly result: SyncResult<PullResponse>;
    }
  | {
      readonly dir: 'pushed';
      readonly requestId: number;
      readonly collection: string;
      readonly result: SyncResult<PushResponse>;
    }
  | { readonly dir: 'event'; readonly event: StreamEvent };

const COLLECTIONS = [NOTES, EVENTS, CONFLICTS_COLLECTION, REVIEW_COLLECTION];
const FIELDS = ['a', 'b', 'c'];
const KINDS = ['open', 'open', 'note', 'note', 'close'];

export class FuzzFailure extends Error {}

/** What a run exercised, so the test can prove the fuzzer reaches the interesting paths. */
export interface FuzzStats {
  clients: number;
  pushes: number;
  pulls: number;
  duplicated: number;
  dropped: number;
  restarts: number;
  conflictRecords: number;
  reviewRecords: number;
  fieldAcks: number;
}

export async function runFuzz(
  opts: FuzzOptions,
): Promise<{ readonly log: readonly string[]; readonly stats: FuzzStats }> {
  const run = new FuzzRun(opts);
  try {
    await run.play();
    await run.heal();
    const problems = await run.check();
    if (problems.length > 0) throw new FuzzFailure(problems.slice(0, 10).join('\n'));
  } catch (e) {
    const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
    throw new FuzzFailure(
      `fuzz seed ${opts.seed} failed:\n${msg}\n--- operation log ---\n${run.log.join('\n')}`,
    );
  }
  return { log: run.log, stats: run.stats };
}

class FuzzRun {
  readonly log: string[] = [];
  private readonly rnd: Random;
  private readonly clock = manualClock();
  private readonly ids = counterIds('sub');
  private readonly net = new TestNetwork<Wire>();
  private readonly clients: ModelClient[];
  private readonly connected = new Map<string, Subscription | null>();
  private readonly firstSent = new Map<string, number>();
  private readonly acks: FieldAck[] = [];
  private readonly sent: FieldAck[] = [];
  private readonly ackedEvents = new Set<string>();
  private storage: SyncStorage;
  private server: SyncServer<string>;
  private step = 0;
  private counter = 0;
  readonly stats: FuzzStats = {
    clients: 0,
    pushes: 0,
    pulls: 0,
    duplicated: 0,
    dropped: 0,
    restarts: 0,
    conflictRecords: 0,
    reviewRecords: 0,
    fieldAcks: 0,
  };

  constructor(private readonly opts: FuzzOptions) {
    this.rnd = seededRandom(opts.seed);
    const n = 2 + this.rnd.int(Math.max(1, opts.maxClients - 1));
    this.clients = Array.from(
      { length: n },
      (_, i) =>
        new ModelClient(`c${i}`, COLLECTIONS, { push: 1 + this.rnd.int(4), pull: 1 + this.rnd.int(4) }),
    );
    this.stats.clients = n;
    this.storage = opts.openStorage();
    this.server = this.makeServer();
    for (const c of this.clients) this.connect(c);
  }

  async play(): Promise<void> {
    for (this.step = 1; this.step <= this.opts.ops; this.step++) {
      this.clock.advance(1000);
      const r = this.rnd.next();
      const c = this.rnd.pick(this.clients);
      if (r < 0.25) this.localWrite(c);
      else if (r < 0.42)
        this.startPush(c, this.rnd.pick(COLLECTIONS.filter((x) => c.pending(x).length > 0).concat(NOTES)));
      else if (r < 0.52) this.startPull(c, this.rnd.pick(COLLECTIONS));
      else if (r < 0.82) for (let k = this.rnd.int(3); k >= 0; k--) await this.deliverSome();
      else if (r < 0.86) this.mangle('duplicate');
      else if (r < 0.9) this.mangle('drop');
      else if (r < 0.92) this.note(`${c.name} times out`, () => c.forgetInFlight());
      else if (r < 0.96) this.toggleConnection(c);
      else if (r < 0.975) await this.restart();
      else await this.deliverConcurrently();
    }
  }

  /** Network heals: stale traffic is gone, everyone reconnects and syncs until quiet. */
  async heal(): Promise<void> {
    this.log.push('--- heal ---');
    this.net.clear();
    for (const c of this.clients) {
      c.forgetInFlight();
      if (this.connected.get(c.name) === null) this.connect(c);
    }
    for (let round = 0; round < 50; round++) {
      let busy = false;
      for (const c of this.clients) {
        for (const coll of COLLECTIONS) {
          for (let out = c.startPush(coll); out !== null; out = c.startPush(coll)) {
            busy = true;
            this.step++;
            this.markProcessed(c.name, out.request);
            const result = await this.server.push(c.name, out.request);
            this.onPushed(c, coll, out.requestId, result);
            if (!result.ok) throw new Error(`push failed while healing: ${result.error.message}`);
          }
          for (
            let out = c.startPull(coll);
            out !== null;
            out = c.wantsPull(coll) ? c.startPull(coll) : null
          ) {
            const result = await this.server.pull(c.name, out.request);
            if (result.ok && result.value.documents.length > 0) busy = true;
            c.onPullResult(coll, out.requestId, result);
          }
        }
      }
      if (!busy) return;
    }
    throw new Error('no convergence after 50 healing rounds');
  }

  async check(): Promise<string[]> {
    const state = new Map<string, Map<string, SyncDoc>>();
    for (const coll of COLLECTIONS) {
      const docs = new Map<string, SyncDoc>();
      let seq: number | null = null;
      for (;;) {
        const r = await this.server.pull('oracle', {
          type: 'pull',
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: 0,
          collection: coll,
          checkpoint: seq === null ? null : { seq },
          batchSize: 500,
        });
        if (!r.ok) throw new Error(`oracle pull failed: ${r.error.message}`);
        for (const d of r.value.documents) docs.set(d.id, d);
        if (r.value.documents.length < 500) break;
        seq = r.value.checkpoint.seq;
      }
      state.set(coll, docs);
    }
    const server: ServerState = state;
    this.stats.conflictRecords = state.get(CONFLICTS_COLLECTION)?.size ?? 0;
    this.stats.reviewRecords = state.get(REVIEW_COLLECTION)?.size ?? 0;
    this.stats.fieldAcks = this.acks.length;
    await this.storage.close();
    return [
      ...checkConvergence(server, this.clients),
      ...checkFieldAcks(server, this.acks, this.sent),
      ...checkEventAcks(server, EVENTS, this.ackedEvents),
    ];
  }

  // ---- operations --------------------------------------------------------------------------

  private localWrite(c: ModelClient): void {
    const r = this.rnd.next();
    const value = `${c.name}.${++this.counter}`;
    const live = (coll: string) => [...c.docs(coll).values()].map((x) => x.fork).filter((d) => !d._deleted);
    const notes = live(NOTES);
    if (r < 0.25 || notes.length === 0) {
      const id = this.rnd.chance(0.3) ? `n${this.rnd.int(3)}` : `${c.name}-n${this.counter}`; // shared ids collide on create
      const existing = c.docs(NOTES).get(id);
      if (existing !== undefined && !existing.fork._deleted)
        return this.write(c, NOTES, { ...existing.fork, a: value });
      return this.write(c, NOTES, { id, _deleted: false, [this.rnd.pick(FIELDS)]: value });
    }
    if (r < 0.6) return this.write(c, NOTES, { ...this.rnd.pick(notes), [this.rnd.pick(FIELDS)]: value });
    if (r < 0.68) return this.write(c, NOTES, { ...this.rnd.pick(notes), _deleted: true });
    if (r < 0.9)
      return this.write(c, EVENTS, {
        id: `${c.name}-e${this.counter}`,
        _deleted: false,
        aggregate: `d${this.rnd.int(3)}`,
        kind: this.rnd.pick(KINDS),
        by: value,
      });
    const events = live(EVENTS);
    if (r < 0.94 && events.length > 0)
      return this.write(c, EVENTS, { ...this.rnd.pick(events), kind: 'edited' }); // EVT1 violation
    const open = live(CONFLICTS_COLLECTION).filter((d) => d['status'] === 'open');
    if (open.length > 0)
      this.write(c, CONFLICTS_COLLECTION, { ...this.rnd.pick(open), status: 'resolved', resolvedBy: c.name });
  }

  private write(c: ModelClient, coll: string, d: SyncDoc): void {
    this.note(`${c.name} writes ${coll} ${JSON.stringify(d)}`, () => c.write(coll, d));
  }

  private startPush(c: ModelClient, coll: string): void {
    if (this.connected.get(c.name) === null) return;
    const out = c.startPush(coll);
    if (out === null) return;
    this.log.push(
      `#${this.step} ${c.name} push#${out.requestId} ${coll} ${out.request.rows.map((r) => r.newDocumentState.id).join(',')}`,
    );
    this.net.send(c.name, { dir: 'up', requestId: out.requestId, request: out.request });
  }

  private startPull(c: ModelClient, coll: string): void {
    if (this.connected.get(c.name) === null || (!c.wantsPull(coll) && this.rnd.chance(0.5))) return;
    const out = c.startPull(coll);
    if (out === null) return;
    this.log.push(
      `#${this.step} ${c.name} pull#${out.requestId} ${coll} from ${JSON.stringify(out.request.checkpoint)}`,
    );
    this.net.send(c.name, { dir: 'up', requestId: out.requestId, request: out.request });
  }

  private async deliverSome(): Promise<void> {
    if (this.net.size === 0) return;
    const env = this.net.take(this.rnd.int(this.net.size));
    if (env !== undefined) await this.deliver(env.peer, env.message);
  }

  /** Two requests processed at once: exercises the storage's transaction serialisation. */
  private async deliverConcurrently(): Promise<void> {
    const ups = this.net
      .peek()
      .filter((e) => e.message.dir === 'up')
      .map((e) => e.id);
    if (ups.length < 2) return this.deliverSome();
    const picked = ups
      .slice(0, 2)
      .flatMap((id) => this.net.take(this.net.peek().findIndex((e) => e.id === id)) ?? []);
    this.log.push(`#${this.step} concurrent delivery`);
    await Promise.all(picked.map((e) => this.deliver(e.peer, e.message)));
  }

  private async deliver(peer: string, w: Wire): Promise<void> {
    const c = this.client(peer);
    switch (w.dir) {
      case 'up': {
        this.log.push(`#${this.step} server gets ${peer} ${w.request.type}#${w.requestId}`);
        this.markProcessed(peer, w.request);
        const coll = w.request.collection;
        if (w.request.type === 'push') this.stats.pushes++;
        else this.stats.pulls++;
        if (w.request.type === 'push')
          this.net.send(peer, {
            dir: 'pushed',
            requestId: w.requestId,
            collection: coll,
            result: await this.server.push(peer, w.request),
          });
        else
          this.net.send(peer, {
            dir: 'pulled',
            requestId: w.requestId,
            collection: coll,
            result: await this.server.pull(peer, w.request),
          });
        return;
      }
      case 'pushed':
        this.log.push(`#${this.step} ${peer} gets push#${w.requestId} ${JSON.stringify(w.result)}`);
        return this.onPushed(c, w.collection, w.requestId, w.result);
      case 'pulled':
        this.log.push(
          `#${this.step} ${peer} gets pull#${w.requestId} ${w.result.ok ? `${w.result.value.documents.length} docs → ${w.result.value.checkpoint.seq}` : w.result.error.code}`,
        );
        return c.onPullResult(w.collection, w.requestId, w.result);
      case 'event':
        return c.onStreamEvent(w.event);
    }
  }

  private onPushed(c: ModelClient, coll: string, requestId: number, result: SyncResult<PushResponse>): void {
    const acks: PushAck[] = c.onPushResult(coll, requestId, result);
    if (coll === NOTES) this.acks.push(...fieldAcks(c.name, acks, this.firstSent));
    if (coll === EVENTS)
      for (const a of acks)
        if (a.row.assumedMasterState === null) this.ackedEvents.add(a.row.newDocumentState.id);
  }

  private mangle(kind: 'duplicate' | 'drop'): void {
    if (this.net.size === 0) return;
    const i = this.rnd.int(this.net.size);
    this.log.push(
      `#${this.step} network ${kind}s ${JSON.stringify(this.net.peek()[i]?.message).slice(0, 80)}`,
    );
    if (kind === 'duplicate') this.stats.duplicated++;
    else this.stats.dropped++;
    if (kind === 'duplicate') this.net.duplicate(i);
    else this.net.drop(i);
  }

  private toggleConnection(c: ModelClient): void {
    const sub = this.connected.get(c.name);
    if (sub === null) return this.note(`${c.name} reconnects`, () => this.connect(c));
    this.note(`${c.name} disconnects`, () => {
      sub?.close();
      this.connected.set(c.name, null);
      this.net.dropPeer(c.name);
      c.forgetInFlight();
    });
  }

  private async restart(): Promise<void> {
    this.log.push(`#${this.step} server restarts`);
    this.stats.restarts++;
    await this.storage.close();
    this.storage = this.opts.openStorage();
    this.server = this.makeServer();
    for (const c of this.clients) if (this.connected.get(c.name) !== null) this.connect(c); // SSE reconnects
  }

  // ---- helpers -----------------------------------------------------------------------------

  private connect(c: ModelClient): void {
    const sub = this.server.subscribe(
      c.name,
      { type: 'subscribe', protocolVersion: PROTOCOL_VERSION, collections: COLLECTIONS },
      (event) => this.net.send(c.name, { dir: 'event', event }),
    );
    if (!sub.ok) throw new Error(sub.error.message);
    this.connected.set(c.name, sub.value);
  }

  private makeServer(): SyncServer<string> {
    return new SyncServer<string>({
      storage: this.storage,
      collections: testCollections,
      scope: openScope,
      clock: this.clock,
      ids: this.ids,
    });
  }

  private markProcessed(peer: string, request: PullRequest | PushRequest): void {
    if (request.type !== 'push') return;
    for (const row of request.rows) {
      const key = rowKey(request.collection, row);
      if (this.firstSent.has(key)) continue;
      this.firstSent.set(key, this.step);
      this.sent.push(
        ...fieldAcks(
          peer,
          [{ collection: request.collection, requestId: 0, row, taken: true, rejected: false }],
          this.firstSent,
        ),
      );
    }
  }

  private note(line: string, act: () => void): void {
    this.log.push(`#${this.step} ${line}`);
    act();
  }

  private client(name: string): ModelClient {
    const c = this.clients.find((x) => x.name === name);
    if (c === undefined) throw new Error(`no client ${name}`);
    return c;
  }
}
