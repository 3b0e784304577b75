import { z } from 'zod';

/**
 * The one protocol file: every message that crosses the wire between a device and the sync
 * server, client→server and server→client apart, each a union keyed by `type`. Types derive from
 * the zod schemas so that request validation and TypeScript never drift (house rule).
 *
 * The shapes are chosen to plug into RxDB's `replicateRxCollection` without translation:
 * - a pull answers `{ documents, checkpoint }` (ReplicationPullHandlerResult);
 * - a push sends RxDB's own rows `{ assumedMasterState, newDocumentState }` and answers with
 *   `conflicts`, the server's current state of every row it did not take as-is — exactly what
 *   RxDB's push handler must return; RxDB then runs the conflict handler on them (SPEC PUSH5).
 * Rules cited as PULLn/PUSHn/… live in sync/SPEC.md.
 */

/** Bump on any incompatible change of a message below. */
export const PROTOCOL_VERSION = 1;
/** Oldest client protocol the server still speaks; older gets `protocol_too_old` (HTTP 426). */
export const MIN_PROTOCOL_VERSION = 1;

/** Largest batch a client may ask for or send (PULL5, PUSH9). */
export const MAX_BATCH_SIZE = 500;

/** Collections the engine itself writes (CONF4, EVT3); they sync like any other collection. */
export const CONFLICTS_COLLECTION = 'conflicts';
export const REVIEW_COLLECTION = 'review';

// ---- documents -------------------------------------------------------------------------------

/** A replicated document: string primary key `id`, RxDB's `_deleted` flag, any other fields. */
export const SyncDocSchema = z.looseObject({
  id: z.string().min(1).max(512),
  _deleted: z.boolean(),
});
export type SyncDoc = z.infer<typeof SyncDocSchema>;

/** Pull checkpoint: a server-assigned sequence number, never a client clock (SEQ1). */
export const CheckpointSchema = z.object({ seq: z.number().int().nonnegative() });
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const PushRowSchema = z.object({
  assumedMasterState: SyncDocSchema.nullable(),
  newDocumentState: SyncDocSchema,
});
export type PushRow = z.infer<typeof PushRowSchema>;

const collectionName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);
const versioned = {
  protocolVersion: z.number().int().nonnegative(),
  /** The client's RxDB schema version of this collection (PUSH8, PULL6). */
  schemaVersion: z.number().int().nonnegative(),
};

// ---- client → server -------------------------------------------------------------------------

export const PullRequestSchema = z.object({
  type: z.literal('pull'),
  ...versioned,
  collection: collectionName,
  /** null on the very first pull (RxDB passes `undefined`; the client adapter maps it). */
  checkpoint: CheckpointSchema.nullable(),
  batchSize: z.number().int().min(1).max(MAX_BATCH_SIZE),
});
export type PullRequest = z.infer<typeof PullRequestSchema>;

export const PushRequestSchema = z.object({
  type: z.literal('push'),
  ...versioned,
  collection: collectionName,
  /**
   * Optional, for diagnostics only: the replication session and its push counter. The server
   * does not decide anything on them (an own-write shortcut was tried and withdrawn: a stale
   * pull can move a client's base back to the very state it had pushed from; see CONF6).
   */
  clientId: z.string().min(1).max(128).optional(),
  pushSeq: z.number().int().nonnegative().optional(),
  rows: z.array(PushRowSchema).max(MAX_BATCH_SIZE),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const SubscribeRequestSchema = z.object({
  type: z.literal('subscribe'),
  protocolVersion: z.number().int().nonnegative(),
  collections: z.array(collectionName).min(1),
});
export type SubscribeRequest = z.infer<typeof SubscribeRequestSchema>;

export const ClientMessageSchema = z.discriminatedUnion('type', [
  PullRequestSchema,
  PushRequestSchema,
  SubscribeRequestSchema,
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;

// ---- server → client -------------------------------------------------------------------------

export const PullResponseSchema = z.object({
  type: z.literal('pull_response'),
  documents: z.array(SyncDocSchema),
  checkpoint: CheckpointSchema,
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** Why a single push row was not taken as-is although the request as a whole succeeded. */
export const ROW_REJECT_REASONS = ['forbidden', 'append_only', 'invalid_event'] as const;
export type RowRejectReason = (typeof ROW_REJECT_REASONS)[number];

export const RowRejectionSchema = z.object({
  id: z.string(),
  reason: z.enum(ROW_REJECT_REASONS),
  /** Domain detail, e.g. the status machine's reason for `invalid_event`. */
  detail: z.string().optional(),
});
export type RowRejection = z.infer<typeof RowRejectionSchema>;

export const PushResponseSchema = z.object({
  type: z.literal('push_response'),
  /** Server state of every row not taken as-is (PUSH5); RxDB's push handler returns this. */
  conflicts: z.array(SyncDocSchema),
  /** Rows refused outright; each also has its server state in `conflicts` (PUSH6). */
  rejected: z.array(RowRejectionSchema),
});
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const RESYNC_REASONS = ['connected', 'overflow', 'restarted'] as const;
export type ResyncReason = (typeof RESYNC_REASONS)[number];

/** Live stream events (SSE `event:` = `type`). They carry no documents (STREAM1). */
export const StreamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changed'), collection: z.string(), checkpoint: CheckpointSchema }),
  z.object({ type: z.literal('heartbeat') }),
  z.object({ type: z.literal('resync'), reason: z.enum(RESYNC_REASONS) }),
]);
export type StreamEvent = z.infer<typeof StreamEventSchema>;

export type ServerMessage = PullResponse | PushResponse | StreamEvent;

// ---- errors ----------------------------------------------------------------------------------

export const ERROR_CODES = [
  'protocol_too_old',
  'protocol_too_new',
  'schema_too_old',
  'schema_too_new',
  'bad_request',
  'unknown_collection',
  'unauthenticated',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** HTTP status per code; 426 tells an old client to update itself (HOUSE-RULES, PULL6). */
export const ERROR_HTTP_STATUS = {
  protocol_too_old: 426,
  protocol_too_new: 409,
  schema_too_old: 426,
  schema_too_new: 409,
  bad_request: 400,
  unknown_collection: 404,
  unauthenticated: 401,
  forbidden: 403,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

export const SyncErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export type SyncError = z.infer<typeof SyncErrorSchema>;

/** The one JSON error shape of the HTTP API: `{ error: { code, message } }`. */
export const ErrorBodySchema = z.object({ error: SyncErrorSchema });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Errors are values: every engine call answers with one of these. */
export type SyncResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SyncError };

export const ok = <T>(value: T): SyncResult<T> => ({ ok: true, value });
export const fail = <T>(code: ErrorCode, message: string): SyncResult<T> => ({
  ok: false,
  error: { code, message },
});
