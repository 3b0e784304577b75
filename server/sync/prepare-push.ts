import { knowParsedAsIs, parsesAsIs } from '../../sync/domain/parse-dossier-doc';
import { PushHashes } from '../../sync/engine/push-hashes';
import type { PushRequest } from '../../sync/protocol';
import { PushRequestSchema } from '../../sync/protocol';

/**
 * The part of a push that needs no storage, done before the push waits for the single writer:
 * decode and parse the body, check it against the protocol's schema, hash every row and state
 * (push-hashes.ts) and check every pushed dossier against DossierSchema (write check W6 and the
 * projection EVT6 parse them). push-preparer.ts runs it on worker threads, so the writer's thread
 * only stores. Invariants:
 *  1. Same verdicts wherever it runs: a body fails here when `JSON.parse` or PushRequestSchema
 *     refuses it, or when it nests deeper than MAX_DEPTH (the engine's hashing and comparisons
 *     recurse; a deep enough body would overflow the stack instead of getting a 400); nothing
 *     thrown escapes. The hashes are the formulas' values.
 *  2. What is handed back is plain data (structured-cloneable): the request as the schema output
 *     it, and per row its hashes and whether its dossier parses as is (parse-dossier-doc.ts).
 *  3. `applyPrepared` on the receiving thread records those facts against the received objects,
 *     so the engine uses them instead of computing them again.
 */
export interface RowFacts {
  readonly row: string;
  readonly next: string;
  readonly base: string | null;
  /** The new state is a dossier that parses as is (only for the dossiers collection). */
  readonly parsesAsIs: boolean;
}

export type PreparedPush =
  | { readonly ok: true; readonly request: PushRequest; readonly rows: readonly RowFacts[] }
  | { readonly ok: false };

/** The one collection whose documents the write checks parse with a domain schema (W6). */
const PARSED_COLLECTION = 'dossiers';

/** Far deeper than any document of the app (a dossier nests 4 levels, a procedure 6). */
export const MAX_DEPTH = 64;

/** Whether `v` nests at most `depth` arrays and objects deep (an explicit stack: no recursion). */
function withinDepth(v: unknown, depth: number): boolean {
  const stack: [unknown, number][] = [[v, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, level] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (level > depth) return false;
    for (const child of Object.values(value)) stack.push([child, level + 1]);
  }
  return true;
}

export function preparePush(body: string): PreparedPush {
  try {
    return prepare(body);
  } catch {
    return { ok: false }; // invariant 1: whatever else a body can make throw is a bad request
  }
}

function prepare(body: string): PreparedPush {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false };
  }
  if (!withinDepth(json, MAX_DEPTH)) return { ok: false };
  const parsed = PushRequestSchema.safeParse(json);
  if (!parsed.success) return { ok: false };
  const request = parsed.data;
  const hashes = new PushHashes();
  const parses = request.collection === PARSED_COLLECTION;
  const rows = request.rows.map((r): RowFacts => {
    const base = r.assumedMasterState;
    const next = r.newDocumentState;
    return {
      row: hashes.row(base, next),
      next: hashes.state(next),
      base: base === null ? null : hashes.state(base),
      parsesAsIs: parses && !next._deleted && parsesAsIs(next),
    };
  });
  return { ok: true, request, rows };
}

/** Invariant 3: the received request and the hashes to push it with. */
export function applyPrepared(prepared: { request: PushRequest; rows: readonly RowFacts[] }): PushHashes {
  const hashes = new PushHashes();
  prepared.request.rows.forEach((r, i) => {
    const facts = prepared.rows[i];
    if (facts === undefined) return;
    const base = r.assumedMasterState;
    const next = r.newDocumentState;
    hashes.knowRow(base, next, facts.row);
    hashes.knowState(next, facts.next);
    if (base !== null && facts.base !== null) hashes.knowState(base, facts.base);
    if (facts.parsesAsIs) knowParsedAsIs(next);
  });
  return hashes;
}
