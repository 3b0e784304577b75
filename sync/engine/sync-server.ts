import type { Clock, IdSource } from '../clock.ts';
import { isoAt } from '../clock.ts';
import type { CollectionRegistry, CollectionSpec, ReadDoc } from '../collections.ts';
import { collectionRegistry, recordCollections } from '../collections.ts';
import type {
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
  PushRow,
  RowRejection,
  SubscribeRequest,
  SyncDoc,
  SyncResult,
} from '../protocol.ts';
import { fail, ok } from '../protocol.ts';
import type { SyncScope } from '../scope.ts';
import { jsonEqual } from '../json.ts';
import { keyAllowed } from '../scope.ts';
import type { SyncStorage, SyncTransaction } from '../storage.ts';
import { Access } from './access.ts';
import type { Change, Listener } from './change-hub.ts';
import { ChangeHub } from './change-hub.ts';
import { checkProtocol, checkRequest } from './checks.ts';
import type { RowDecision } from './decide-row.ts';
import { decideAppendOnly, decideForbidden, decideMergeable, decideReplay } from './decide-row.ts';
import type { MergeMeta } from './merge-meta.ts';
import { emptyMeta, nextMeta, serverChangedSince, withApplied } from './merge-meta.ts';
import { PushHashes } from './push-hashes.ts';
import { projectionRoutes, toReproject, type ProjectionRoute } from './projections.ts';
import type { RecordContext } from './records.ts';

export interface SyncServerOptions<P> {
  readonly storage: SyncStorage;
  readonly collections: readonly CollectionSpec[];
  readonly scope: SyncScope<P>;
  readonly clock: Clock;
  readonly ids: IdSource;
}

/** The parts of a stored row a push decision needs. */
interface Current {
  readonly doc: SyncDoc;
  readonly meta: MergeMeta;
}

export interface Subscription {
  readonly id: string;
  close(): void;
}

/**
 * The server half of the protocol over a SyncStorage. Invariants (SPEC ids):
 *  1. PUSH1 — all writes of one push (documents and records) happen in one storage transaction;
 *     live subscribers hear of them only after it has committed.
 *  2. SEQ1 — the pull checkpoint is the seq of the last row the storage returned; it never
 *     comes from a clock and never passes a row that was not returned or filtered out.
 *  3. SCOPE3 — pulls filter by scope keys in storage and re-check every row with canRead.
 *  4. EVT6 — projections run inside the push's transaction, after its rows, so the derived
 *     document and the events it comes from commit (and are announced) together.
 */
export class SyncServer<P> {
  private readonly registry: CollectionRegistry;
  private readonly access: Access<P>;
  private readonly hub = new ChangeHub();
  private readonly projections: readonly ProjectionRoute[];

  constructor(private readonly opts: SyncServerOptions<P>) {
    this.registry = collectionRegistry(opts.collections);
    this.projections = projectionRoutes(this.registry);
    this.access = new Access(opts.scope, this.registry, new Set(recordCollections.map((c) => c.name)));
  }

  get subscriberCount(): number {
    return this.hub.size;
  }

  async pull(principal: P, req: PullRequest): Promise<SyncResult<PullResponse>> {
    const checked = checkRequest(this.registry, req);
    if (!checked.ok) return fail(checked.error.code, checked.error.message);
    const since = req.checkpoint ?? { seq: 0 };
    const keys = this.access.pullKeys(principal, req.collection);
    if (keys !== 'all' && keys.length === 0)
      return ok({ type: 'pull_response', documents: [], checkpoint: since });
    const documents: SyncDoc[] = [];
    let checkpoint = since;
    try {
      // PULL5: rows filtered out by canRead (SCOPE2) are replaced, so a short batch means "done"
      while (documents.length < req.batchSize) {
        const limit = req.batchSize - documents.length;
        const rows = await this.opts.storage.pull({
          collection: req.collection,
          afterSeq: checkpoint.seq,
          limit,
          scopeKeys: keys,
        });
        for (const r of rows)
          if (this.access.canRead(principal, req.collection, r.doc)) documents.push(r.doc);
        const last = rows[rows.length - 1];
        if (last !== undefined) checkpoint = { seq: last.seq }; // invariant 2
        if (rows.length < limit) break;
      }
    } catch (e) {
      return fail('internal', `storage pull failed: ${String(e)}`);
    }
    return ok({ type: 'pull_response', documents, checkpoint });
  }

