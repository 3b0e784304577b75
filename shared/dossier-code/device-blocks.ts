import {
  addLeasedBlock,
  createAllocator,
  issueDossierCode,
  remaining,
  type AllocatorErrorCode,
  type SerialAllocatorState,
} from './allocator';
import type { BlockGrant } from './blocks-api';
import { vnDay } from './vn-day';

/**
 * The device's side of the grants (blocks-api.ts): which blocks it may use on a day, and the
 * allocator for that day built from them. Pure; the caller persists both.
 *  DB1. On day d the device uses the grants valid on d: home blocks first, then leases, each in
 *       grant order (scheme.ts B4), so the order only ever grows at the end.
 *  DB2. A saved allocator for the same (unit, day) is continued, never restarted: its blocks stay
 *       first and new grants are appended, so the serials already issued keep their positions (A2)
 *       and none is issued twice, even when the grants shrank (a home block past its last day).
 *  DB3. No valid grant on that day and nothing saved: `no_block`. The device has never reached
 *       the server since it was signed in (or its offline period ran out); it must connect once.
 */
export const DEVICE_CODE_ERRORS = ['no_block', 'exhausted', 'block_invalid', 'day_mismatch'] as const;
export type DeviceCodeError = (typeof DEVICE_CODE_ERRORS)[number];
// Every allocator error is a device error too (checked by the compiler).
const _allocatorErrorsFit: readonly DeviceCodeError[] = [] as readonly AllocatorErrorCode[];
void _allocatorErrorsFit;

const validOn = (g: BlockGrant, day: string): boolean => g.firstDay <= day && day <= g.lastDay;

/** DB1: the blocks usable on `day`, in the order the allocator consumes them. */
export function blocksForDay(grants: readonly BlockGrant[], day: string): number[] {
  const valid = grants.filter((g) => validOn(g, day));
  const ordered = [...valid.filter((g) => g.kind === 'home'), ...valid.filter((g) => g.kind === 'lease')];
  return [...new Set(ordered.map((g) => g.block))];
}

export type DayAllocator =
  | { readonly ok: true; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: DeviceCodeError };

/** DB2/DB3: the allocator for (unit, day) from what was saved and the current grants. */
export function allocatorForDay(
  saved: SerialAllocatorState | null,
  unitCode: string,
  grants: readonly BlockGrant[],
  day: string,
): DayAllocator {
  const blocks = blocksForDay(grants, day);
  const continued = saved !== null && saved.unitCode === unitCode && saved.day === day ? saved : null;
  let state: SerialAllocatorState | null = continued;
  for (const block of blocks) {
    if (state === null) {
      const fresh = createAllocator(unitCode, day, block);
      if (!fresh.ok) return { ok: false, error: fresh.error.code };
      state = fresh.state;
    } else if (!state.blocks.includes(block)) {
      const added = addLeasedBlock(state, block);
      if (!added.ok) return { ok: false, error: added.error.code };
      state = added.state;
    }
  }
  return state === null ? { ok: false, error: 'no_block' } : { ok: true, state };
}

export type DeviceIssue =
  | { readonly ok: true; readonly code: string; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: DeviceCodeError };

/** The next code for a dossier received at `receivedAt`, and the state to persist before using it. */
export function issueFromGrants(
  saved: SerialAllocatorState | null,
  unitCode: string,
  grants: readonly BlockGrant[],
  receivedAt: string,
): DeviceIssue {
  const day = vnDay(receivedAt);
  if (day === null) return { ok: false, error: 'day_mismatch' };
  const allocator = allocatorForDay(saved, unitCode, grants, day);
  if (!allocator.ok) return allocator;
  const issued = issueDossierCode(allocator.state, receivedAt);
  return issued.ok ? issued : { ok: false, error: issued.error.code };
}

/** Serials the device can still issue on `day` (0 when it has no block for it). */
export function remainingOn(
  saved: SerialAllocatorState | null,
  unitCode: string,
  grants: readonly BlockGrant[],
  day: string,
): number {
  const allocator = allocatorForDay(saved, unitCode, grants, day);
  return allocator.ok ? remaining(allocator.state) : 0;
}
