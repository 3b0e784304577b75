import { contentHash } from '../json.ts';
import type { FieldConflict } from '../merge.ts';
import type { RowRejectReason, SyncDoc } from '../protocol.ts';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from '../protocol.ts';

/**
 * Documents the engine writes into the record collections. Their ids are content hashes of what
 * they record, so a replayed or duplicated push finds the record already there and writes
 * nothing (CONF5, EVT5); an officer's resolution is therefore never reset by a retry.
 * An absent field value is recorded as null.
 */

export interface RecordDraft {
  readonly collection: typeof CONFLICTS_COLLECTION | typeof REVIEW_COLLECTION;
  readonly doc: SyncDoc;
}

export interface RecordContext {
  readonly collection: string;
  readonly docId: string;
  readonly scopeKey: string;
  /** ISO instant from the injected clock. */
  readonly at: string;
}

export function conflictRecord(ctx: RecordContext, c: FieldConflict): RecordDraft {
  const id = `c_${contentHash(ctx.collection, ctx.docId, c.field, c.base, c.winner, c.loser)}`;
  return {
    collection: CONFLICTS_COLLECTION,
    doc: {
      id,
      _deleted: false,
      collection: ctx.collection,
      docId: ctx.docId,
      field: c.field,
      baseValue: c.base ?? null,
      winningValue: c.winner ?? null,
      losingValue: c.loser ?? null,
      scopeKey: ctx.scopeKey,
      status: 'open',
      createdAt: ctx.at,
    },
  };
}

export function reviewRecord(
  ctx: RecordContext,
  refused: SyncDoc,
  reason: RowRejectReason,
  detail?: string,
): RecordDraft {
  const id = `r_${contentHash(ctx.collection, refused)}`;
  return {
    collection: REVIEW_COLLECTION,
    doc: {
      id,
      _deleted: false,
      collection: ctx.collection,
      docId: ctx.docId,
      document: refused,
      reason,
      detail: detail ?? null,
      scopeKey: ctx.scopeKey,
      status: 'open',
      createdAt: ctx.at,
    },
  };
}

/** Field names of a record an officer may change; everything else is fixed at creation. */
export const RECORD_MUTABLE_FIELDS: ReadonlySet<string> = new Set([
  'status',
  'resolution',
  'resolvedBy',
  'resolvedAt',
  '_deleted',
]);
