import { contentHash, jsonEqual } from '../json.ts';
import type { PushRow, SyncDoc } from '../protocol.ts';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from '../protocol.ts';
import type { PushAck } from './model-client.ts';
import type { ModelClient } from './model-client.ts';

/**
 * What a fuzz run must end with, checked against the server's final state:
 *  1. Convergence: every replica holds exactly the server's documents of every collection.
 *  2. No acknowledged write is lost: each acknowledged field value of a mergeable collection
 *     is the final value, or was superseded by a later acknowledged write of the same field, or
 *     is the losing value of a conflict record (CONF2–CONF4). A later change of the same field
 *     that the same client sent (and the server processed) also supersedes: after a lost
 *     acknowledgement the client's own earlier state is the server's, and the three-way merge
 *     rightly treats the client's later state against its stale base (see SPEC CONF6).
 *  3. No acknowledged event is dropped: it is stored, or its tombstone has a review record (EVT3).
 */
export interface FieldAck {
  readonly client: string;
  readonly collection: string;
  readonly docId: string;
  readonly field: string;
  readonly value: unknown;
  /**
   * First step at which the server processed any request of this client carrying this change:
   * a retry after a lost acknowledgement is applied when the first attempt arrived, not later.
   */
  readonly at: number;
}

export type FieldChange = Omit<FieldAck, 'at' | 'client'>;

/** The field changes a push row carries relative to its assumed master state. */
export function fieldChanges(collection: string, row: PushRow): FieldChange[] {
  const next = row.newDocumentState;
  const base = row.assumedMasterState ?? { id: next.id, _deleted: false }; // a creation does not change `_deleted`
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(next), ...Object.keys(base)])) {
    if (field !== 'id' && !jsonEqual(next[field], base[field]))
      out.push({ collection, docId: next.id, field, value: next[field] });
  }
  return out;
}

/**
 * Identifies a row by content: a retry after a lost acknowledgement carries the same row, and
 * identical rows of two clients have one effect, applied when the first arrived (PUSH10).
 */
export const rowKey = (collection: string, row: PushRow): string => `${collection}|${contentHash(row)}`;

export function fieldAcks(
  client: string,
  acks: readonly PushAck[],
  firstSent: ReadonlyMap<string, number>,
): FieldAck[] {
  return acks.flatMap(({ collection, row, rejected }) => {
    if (rejected) return [];
    const at = firstSent.get(rowKey(collection, row)) ?? Number.MAX_SAFE_INTEGER;
    return fieldChanges(collection, row).map((c) => ({ ...c, client, at }));
  });
}

export type ServerState = ReadonlyMap<string, ReadonlyMap<string, SyncDoc>>;

export function checkConvergence(server: ServerState, clients: readonly ModelClient[]): string[] {
  const problems: string[] = [];
  for (const c of clients) {
    for (const collection of c.collections) {
      const truth = server.get(collection) ?? new Map<string, SyncDoc>();
      const mine = c.docs(collection);
      for (const [id, d] of truth) {
        const rep = mine.get(id);
        if (rep === undefined || !jsonEqual(rep.fork, d))
          problems.push(
            `${c.name} ${collection}/${id}: has ${JSON.stringify(rep?.fork)} server ${JSON.stringify(d)}`,
          );
      }
      for (const id of mine.keys())
        if (!truth.has(id)) problems.push(`${c.name} ${collection}/${id}: not on the server`);
    }
  }
  return problems;
}

/** `sent`: every row change the server processed, acknowledged or not, first processing step. */
export function checkFieldAcks(
  server: ServerState,
  acks: readonly FieldAck[],
  sent: readonly FieldAck[],
): string[] {
  const records = [...(server.get(CONFLICTS_COLLECTION)?.values() ?? [])];
  const problems: string[] = [];
  for (const w of acks) {
    const final = server.get(w.collection)?.get(w.docId);
    if (final !== undefined && jsonEqual(final[w.field], w.value)) continue;
    const same = (o: FieldAck) =>
      o.collection === w.collection && o.docId === w.docId && o.field === w.field && o.at > w.at;
    const superseded =
      acks.some(same) || sent.some((o) => same(o) && o.client === w.client && !jsonEqual(o.value, w.value));
    if (superseded) continue;
    const recorded = records.some(
      (r) =>
        r['collection'] === w.collection &&
        r['docId'] === w.docId &&
        r['field'] === w.field &&
        jsonEqual(r['losingValue'], w.value ?? null),
    );
    if (!recorded) {
      const related = records
        .filter((r) => r['docId'] === w.docId)
        .map((r) => `${String(r['field'])}:${JSON.stringify(r['losingValue'])}`);
      problems.push(
        `lost write by ${w.client} ${w.collection}/${w.docId}.${w.field}=${JSON.stringify(w.value)} acked at step ${w.at}; final ${JSON.stringify(final)}; records ${related.join(' ')}`,
      );
    }
  }
  return problems;
}

export function checkEventAcks(server: ServerState, collection: string, ids: ReadonlySet<string>): string[] {
  const events = server.get(collection) ?? new Map<string, SyncDoc>();
  const reviews = [...(server.get(REVIEW_COLLECTION)?.values() ?? [])];
  const problems: string[] = [];
  for (const id of ids) {
    const e = events.get(id);
    if (e === undefined) problems.push(`event ${id} acknowledged but not on the server`);
    else if (e._deleted && !reviews.some((r) => r['collection'] === collection && r['docId'] === id))
      problems.push(`event ${id} refused without a review record`);
  }
  return problems;
}
