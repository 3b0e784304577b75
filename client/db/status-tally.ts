import type { BulkWriteRow, RxDocumentData, RxJsonSchema, RxStorageInstance } from 'rxdb';
import { createRevision, fillWithDefaultSettings, now } from 'rxdb';
import { Observable } from 'rxjs';
import { filter, map } from 'rxjs/operators';

/**
 * Dossiers per status, kept by the storage itself so the list's chips never walk 100,000 index
 * entries (Chromium counts an IndexedDB range by walking it: ~1 s for the biggest status).
 * One small document per dossier storage instance holds the counts. Invariants:
 *  T1. Every write that may move a dossier between statuses is bracketed: `mark` records the
 *      write's token in `pending` before the dossiers are written, `apply` adds the write's delta
 *      (from each successful row's `previous` and `document`) and removes the token after.
 *      Writes that keep every row's live status (a phone number edited) need neither.
 *  T2. `known` counts are exact for every committed write whose token is not pending. A pending
 *      token of a living writer is a write in flight (its apply follows); a pending token of a
 *      dead writer (a crashed tab) is a delta that will never come: the counts must be recounted.
 *  T3. A recount commits only against the tally revision read before it counted, with no living
 *      writer pending then: any mark or apply in between changes the revision and the commit is
 *      refused (409), so a count that raced a write is never stored.
 *  T4. An apply whose token is gone (a recount took the writer for dead) cannot know whether the
 *      recount saw its write: it sets `known` to false, so the next reader recounts.
 *  T5. A storage with no live dossier starts with known zero counts; one created before the
 *      tally existed starts unknown and is counted once, by the first reader, when writers rest.
 * Tally writes go through RxDB's storage with `previous` revisions, so concurrent tabs never
 * lose an update: a refused write is re-read and retried.
 */
export interface TallyDoc {
  readonly id: string;
  readonly known: boolean;
  readonly counts: Readonly<Record<string, number>>;
  /** write token → the token of the writer (tab) that holds it */
  readonly pending: Readonly<Record<string, string>>;
}

export type Stored = RxDocumentData<TallyDoc>;
export type StatusDelta = Readonly<Record<string, number>>;

export const TALLY_ID = 'status';

export const TALLY_SCHEMA: RxJsonSchema<Stored> = fillWithDefaultSettings({
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 16 },
    known: { type: 'boolean' },
    counts: { type: 'object', additionalProperties: { type: 'integer' } },
    pending: { type: 'object', additionalProperties: { type: 'string' } },
  },
  required: ['id', 'known', 'counts', 'pending'],
  additionalProperties: false,
});

/** What the tally reads of a dossier row. */
export type Row = { readonly status?: unknown; readonly _deleted?: boolean };
const liveStatus = (d: Row | undefined): string | undefined =>
  d === undefined || d._deleted === true ? undefined : String(d.status);

/** T1: true when some row would move a dossier into, out of or between statuses. */
export const mayMove = (rows: readonly BulkWriteRow<Row>[]): boolean =>
  rows.some((r) => liveStatus(r.previous) !== liveStatus(r.document));

/** T1: the net change per status of the rows that were written (not in `failed`). */
export function deltaOf(
  rows: readonly BulkWriteRow<Row>[],
  idOf: (row: Row) => string,
  failed: ReadonlySet<string>,
): StatusDelta {
  const delta: Record<string, number> = {};
  for (const r of rows) {
    if (failed.has(idOf(r.document))) continue;
    const before = liveStatus(r.previous);
    const after = liveStatus(r.document);
    if (before === after) continue;
    if (before !== undefined) delta[before] = (delta[before] ?? 0) - 1;
    if (after !== undefined) delta[after] = (delta[after] ?? 0) + 1;
  }
  return delta;
}

const EMPTY: TallyDoc = { id: TALLY_ID, known: false, counts: {}, pending: {} };

