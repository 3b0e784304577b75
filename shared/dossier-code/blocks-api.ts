import { z } from 'zod';
import { ReceivingUnitCodeSchema } from '../schemas/service-point';
import { BLOCK_COUNT } from './scheme';
import { isVnDay } from './vn-day';

/**
 * POST /api/codes/blocks, one schema for both sides (server validates the body, client the answer).
 * A grant is a block this device owns for its receiving unit on every day of [firstDay, lastDay]
 * (YYMMDD, inclusive; YYMMDD strings of one century compare in date order):
 *  G1. `home` (scheme.ts B2): firstDay is the day it was assigned, lastDay the last day of the
 *      session's offline period; each call renews it while it is live.
 *  G2. `lease` (B3): one day only, firstDay = lastDay.
 */
export const VnDaySchema = z.string().refine(isVnDay, { error: 'day_invalid' });

export const BlockGrantSchema = z.object({
  kind: z.enum(['home', 'lease']),
  block: z
    .number()
    .int()
    .min(0)
    .max(BLOCK_COUNT - 1),
  firstDay: VnDaySchema,
  lastDay: VnDaySchema,
});
export type BlockGrant = z.infer<typeof BlockGrantSchema>;

/** At most this many days ahead (today included) a device may ask spare blocks for. */
export const SPARE_DAYS_AHEAD = 3;

/** `spareDays`: days the device is running low on and wants one more block for (today + next). */
export const CodeBlocksRequestSchema = z.object({
  spareDays: z.array(VnDaySchema).max(SPARE_DAYS_AHEAD).default([]),
});
export type CodeBlocksRequest = z.infer<typeof CodeBlocksRequestSchema>;

/** Every grant of the calling session still usable today or later, in grant order. */
export const CodeBlocksAnswerSchema = z.object({
  sessionId: z.string().min(1),
  unitCode: ReceivingUnitCodeSchema,
  grants: z.array(BlockGrantSchema),
});
export type CodeBlocksAnswer = z.infer<typeof CodeBlocksAnswerSchema>;
