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
 *  1. Same verdicts as doing it all on the writer's thread: a body that fails here is exactly
 *     one that `JSON.parse` or PushRequestSchema refuses; the hashes are the formulas' values.
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

export function preparePush(body: string): PreparedPush {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false };
  }
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
