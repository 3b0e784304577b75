import { z } from 'zod';
import { ROW_REJECT_REASONS } from '../../sync/protocol';
import { InstantSchema } from '../../shared/schemas/common';

/**
 * The engine's record collections as stored on the device (SPEC CONF4, EVT3; sync/engine/records.ts
 * writes them). One deviation from the wire: RxDB reserves the top-level name `collection` for
 * RxDocument (dev-mode error SC17), so the device stores it as `recordOf`; the replication
 * renames it both ways (client/sync/record-codec.ts). Values of any JSON type are `z.unknown()`:
 * absent values arrive as null (CONF4).
 */
export const RECORD_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

const recordBase = {
  /** `c_<hash>` / `r_<hash>` (CONF5, EVT5). */
  id: z.string().min(1).max(64),
  recordOf: z.string().min(1).max(64),
  docId: z.string().min(1).max(512),
  scopeKey: z.string().max(256),
  status: z.enum(RECORD_STATUSES),
  createdAt: InstantSchema,
  resolution: z.string().max(4000).optional(),
  resolvedBy: z.string().min(1).max(128).optional(),
  resolvedAt: InstantSchema.optional(),
};

export const ConflictRecordSchema = z.object({
  ...recordBase,
  field: z.string().min(1).max(256),
  baseValue: z.unknown(),
  winningValue: z.unknown(),
  losingValue: z.unknown(),
});
export type ConflictRecord = z.infer<typeof ConflictRecordSchema>;

export const ReviewRecordSchema = z.object({
  ...recordBase,
  /** The refused document as the device sent it. */
  document: z.looseObject({ id: z.string() }),
  reason: z.enum(ROW_REJECT_REASONS),
  detail: z.string().nullable(),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
