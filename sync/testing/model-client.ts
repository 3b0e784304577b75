import { jsonEqual } from '../json.ts';
import type {
  Checkpoint,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  PushRow,
  StreamEvent,
  SyncDoc,
  SyncResult,
} from '../protocol.ts';
import { PROTOCOL_VERSION } from '../protocol.ts';

/**
 * A client that follows exactly the client rules RxDB's replication protocol implements
 * (node_modules/rxdb/src/replication-protocol/{upstream,downstream}.ts), without RxDB:
 *  1. Per document a local fork and the assumed master state (RxDB's meta instance).
 *  2. Push: every doc whose fork differs from its assumed master (or has none), with the assumed
 *     master as `assumedMasterState`. One push in flight per collection.
 *  3. Push answer: rows not in `conflicts` get assumed master = the state sent; for a conflict the
 *     handler takes the server state (PUSH5) and writes it to fork and meta — only if the fork is
 *     still the state that was sent (RxDB's write with `previous` fails with 409 otherwise).
 *  4. Pull answer: a doc with unpushed local changes is skipped (PULL7); a doc equal to the fork
 *     only updates the meta; others overwrite fork and meta. Then, and only then, the checkpoint
 *     is saved (PULL7). A full batch asks for the next one (PULL5).
 *  5. A stream `changed` or `resync` asks for a pull from the saved checkpoint (STREAM1, STREAM4).
 * Requests time out (the test decides when); answers to forgotten requests are ignored.
 */
export interface Replica {
  fork: SyncDoc;
  master: SyncDoc | null;
}

interface CollectionState {
  readonly docs: Map<string, Replica>;
  checkpoint: Checkpoint | null;
  push: { readonly requestId: number; readonly rows: readonly PushRow[] } | null;
  pull: { readonly requestId: number; readonly batchSize: number } | null;
  wantsPull: boolean;
}

export interface PushAck {
  readonly collection: string;
  readonly requestId: number;
  readonly row: PushRow;
  readonly taken: boolean;
  /** Refused outright (PUSH6): not an acknowledged write. */
  readonly rejected: boolean;
}

export interface Outgoing<R> {
  readonly requestId: number;
  readonly request: R;
}

export class ModelClient {
  private readonly state = new Map<string, CollectionState>();
  private nextRequest = 1;

  constructor(
    readonly name: string,
    collections: readonly string[],
    private readonly batch: { readonly push: number; readonly pull: number },
  ) {
    for (const c of collections)
      this.state.set(c, { docs: new Map(), checkpoint: null, push: null, pull: null, wantsPull: true });
  }

  get collections(): readonly string[] {
    return [...this.state.keys()];
  }

  docs(collection: string): ReadonlyMap<string, Replica> {
    return this.coll(collection).docs;
  }

  /** A local write: RxDB's fork changes at once; the master state stays (rule 1). */
  write(collection: string, doc: SyncDoc): void {
    const docs = this.coll(collection).docs;
    const rep = docs.get(doc.id);
    if (rep === undefined) docs.set(doc.id, { fork: doc, master: null });
    else rep.fork = doc;
  }

  pending(collection: string): PushRow[] {
    const rows: PushRow[] = [];
    for (const rep of this.coll(collection).docs.values()) {
      if (rep.master === null || !jsonEqual(rep.fork, rep.master))
        rows.push({ assumedMasterState: rep.master, newDocumentState: rep.fork });
    }
    return rows;
  }

  startPush(collection: string): Outgoing<PushRequest> | null {
    const s = this.coll(collection);
    if (s.push !== null) return null;
    const rows = this.pending(collection).slice(0, this.batch.push);
    if (rows.length === 0) return null;
    const requestId = this.nextRequest++;
    s.push = { requestId, rows };
    return {
      requestId,
      request: {
        type: 'push',
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: 0,
        collection,
        rows: [...rows],
      },
    };
  }

  startPull(collection: string): Outgoing<PullRequest> | null {
    const s = this.coll(collection);
    if (s.pull !== null) return null;
    const requestId = this.nextRequest++;
    s.pull = { requestId, batchSize: this.batch.pull };
    s.wantsPull = false;
    const request: PullRequest = {
      type: 'pull',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: 0,
      collection,
      checkpoint: s.checkpoint,
      batchSize: this.batch.pull,
    };
    return { requestId, request };
  }

  wantsPull(collection: string): boolean {
    return this.coll(collection).wantsPull;
  }

  onPushResult(collection: string, requestId: number, result: SyncResult<PushResponse>): PushAck[] {
    const s = this.coll(collection);
    if (s.push === null || s.push.requestId !== requestId) return []; // timed out: ignored
    const rows = s.push.rows;
    s.push = null;
    if (!result.ok) return [];
    const conflicts = new Map(result.value.conflicts.map((d) => [d.id, d]));
    const rejected = new Set(result.value.rejected.map((r) => r.id));
    return rows.map((row) => {
      const rep = s.docs.get(row.newDocumentState.id);
      const real = conflicts.get(row.newDocumentState.id);
      if (rep !== undefined && real === undefined) rep.master = row.newDocumentState; // rule 3
      if (rep !== undefined && real !== undefined && jsonEqual(rep.fork, row.newDocumentState)) {
        rep.fork = real;
        rep.master = real;
      }
      return {
        collection,
        requestId,
        row,
        taken: real === undefined,
        rejected: rejected.has(row.newDocumentState.id),
      };
    });
  }

  onPullResult(collection: string, requestId: number, result: SyncResult<PullResponse>): void {
    const s = this.coll(collection);
    if (s.pull === null || s.pull.requestId !== requestId) return;
    const batchSize = s.pull.batchSize;
    s.pull = null;
    if (!result.ok) {
      s.wantsPull = true;
      return;
    }
    for (const d of result.value.documents) {
      const rep = s.docs.get(d.id);
      if (rep !== undefined && (rep.master === null || !jsonEqual(rep.fork, rep.master))) continue; // rule 4
      if (rep !== undefined && jsonEqual(rep.fork, d)) rep.master = d;
      else s.docs.set(d.id, { fork: d, master: d });
    }
    s.checkpoint = result.value.checkpoint; // rule 4: after the documents
    if (result.value.documents.length >= batchSize) s.wantsPull = true;
  }

  onStreamEvent(event: StreamEvent): void {
    if (event.type === 'changed') this.coll(event.collection).wantsPull = true;
    if (event.type === 'resync') for (const s of this.state.values()) s.wantsPull = true;
  }

  /** A fetch timeout or a dropped connection: in-flight requests are forgotten. */
  forgetInFlight(): void {
    for (const s of this.state.values()) {
      if (s.pull !== null) s.wantsPull = true;
      s.push = null;
      s.pull = null;
    }
  }

  private coll(collection: string): CollectionState {
    const s = this.state.get(collection);
    if (s === undefined) throw new Error(`${this.name} does not sync ${collection}`);
    return s;
  }
}
