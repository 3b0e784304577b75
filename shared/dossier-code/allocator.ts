import { formatDossierCode } from './format';
import { BLOCK_SIZE, blockRange, isBlock } from './scheme';
import { vnDay } from './vn-day';

/**
 * One device's serial allocator for one (receiving unit, day). Plain data: the caller persists
 * it together with the dossier that consumes the serial (scheme.ts B4).
 *
 * Invariants:
 *  A1. `blocks` are distinct, each a valid block this device owns for (unitCode, day): its home
 *      block first, then leases in the order granted (B2, B3).
 *  A2. `issued` serials have been handed out: the first `issued` of the sequence formed by
 *      concatenating the blocks' ranges. 0 ≤ issued ≤ blocks.length × BLOCK_SIZE.
 */
export interface SerialAllocatorState {
  readonly unitCode: string;
  readonly day: string;
  readonly blocks: readonly number[];
  readonly issued: number;
}

/** Whether a stored value (localStorage, JSON) is an allocator state: devices keep theirs there. */
export function isAllocatorState(v: unknown): v is SerialAllocatorState {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s['unitCode'] === 'string' &&
    typeof s['day'] === 'string' &&
    Array.isArray(s['blocks']) &&
    s['blocks'].every((b) => typeof b === 'number') &&
    typeof s['issued'] === 'number'
  );
}

export const ALLOCATOR_ERROR_CODES = ['exhausted', 'block_invalid', 'day_mismatch'] as const;
export type AllocatorErrorCode = (typeof ALLOCATOR_ERROR_CODES)[number];
export interface AllocatorError {
  readonly code: AllocatorErrorCode;
}

export type AllocatorResult<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: AllocatorError };

/** A fresh allocator for a day, starting with the device's home block. */
export function createAllocator(
  unitCode: string,
  day: string,
  homeBlock: number,
): AllocatorResult<{ state: SerialAllocatorState }> {
  if (!isBlock(homeBlock)) return { ok: false, error: { code: 'block_invalid' } };
  return { ok: true, state: { unitCode, day, blocks: [homeBlock], issued: 0 } };
}

/** Adds a block the server leased to this device for this (unit, day) (B3). */
export function addLeasedBlock(
  state: SerialAllocatorState,
  block: number,
): AllocatorResult<{ state: SerialAllocatorState }> {
  if (!isBlock(block) || state.blocks.includes(block)) return { ok: false, error: { code: 'block_invalid' } };
  return { ok: true, state: { ...state, blocks: [...state.blocks, block] } };
}

/** Serials left before `exhausted`; the UI warns and asks for a lease when this runs low. */
export const remaining = (state: SerialAllocatorState): number =>
  state.blocks.length * BLOCK_SIZE - state.issued;

/** The next serial and the state that must be persisted with it (A2). Pure. */
export function nextSerial(
  state: SerialAllocatorState,
): AllocatorResult<{ serial: number; state: SerialAllocatorState }> {
  const block = state.blocks[Math.floor(state.issued / BLOCK_SIZE)];
  if (block === undefined) return { ok: false, error: { code: 'exhausted' } };
  const serial = blockRange(block).first + (state.issued % BLOCK_SIZE);
  return { ok: true, serial, state: { ...state, issued: state.issued + 1 } };
}

/**
 * Issues the code for a dossier received at `receivedAt`. The allocator must be the one for that
 * instant's Vietnamese day: a device that crosses midnight starts a new allocator.
 */
export function issueDossierCode(
  state: SerialAllocatorState,
  receivedAt: string,
): AllocatorResult<{ code: string; state: SerialAllocatorState }> {
  if (vnDay(receivedAt) !== state.day) return { ok: false, error: { code: 'day_mismatch' } };
  const next = nextSerial(state);
  if (!next.ok) return next;
  const code = formatDossierCode({ unitCode: state.unitCode, day: state.day, serial: next.serial });
  if (!code.ok) return { ok: false, error: { code: 'block_invalid' } };
  return { ok: true, code: code.value, state: next.state };
}
