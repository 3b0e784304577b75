import {
  addLeasedBlock,
  BLOCK_COUNT,
  blockOf,
  blockRange,
  createAllocator,
  nextSerial,
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
 *  T1. The home block is the device's own (code-issuer.ts homeBlockOf, 1–49): until the server
 *      assigns home blocks (scheme B2), two devices of a point may hash to the same block (the
 *      known gap K2 of code-issuer.ts). T2 and T3 close it whenever the devices have synced once.
 *  T2. A day starts in the home block unless a ticket of that block is already on this device for
 *      the day — then it is another device's (this one has issued none yet), and the next free
 *      block 1–49 is taken instead.
 *  T3. A number seen on any ticket of the point today is never handed out again: it is skipped.
 *  T4. Past 101 tickets, with no server lease available offline, the device takes the highest
 *      block no ticket on this device uses (leases come from the top, scheme B3): best effort,
 *      stated in the report; home blocks stay untouched.
 */
export const HOME_BLOCKS = { first: 1, count: 49 } as const;

export type TicketNumberResult =
  | { readonly ok: true; readonly number: number; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: 'exhausted' | 'block_invalid' };

/** The allocator of a point's queue is kept apart from its dossier-code allocator. */
export const queueAllocatorUnit = (pointId: string): string => `q:${pointId}`;

const isState = (v: unknown): v is SerialAllocatorState => {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s['unitCode'] === 'string' &&
    typeof s['day'] === 'string' &&
    Array.isArray(s['blocks']) &&
    s['blocks'].every((b) => typeof b === 'number') &&
    typeof s['issued'] === 'number'
  );
};

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

/**
 * Pure core: the next number of `pointId`'s queue on Vietnamese `day` (YYMMDD), continuing
 * `saved` when it is that queue's allocator for that day. `seen` are the numbers of the point's
 * tickets of that day on this device, whoever issued them.
 */
export function nextTicketNumber(
  saved: unknown,
  pointId: string,
  day: string,
  homeBlock: number,
  seen: readonly number[],
): TicketNumberResult {
  const unit = queueAllocatorUnit(pointId);
  const seenSet = new Set(seen);
  const seenBlocks = new Set(seen.map(blockOf));
  let state: SerialAllocatorState;
  if (isState(saved) && saved.unitCode === unit && saved.day === day) state = saved;
  else {
    const block = freeHomeBlock(homeBlock, seenBlocks); // T2
    if (block === null) return { ok: false, error: 'exhausted' };
    const fresh = createAllocator(unit, day, block);
    if (!fresh.ok) return { ok: false, error: 'block_invalid' };
    state = fresh.state;
  }
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
