import { BLOCK_COUNT } from './scheme';

/**
 * The server's side of scheme.ts, as pure functions over what it has recorded. The caller runs
 * each in the same transaction that records the result, so two requests cannot get one block.
 */

/** B2: the lowest block that is nobody's home block for this unit, or null when all 99 are. */
export function assignHomeBlock(homeBlocks: readonly number[]): number | null {
  const taken = new Set(homeBlocks);
  for (let b = 0; b < BLOCK_COUNT; b++) if (!taken.has(b)) return b;
  return null;
}

/**
 * B3: the highest block free for (unit, day): neither a home block of the unit nor already
 * leased for that day. Null when the day's serial space is used up.
 */
export function leaseBlock(homeBlocks: readonly number[], leasedThatDay: readonly number[]): number | null {
  const taken = new Set([...homeBlocks, ...leasedThatDay]);
  for (let b = BLOCK_COUNT - 1; b >= 0; b--) if (!taken.has(b)) return b;
  return null;
}