function withoutKeys<V>(record: Readonly<Record<string, V>>, keys: readonly string[]): Record<string, V> {
  const out = { ...record };
  for (const k of keys) delete out[k];
  return out;
}

const marked = (s: TallyDoc, token: string, writer: string): TallyDoc => ({
  ...s,
  pending: { ...s.pending, [token]: writer },
});

function applied(s: TallyDoc, token: string, delta: StatusDelta): TallyDoc {
  if (!(token in s.pending)) return { ...s, known: false, counts: {} }; // T4
  const counts: Record<string, number> = { ...s.counts };
  for (const [status, n] of Object.entries(delta)) counts[status] = (counts[status] ?? 0) + n;
  return { ...s, counts: s.known ? counts : {}, pending: withoutKeys(s.pending, [token]) };
}

const plain = (d: Stored): TallyDoc => ({ id: d.id, known: d.known, counts: d.counts, pending: d.pending });

/** One dossier storage instance's tally, over its own small storage instance. */
export class StatusTally {
  private cached: Stored | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private writes = 0;

  constructor(
    private readonly instance: RxStorageInstance<TallyDoc, unknown, unknown>,
    /** This writer's token (RxDB's database instance token: one per tab and database). */
    readonly writer: string,
  ) {}

  /** The stored tally with its revision (for recount), or undefined before the first write. */
  async read(): Promise<Stored | undefined> {
    const [doc] = await this.instance.findDocumentsById([TALLY_ID], false);
    return doc;
  }

  /** Every tally state written from now on, by this tab or another (with its revision). */
  changes(): Observable<Stored> {
    return this.instance.changeStream().pipe(
      map((bulk) => bulk.events.find((e) => e.documentId === TALLY_ID)?.documentData),
      filter((d): d is Stored => d !== undefined),
    );
  }

  /** T1: before the dossiers are written; returns the write's token. */
  async mark(): Promise<string> {
    this.writes += 1;
    const token = `${this.writer}.${this.writes}`;
    await this.update((s) => marked(s, token, this.writer));
    return token;
  }

  /** T1/T4: after the dossiers were written (or the write failed: an empty delta). */
  async apply(token: string, delta: StatusDelta): Promise<void> {
    await this.update((s) => applied(s, token, delta));
  }

  /** T5: known zero counts for a storage with no live dossier, unless a tally exists already. */
  async startEmpty(): Promise<void> {
    await this.write(undefined, { ...EMPTY, known: true });
  }

  /**
   * T3: stores a recount made after reading `base`, dropping the tokens of dead writers.
   * Returns false when the tally changed since (the count may have raced a write).
   */
  async commitRecount(
    base: Stored | undefined,
    counts: StatusDelta,
    deadTokens: readonly string[],
  ): Promise<boolean> {
    const pending = withoutKeys(base?.pending ?? {}, deadTokens);
    return this.write(base, { ...EMPTY, known: true, counts: { ...counts }, pending });
  }

  /** Serialised per tab; retried on 409 with the state another tab wrote. */
  private update(change: (s: TallyDoc) => TallyDoc): Promise<void> {
    const run = async (): Promise<void> => {
      let base = this.cached ?? (await this.read());
      for (;;) {
        const ok = await this.write(base, change(base === undefined ? EMPTY : plain(base)));
        if (ok) return;
        base = this.cached;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** One revision-checked write; on a conflict `cached` becomes the stored state. */
  private async write(previous: Stored | undefined, next: TallyDoc): Promise<boolean> {
    const document: Stored = {
      ...next,
      _deleted: false,
      _attachments: {},
      _rev: createRevision(this.writer, previous),
      _meta: { lwt: now() },
    };
    const row = previous === undefined ? { document } : { previous, document };
    const { error } = await this.instance.bulkWrite([row], 'status-tally');
    const [e] = error;
    if (e === undefined) {
      this.cached = document;
      return true;
    }
    if (e.status !== 409) throw new Error(`status tally write failed (${e.status})`);
    this.cached = e.documentInDb;
    return false;
  }
}