  /**
   * `hashes`: the push's hashes when the caller computed some already (push-hashes.ts; the values
   * are the same either way).
   */
  async push(
    principal: P,
    req: PushRequest,
    hashes: PushHashes = new PushHashes(),
  ): Promise<SyncResult<PushResponse>> {
    const checked = checkRequest(this.registry, req);
    if (!checked.ok) return fail(checked.error.code, checked.error.message);
    const spec = checked.value;
    const at = isoAt(this.opts.clock);
    let outcome: { response: PushResponse; changes: Change[] };
    try {
      outcome = await this.opts.storage.transact((tx) =>
        this.applyPush(tx, principal, spec, req, at, hashes),
      );
    } catch (e) {
      return fail('internal', `push not applied: ${String(e)}`);
    }
    this.hub.publish(outcome.changes); // invariant 1: after commit only
    return ok(outcome.response);
  }

  subscribe(principal: P, req: SubscribeRequest, listener: Listener): SyncResult<Subscription> {
    const proto = checkProtocol(req.protocolVersion);
    if (!proto.ok) return fail(proto.error.code, proto.error.message);
    const unknown = req.collections.find((c) => !this.registry.has(c));
    if (unknown !== undefined) return fail('unknown_collection', `no collection ${unknown}`);
    const id = this.opts.ids.next();
    const sub = {
      collections: new Set(req.collections),
      wants: (collection: string, scopeKey: string) =>
        keyAllowed(this.access.pullKeys(principal, collection), scopeKey),
      listener,
    };
    const close = this.hub.add(id, sub);
    this.hub.deliver(id, sub, { type: 'resync', reason: 'connected' }); // STREAM4
    return ok({ id, close });
  }

  private async applyPush(
    tx: SyncTransaction,
    principal: P,
    spec: CollectionSpec,
    req: PushRequest,
    at: string,
    hashes: PushHashes,
  ): Promise<{ response: PushResponse; changes: Change[] }> {
    const current = new Map<string, Current>();
    for (const [id, row] of await tx.get(
      spec.name,
      req.rows.map((r) => r.newDocumentState.id),
    ))
      current.set(id, row);
    const conflicts: SyncDoc[] = [];
    const rejected: RowRejection[] = [];
    const changes: Change[] = [];
    const written: SyncDoc[] = [];
    for (const row of req.rows) {
      const id = row.newDocumentState.id;
      const cur = current.get(id) ?? null;
      const hash = hashes.row(row.assumedMasterState, row.newDocumentState);
      const decision = await this.decide(tx, principal, spec, row, cur, hash, at, hashes);
      const prevMeta = cur?.meta ?? emptyMeta;
      const meta = decision.rejected === null ? withApplied(prevMeta, hash) : prevMeta; // PUSH10
      if (decision.write !== null) {
        const stored = {
          doc: decision.write,
          meta: nextMeta(meta, cur?.doc ?? null, decision.write, hashes.state),
        };
        changes.push(await this.store(tx, spec, stored.doc, stored.meta));
        written.push(stored.doc);
        current.set(id, stored); // PUSH9: a later row with the same id sees this one
      } else if (cur !== null && meta !== prevMeta) {
        await tx.setMeta(spec.name, id, meta);
        current.set(id, { doc: cur.doc, meta });
      }
      for (const rec of decision.records) {
        const existing = await tx.get(rec.collection, [rec.doc.id]);
        if (!existing.has(rec.doc.id))
          changes.push(
            await this.store(tx, this.spec(rec.collection), rec.doc, nextMeta(emptyMeta, null, rec.doc)),
          );
      }
      if (decision.reply !== null) conflicts.push(decision.reply);
      if (decision.rejected !== null) rejected.push(decision.rejected);
    }
    const read = memoRead(tx);
    for (const { route, ids } of toReproject(this.projections, this.registry, spec.name, written))
      for (const id of ids) {
        const known = route.target === spec.name ? current.get(id) : undefined; // just written
        const change = await this.reproject(tx, route, id, known, read, hashes); // invariant 4
        if (change !== null) changes.push(change);
      }
    return { response: { type: 'push_response', conflicts, rejected }, changes };
  }

