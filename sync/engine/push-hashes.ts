import { canonicalMemo } from '../json.ts';
import type { SyncDoc } from '../protocol.ts';
import { rowHash, stateHash } from './merge-meta.ts';

/**
 * The hashes one push needs (merge-meta.ts): every state's hash (bases, stored states) and every
 * row's replay hash (PUSH10). Invariants:
 *  1. A hash is the formula's value for that object, whoever computed it: stateHash and rowHash
 *     here, or a caller's value handed in with `knowState` / `knowRow` (the HTTP layer has a
 *     worker thread hash a request's rows before the push reaches the single writer,
 *     server/sync/prepare-push.ts). A known value is only ever the formula's own result.
 *  2. Values are kept per object for the span of one push: documents are never changed in place
 *     (a new state is a new object), so a state hashed as a row, a base and a stored state is
 *     serialised and hashed once.
 *  3. A row hash is known for one (base, next) pair of objects; any other pair is computed.
 */
export class PushHashes {
  private readonly canon = canonicalMemo();
  private readonly states = new WeakMap<SyncDoc, string>();
  private readonly rows = new WeakMap<SyncDoc, { readonly base: SyncDoc | null; readonly hash: string }>();

  knowState(doc: SyncDoc, hash: string): void {
    this.states.set(doc, hash);
  }

  knowRow(base: SyncDoc | null, next: SyncDoc, hash: string): void {
    this.rows.set(next, { base, hash });
  }

  /** stateHash(doc). An arrow, so it can be passed as merge-meta's StateHashOf. */
  readonly state = (doc: SyncDoc): string => {
    let hash = this.states.get(doc);
    if (hash === undefined) {
      hash = stateHash(doc, this.canon);
      this.states.set(doc, hash);
    }
    return hash;
  };

  /** rowHash(base, next). */
  row(base: SyncDoc | null, next: SyncDoc): string {
    const known = this.rows.get(next);
    return known !== undefined && known.base === base ? known.hash : rowHash(base, next, this.canon);
  }
}
