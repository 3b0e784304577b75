import { blocksForDay, vnDay } from '../../shared/dossier-code';
import { deviceIdOf, grantsFor, homeBlockOf, type KeyValueStorage } from '../dossiers/code-issuer';
import { nextTicketNumber, type TicketBlockSource, type TicketNumberResult } from './ticket-number';

export const queueAllocatorKey = (pointId: string): string => `motcua.queueAllocator.${pointId}`;

const parse = (raw: string | null): unknown => {
  try {
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
};

/**
 * ticket-number.ts T1/T1': the blocks the server granted this device for `unitCode` (the point's
 * receiving unit) that are valid on `day`, or — with none, or the unit not known yet — the block
 * derived from the device id. Reads the dossier codes' stored answer (code-issuer.ts K1).
 */
export function ticketBlockSource(
  storage: KeyValueStorage,
  unitCode: string | null,
  day: string,
  newId: () => string,
): TicketBlockSource {
  const blocks = unitCode === null ? [] : blocksForDay(grantsFor(storage, unitCode), day);
  return blocks.length > 0
    ? { kind: 'granted', blocks }
    : { kind: 'device', home: homeBlockOf(deviceIdOf(storage, newId)) };
}

/**
 * What the queue screen says about its numbers at `now`: `granted` (unique among the point's
 * devices) or `provisional` (device-derived: connect once after sign-in). Creates no device id.
 */
export type TicketNumbering = 'granted' | 'provisional';

export function ticketNumbering(
  storage: KeyValueStorage,
  unitCode: string | null,
  now: Date,
): TicketNumbering {
  const day = vnDay(now);
  if (day === null || unitCode === null) return 'provisional';
  return blocksForDay(grantsFor(storage, unitCode), day).length > 0 ? 'granted' : 'provisional';
}

export type IssuedTicketNumber =
  | (TicketNumberResult & { readonly ok: true; readonly numbering: TicketNumbering })
  | Extract<TicketNumberResult, { ok: false }>
  | { readonly ok: false; readonly error: 'day_invalid' };

/**
 * Issues the next number of a point's queue on this device and records the allocator BEFORE the
 * ticket is written (as code-issuer.ts K3): a crash in between skips a number, never repeats one.
 * `unitCode` is the point's receiving unit, whose granted blocks are used (T1); null when the
 * catalogue does not know the point (then the numbers are provisional, T1').
 */
export function issueTicketNumber(
  storage: KeyValueStorage,
  pointId: string,
  unitCode: string | null,
  at: Date,
  seen: readonly number[],
  newId: () => string,
): IssuedTicketNumber {
  const day = vnDay(at);
  if (day === null) return { ok: false, error: 'day_invalid' };
  const source = ticketBlockSource(storage, unitCode, day, newId);
  const result = nextTicketNumber(
    parse(storage.getItem(queueAllocatorKey(pointId))),
    pointId,
    day,
    source,
    seen,
  );
  if (!result.ok) return result;
  storage.setItem(queueAllocatorKey(pointId), JSON.stringify(result.state));
  return { ...result, numbering: source.kind === 'granted' ? 'granted' : 'provisional' };
}