  /** EVT6: recomputes one target document from its aggregate's accepted events. */
  private async reproject(
    tx: SyncTransaction,
    route: ProjectionRoute,
    id: string,
    known: Current | undefined,
    read: ReadDoc,
    hashes: PushHashes,
  ): Promise<Change | null> {
    const cur = known ?? (await tx.get(route.target, [id])).get(id);
    if (cur === undefined || cur.doc._deleted) return null;
    const events = (await tx.group(route.events, id)).filter((r) => !r.doc._deleted).map((r) => r.doc);
    const next = await route.projection.project(cur.doc, events, read);
    if (next === null || jsonEqual(next, cur.doc)) return null;
    return this.store(tx, this.spec(route.target), next, nextMeta(cur.meta, cur.doc, next, hashes.state));
  }

  private decide(
    tx: SyncTransaction,
    p: P,
    spec: CollectionSpec,
    row: PushRow,
    cur: Current | null,
    hash: string,
    at: string,
    hashes: PushHashes,
  ): Promise<RowDecision> | RowDecision {
    const incoming = row.newDocumentState;
    const current = cur?.doc ?? null;
    const meta = cur?.meta ?? emptyMeta;
    if (!this.access.canWrite(p, spec.name, current, incoming)) {
      const visible = current !== null && this.access.canRead(p, spec.name, current) ? current : null;
      return decideForbidden(incoming.id, visible);
    }
    const ctx: RecordContext = {
      collection: spec.name,
      docId: incoming.id,
      scopeKey: this.access.scopeKeyOf(spec.name, current ?? incoming),
      at,
    };
    if (spec.kind === 'mergeable') {
      if (current !== null && meta.applied.includes(hash)) return decideReplay(row, current); // PUSH10
      if (
        current !== null &&
        row.assumedMasterState === null &&
        spec.deviceIds === true &&
        meta.version === 1
      )
        return decideMergeable({ ...row, assumedMasterState: current }, current, ctx); // PUSH11
      const changed =
        current === null
          ? undefined
          : serverChangedSince(meta, row.assumedMasterState, current, hashes.state);
      return decideMergeable(row, current, ctx, changed, {
        latestWins: new Set(spec.latestWins),
        derived: new Set(spec.derived),
      });
    }
    const prior = async () =>
      (await tx.group(spec.name, spec.aggregateOf(incoming)))
        .filter((r) => !r.doc._deleted)
        .map((r) => r.doc);
    return decideAppendOnly(spec, row, current, prior, ctx);
  }

  private async store(
    tx: SyncTransaction,
    spec: CollectionSpec,
    doc: SyncDoc,
    meta: MergeMeta,
  ): Promise<Change> {
    const scopeKey = this.access.scopeKeyOf(spec.name, doc);
    const groupKey = spec.kind === 'append-only' ? spec.aggregateOf(doc) : null;
    const [stored] = await tx.put([{ collection: spec.name, id: doc.id, scopeKey, groupKey, meta, doc }]);
    if (stored === undefined) throw new Error('storage returned no row for put'); // contract breach: abort the transaction
    return { collection: spec.name, scopeKey, seq: stored.seq };
  }

  private spec(name: string): CollectionSpec {
    const spec = this.registry.get(name);
    if (spec === undefined) throw new Error(`record collection ${name} not registered`);
    return spec;
  }
}

/**
 * EVT6 reference reads, once per push: every dossier of a 50-row push reads the same catalogue
 * entries, and a procedure or calendar document is far larger than a dossier. Projections read
 * other collections than the one pushed, so nothing the push writes is hidden by the memo. They
 * are `shared` reads: the storage may keep them parsed across pushes (sync/storage.ts).
 */
function memoRead(tx: SyncTransaction): ReadDoc {
  const seen = new Map<string, Promise<SyncDoc | undefined>>();
  return (collection, docId) => {
    const key = `${collection}\u0000${docId}`;
    let doc = seen.get(key);
    if (doc === undefined) {
      doc = tx.get(collection, [docId], { shared: true }).then((rows) => {
        const row = rows.get(docId);
        return row === undefined || row.doc._deleted ? undefined : row.doc;
      });
      seen.set(key, doc);
    }
    return doc;
  };
}
