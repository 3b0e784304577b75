import {
  addLeasedBlock,
  BLOCK_COUNT,
  blockOf,
  blockRange,
  createAllocator,
  nextSerial,
  isAllocatorState,
  type SerialAllocatorState,
} from '../../shared/dossier-code';

/**
 * Ticket numbers, issued offline by every counter device of a service point.
 *
 * Choice: the same block partition as dossier serials (shared/dossier-code/scheme.ts B1), which
 * shared/schemas/queue-ticket.ts already names. `number` (1–9999) = 101·block + k, unique per
 * point per Vietnamese day as long as each block has one device. The block is the device's
 * segment and is shown as a prefix: number 719 → "07-012" (block 7, twelfth ticket). A caller
 * hears which counter device issued it, and two devices never read out the same text.
 *
 *  T1. Granted: the blocks come from the server's grant to this device's session for the point's
 *      receiving unit (the grant dossier codes use, blocks-api.ts; service-point.ts S1: one unit
 *      per point): its home block, then its leases valid on the day (device-blocks.ts DB1). The
 *      server never grants one block of a unit to two sessions for overlapping days
 *      (server/codes CB1), so two devices of a point cannot issue the same number from them. A
 *      day's allocator is continued, never restarted, and new grants are appended (as DB2).
 *  T1'. Provisional (no grant valid on the day: never online since sign-in, or the offline period
 *      ran out): the block is derived from the device id (code-issuer.ts homeBlockOf, 1–49), as
 *      before grants existed; two never-synced devices may then hash to the same block. The
 *      screen says so (number-issuer.ts ticketNumbering). The two modes keep separate allocators
 *      (queueAllocatorUnit), so a grant arriving mid-day starts afresh in the granted blocks.
 *  T2. Provisional only: a day starts in the home block unless a ticket of that block is already
 *      on this device for the day — then it is another device's (this one has issued none yet),
 *      and the next free block 1–49 is taken instead. A granted block is this device's alone and
 *      is kept.
 *  T3. A number seen on any ticket of the point today is never handed out again: it is skipped.
 *  T4. Past its blocks (101 tickets per block), with no more to use offline, the device takes the
 *      highest block no ticket on this device uses (leases come from the top, scheme B3): best
 *      effort, stated in the report; home blocks stay untouched.
 */
export const HOME_BLOCKS = { first: 1, count: 49 } as const;

export type TicketNumberResult =
  | { readonly ok: true; readonly number: number; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: 'exhausted' | 'block_invalid' };

/**
 * Where a device's ticket numbers come from on a day (T1, T1'): the blocks granted to it for the
 * point's unit, in the order to use them, or (provisional) the block derived from its id.
 */
export type TicketBlockSource =
  | { readonly kind: 'granted'; readonly blocks: readonly number[] }
  | { readonly kind: 'device'; readonly home: number };

/**
 * The allocator of a point's queue is kept apart from its dossier-code allocator, and the granted
 * one apart from the provisional one (T1'). The provisional name is the one used before grants.
 */
export const queueAllocatorUnit = (pointId: string, kind: TicketBlockSource['kind'] = 'device'): string =>
  kind === 'granted' ? `q:${pointId}:granted` : `q:${pointId}`;

/** T2: the home block, or the next one in the home range that nobody is seen using. */
export function freeHomeBlock(home: number, taken: ReadonlySet<number>): number | null {
  for (let i = 0; i < HOME_BLOCKS.count; i++) {
    const b = HOME_BLOCKS.first + ((home - HOME_BLOCKS.first + i) % HOME_BLOCKS.count);
    if (!taken.has(b)) return b;
  }
  return null;
}

/** T4: the highest block not taken. */
export function freeOverflowBlock(taken: ReadonlySet<number>): number | null {
  for (let b = BLOCK_COUNT - 1; b >= 0; b--) if (!taken.has(b)) return b;
  return null;
}

/** The day's starting state: the saved one continued (T1), or a fresh one (T1', T2). */
function startState(
  saved: unknown,
  unit: string,
  day: string,
  source: TicketBlockSource,
  seenBlocks: ReadonlySet<number>,
): SerialAllocatorState | TicketNumberResult {
  let state: SerialAllocatorState | null =
    isAllocatorState(saved) && saved.unitCode === unit && saved.day === day ? saved : null;
  if (source.kind === 'device') {
    if (state !== null) return state;
    const block = freeHomeBlock(source.home, seenBlocks); // T2
    if (block === null) return { ok: false, error: 'exhausted' };
    const fresh = createAllocator(unit, day, block);
    return fresh.ok ? fresh.state : { ok: false, error: 'block_invalid' };
  }
  for (const block of source.blocks) {
    if (state === null) {
      const fresh = createAllocator(unit, day, block);
      if (!fresh.ok) return { ok: false, error: 'block_invalid' };
      state = fresh.state;
    } else if (!state.blocks.includes(block)) {
      const added = addLeasedBlock(state, block);
      if (!added.ok) return { ok: false, error: 'block_invalid' };
      state = added.state;
    }
  }
  return state ?? { ok: false, error: 'block_invalid' };
}

/**
 * Pure core: the next number of `pointId`'s queue on Vietnamese `day` (YYMMDD), continuing
 * `saved` when it is that queue's allocator for that day and mode. `seen` are the numbers of the
 * point's tickets of that day on this device, whoever issued them.
 */
export function nextTicketNumber(
  saved: unknown,
  pointId: string,
  day: string,
  source: TicketBlockSource,
  seen: readonly number[],
): TicketNumberResult {
  const unit = queueAllocatorUnit(pointId, source.kind);
  const seenSet = new Set(seen);
  const seenBlocks = new Set(seen.map(blockOf));
  const start = startState(saved, unit, day, source, seenBlocks);
  if ('ok' in start) return start;
  let state = start;
  for (;;) {
    const next = nextSerial(state);
    if (!next.ok) {
      const block = freeOverflowBlock(new Set([...seenBlocks, ...state.blocks])); // T4
      if (block === null) return { ok: false, error: 'exhausted' };
      const grown = addLeasedBlock(state, block);
      if (!grown.ok) return { ok: false, error: 'block_invalid' };
      state = grown.state;
      continue;
    }
    state = next.state;
    if (!seenSet.has(next.serial)) return { ok: true, number: next.serial, state }; // T3
  }
}

/** "07-012": the device's segment, then its own count (see the choice above). */
export function formatTicketNumber(number: number): string {
  const block = blockOf(number);
  const k = number - blockRange(block).first + 1;
  return `${String(block).padStart(2, '0')}-${String(k).padStart(3, '0')}`;
}
