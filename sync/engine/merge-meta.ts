import { canonicalJson, jsonEqual, shortHashOfCanonical } from '../json.ts';
import type { SyncDoc } from '../protocol.ts';

/**
 * Per-document bookkeeping the server keeps beside each stored state (never sent to clients).
 * Value comparison alone cannot tell "unchanged since the client's base" from "changed and
 * changed back" (A→B→A), so a stale push could silently undo a later write (found by the fuzzer,
 * seeds 77 and 4686). With it the merge asks the history instead (CONF7):
 *  1. `version` counts the document's stored states; `fields[f]` is the version that last
 *     changed field f (`_deleted` included).
 *  2. `states` remembers the hashes of the last STATE_MEMORY states, so a client's base state is
 *     found by content: a base seen at version v means "the server changed f" iff fields[f] > v.
 *     A null base is version 0. A base no longer remembered falls back to value comparison.
 *  3. `applied` remembers the last REPLAY_MEMORY push rows applied, to recognise replays (PUSH10).
 */
export interface MergeMeta {
  readonly version: number;
  readonly fields: Readonly<Record<string, number>>;
  readonly states: readonly { readonly version: number; readonly hash: string }[];
  readonly applied: readonly string[];
}

const STATE_MEMORY = 32;
const REPLAY_MEMORY = 16;

export const emptyMeta: MergeMeta = { version: 0, fields: {}, states: [], applied: [] };

/**
 * How the hashes get a document's canonical JSON: canonicalJson, or a push's memo of it
 * (json.ts canonicalMemo, push-hashes.ts) so that a state hashed as a row, a base and a stored
 * state is serialised once. The hashes are the same either way: shortHash(a, b) hashes `[a,b]`.
 */
export type Canonical = (v: unknown) => string;

/**
 * 53-bit hashes keep the bookkeeping near 0.6 kB per document; a false match needs a collision
 * among one document's own 32 states.
 */
export const stateHash = (doc: SyncDoc, canon: Canonical = canonicalJson): string =>
  shortHashOfCanonical(canon(doc));

export const rowHash = (base: SyncDoc | null, next: SyncDoc, canon: Canonical = canonicalJson): string =>
  shortHashOfCanonical(canon(base), canon(next));

/** A state's hash as stateHash computes it; a push passes its memo (push-hashes.ts). */
export type StateHashOf = (doc: SyncDoc) => string;

/** Invariant 2: did the server change `field` after the client's `base`? */
export function serverChangedSince(
  meta: MergeMeta,
  base: SyncDoc | null,
  server: SyncDoc,
  hashOf: StateHashOf = stateHash,
): (field: string) => boolean {
  const baseHash = base === null ? null : hashOf(base); // once, not once per remembered state
  const seen = baseHash === null ? 0 : meta.states.findLast((s) => s.hash === baseHash)?.version;
  if (seen === undefined) return (field) => !jsonEqual(server[field], base?.[field]);
  return (field) => (meta.fields[field] ?? 0) > seen;
}

/** Invariant 1: the meta after storing `next` over `prev` (null: the first state). */
export function nextMeta(
  meta: MergeMeta,
  prev: SyncDoc | null,
  next: SyncDoc,
  hashOf: StateHashOf = stateHash,
): MergeMeta {
  const version = meta.version + 1;
  const fields: Record<string, number> = { ...meta.fields };
  for (const f of new Set([...Object.keys(prev ?? {}), ...Object.keys(next)])) {
    if (f !== 'id' && !jsonEqual(prev?.[f], next[f])) fields[f] = version;
  }
  const states = [...meta.states, { version, hash: hashOf(next) }].slice(-STATE_MEMORY);
  return { version, fields, states, applied: meta.applied };
}

/** Invariant 3. */
export const withApplied = (meta: MergeMeta, hash: string): MergeMeta =>
  meta.applied.includes(hash) ? meta : { ...meta, applied: [...meta.applied, hash].slice(-REPLAY_MEMORY) };
