import type { AppendOnlyCollection } from '../collections.ts';
import { jsonEqual } from '../json.ts';
import type { ChangedSince, FieldPolicy } from '../merge.ts';
import { mergeThreeWay } from '../merge.ts';
import type { PushRow, RowRejection, SyncDoc } from '../protocol.ts';
import type { RecordContext, RecordDraft } from './records.ts';
import { conflictRecord, reviewRecord } from './records.ts';

/**
 * Pure per-row decisions of a push: what to store, what to answer. No I/O, so every apply path
 * is unit-tested directly; SyncServer runs them inside one storage transaction (PUSH1).
 */
export interface RowDecision {
  /** The state to store, or null to store nothing. */
  readonly write: SyncDoc | null;
  /** The server state to return in `conflicts`, or null when the row was taken as-is (PUSH5). */
  readonly reply: SyncDoc | null;
  readonly rejected: RowRejection | null;
  /** Records to insert unless one with the same id exists (CONF5, EVT5). */
  readonly records: readonly RecordDraft[];
}

/** CONF7: equal values are not enough for a fast-forward if the history saw changes since. */
function changedAny(current: SyncDoc, base: SyncDoc, serverChanged: ChangedSince | undefined): boolean {
  if (serverChanged === undefined) return false;
  return [...new Set([...Object.keys(current), ...Object.keys(base)])].some(
    (f) => f !== 'id' && serverChanged(f),
  );
}

const accepted = (write: SyncDoc | null): RowDecision => ({
  write,
  reply: null,
  rejected: null,
  records: [],
});

export function decideMergeable(
  row: PushRow,
  current: SyncDoc | null,
  ctx: RecordContext,
  serverChanged?: ChangedSince,
  policy?: FieldPolicy,
): RowDecision {
  const incoming = row.newDocumentState;
  const base = row.assumedMasterState;
  if (current === null) return accepted(incoming); // PUSH2
  if (jsonEqual(current, incoming)) return accepted(null); // PUSH3: the server already holds it
  if (base !== null && jsonEqual(current, base) && !changedAny(current, base, serverChanged))
    return accepted(incoming); // PUSH4
  const { merged, conflicts } = mergeThreeWay(base, current, incoming, serverChanged, policy); // CONF1–CONF3, CONF7, CONF8, CONF10
  return {
    write: jsonEqual(merged, current) ? null : merged,
    reply: jsonEqual(merged, incoming) ? null : merged,
    rejected: null,
    records: conflicts.map((c) => conflictRecord(ctx, c)), // CONF4
  };
}

/**
 * PUSH10: this exact row (same base, same new state) was applied before — a duplicate delivery
 * or a retry after a lost acknowledgement. Applying it again could only bring back stale values
 * (e.g. when the server's value has since returned to the old base), so nothing is written and
 * the client adopts the current state.
 */
export function decideReplay(row: PushRow, current: SyncDoc): RowDecision {
  return {
    write: null,
    reply: jsonEqual(current, row.newDocumentState) ? null : current,
    rejected: null,
    records: [],
  };
}

/** Loads the aggregate's accepted events in server order; only called for new events. */
export type PriorEvents = () => Promise<readonly SyncDoc[]>;

export async function decideAppendOnly(
  spec: AppendOnlyCollection,
  row: PushRow,
  current: SyncDoc | null,
  prior: PriorEvents,
  ctx: RecordContext,
): Promise<RowDecision> {
  const event = row.newDocumentState;
  if (current !== null) {
    if (jsonEqual(current, event)) return accepted(null); // EVT4: retry of a stored event
    if (jsonEqual(current, { ...event, _deleted: true })) {
      // EVT4: retry of an event refused before; its review record exists already.
      return {
        write: null,
        reply: current,
        rejected: { id: event.id, reason: 'invalid_event' },
        records: [],
      };
    }
    return {
      write: null,
      reply: current,
      rejected: { id: event.id, reason: 'append_only' },
      records: [reviewRecord(ctx, event, 'append_only')], // EVT1: edits never apply, never vanish
    };
  }
  if (event._deleted) return accepted(event); // created and deleted offline: never an accepted event
  const verdict = spec.validate(await prior(), event);
  if (verdict.ok) return accepted(event);
  const tombstone: SyncDoc = { ...event, _deleted: true }; // EVT3: takes the id, so retries agree
  return {
    write: tombstone,
    reply: tombstone,
    rejected: { id: event.id, reason: 'invalid_event', detail: verdict.reason },
    records: [reviewRecord(ctx, event, 'invalid_event', verdict.reason)],
  };
}

/** SCOPE4: refused per row; the reply never reveals a document the principal cannot read. */
export function decideForbidden(id: string, visible: SyncDoc | null): RowDecision {
  return {
    write: null,
    reply: visible ?? { id, _deleted: true },
    rejected: { id, reason: 'forbidden' },
    records: [],
  };
}
