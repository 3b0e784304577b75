import { jsonEqual } from './json.ts';
import type { SyncDoc } from './protocol.ts';

/**
 * Field-level three-way merge, run on the server so that every client gets the same result
 * (CONF1). `base` is the client's assumed master state, `server` the stored state, `incoming`
 * the client's new state. Fields are the top-level keys except `id`; an array is one value,
 * a nested object both sides changed merges key by key (CONF1, CONF9).
 */

export interface FieldConflict {
  readonly field: string;
  readonly base: unknown;
  /** The value that stays: always the server's current value (CONF2). */
  readonly winner: unknown;
  /** The incoming value that lost; it goes into a conflict record (CONF4). */
  readonly loser: unknown;
}

export interface MergeResult {
  readonly merged: SyncDoc;
  readonly conflicts: readonly FieldConflict[];
}

const DATA_SKIP = new Set(['id', '_deleted']);

/**
 * Does the merge keep a value from `alive` that it changed since `base` and that the deleting
 * side does not hold? Only such a value makes the deletion lose (CONF3).
 */
function keepsUnseenEdits(
  merged: Record<string, unknown>,
  alive: SyncDoc,
  deleter: SyncDoc,
  aliveChanged: ChangedSince,
): boolean {
  for (const k of Object.keys(alive)) {
    if (DATA_SKIP.has(k) || !jsonEqual(merged[k], alive[k])) continue;
    if (aliveChanged(k) && !jsonEqual(alive[k], deleter[k])) return true;
  }
  return false;
}

/**
 * `serverChanged(f)`: did the server change field f after `base`? Defaults to comparing values;
 * the server passes its history (merge-meta.ts), which also sees changes that were undone (CONF7).
 */
export type ChangedSince = (field: string) => boolean;

/** How particular fields settle a same-field conflict without a record (CONF8, CONF10). */
export interface FieldPolicy {
  readonly latestWins?: ReadonlySet<string>;
  readonly derived?: ReadonlySet<string>;
}

export function mergeThreeWay(
  base: SyncDoc | null,
  server: SyncDoc,
  incoming: SyncDoc,
  serverChanged?: ChangedSince,
  policy: FieldPolicy = {},
): MergeResult {
  const latestWins = policy.latestWins ?? new Set<string>();
  const derived = policy.derived ?? new Set<string>();
  const changed: ChangedSince = serverChanged ?? ((f) => !jsonEqual(server[f], base?.[f]));
  const conflicts: FieldConflict[] = [];
  const merged: Record<string, unknown> = { id: server.id };
  const keys = new Set([...Object.keys(server), ...Object.keys(incoming), ...Object.keys(base ?? {})]);
  for (const field of keys) {
    if (DATA_SKIP.has(field)) continue;
    const b = base?.[field];
    const s = server[field];
    const i = incoming[field];
    let value: unknown;
    if (jsonEqual(i, b) || jsonEqual(i, s))
      value = s; // only the server changed it, or both agree
    else if (!changed(field))
      value = i; // only the client changed it
    else if (latestWins.has(field))
      value = laterInstant(s, i); // CONF8: bookkeeping, no record
    else if (derived.has(field))
      value = s; // CONF10: the server's projection settles it, no record
    else if (isRecord(b) && isRecord(s) && isRecord(i) && !jsonEqual(s, b)) {
      value = mergeObject(field, b, s, i, conflicts); // CONF9: nested objects merge key by key
    } else {
      value = s; // CONF2: both changed it differently; the server's current value stays
      conflicts.push({ field, base: b, winner: s, loser: i });
    }
    if (value !== undefined) merged[field] = value;
  }
  merged['_deleted'] = mergeDeleted(merged, base, server, incoming, changed, conflicts);
  return { merged: merged as SyncDoc, conflicts };
}

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * CONF9: both sides changed the same object field (e.g. `applicant`): merge its keys three-way
 * by value, recursing into nested objects, so one officer's new phone and another's new address
 * both survive. A key both changed differently keeps the server's value and is recorded under its
 * dotted path (`applicant.phone`). Only entered when the server's object really differs from the
 * base (an A→B→A change stays a whole-field conflict, CONF7).
 */
function mergeObject(path: string, b: Json, s: Json, i: Json, out: FieldConflict[]): Json {
  const merged: Json = {};
  for (const key of new Set([...Object.keys(s), ...Object.keys(i), ...Object.keys(b)])) {
    const [bk, sk, ik] = [b[key], s[key], i[key]];
    let value: unknown;
    if (jsonEqual(ik, bk) || jsonEqual(ik, sk)) value = sk;
    else if (jsonEqual(sk, bk)) value = ik;
    else if (isRecord(bk) && isRecord(sk) && isRecord(ik))
      value = mergeObject(`${path}.${key}`, bk, sk, ik, out);
    else {
      value = sk;
      out.push({ field: `${path}.${key}`, base: bk, winner: sk, loser: ik });
    }
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** CONF8: the later of two ISO instants (same format, so they order as strings); a non-string loses. */
function laterInstant(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return b > a ? b : a;
}

/**
 * CONF3: a deletion that meets concurrent edits loses, so that edited data never vanishes.
 * Edits the deleting side already holds (e.g. its own creation whose acknowledgement was lost,
 * pushed again with no base), or edits that lost the merge themselves, do not revive: the
 * deletion stands.
 */
function mergeDeleted(
  merged: Record<string, unknown>,
  base: SyncDoc | null,
  server: SyncDoc,
  incoming: SyncDoc,
  serverChanged: ChangedSince,
  out: FieldConflict[],
): boolean {
  const b = base?._deleted ?? false;
  const deleted = incoming._deleted === b ? server._deleted : incoming._deleted;
  if (!deleted) return false;
  if (server._deleted === incoming._deleted) return true;
  const [alive, deleter] = server._deleted ? [incoming, server] : [server, incoming];
  const aliveChanged: ChangedSince =
    alive === server ? serverChanged : (f) => !jsonEqual(incoming[f], base?.[f]);
  if (keepsUnseenEdits(merged, alive, deleter, aliveChanged)) {
    out.push({ field: '_deleted', base: b, winner: false, loser: true });
    return false;
  }
  return true;
}
