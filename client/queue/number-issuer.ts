import { vnDay } from '../../shared/dossier-code';
import { deviceIdOf, homeBlockOf, type KeyValueStorage } from '../dossiers/code-issuer';
import { nextTicketNumber, type TicketNumberResult } from './ticket-number';

export const queueAllocatorKey = (pointId: string): string => `motcua.queueAllocator.${pointId}`;

const parse = (raw: string | null): unknown => {
  try {
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
};

/**
 * Issues the next number of a point's queue on this device and records the allocator BEFORE the
 * ticket is written (as code-issuer.ts K3): a crash in between skips a number, never repeats one.
 * The device id is the one dossier codes use, so a device has one segment for both.
 */
export function issueTicketNumber(
  storage: KeyValueStorage,
  pointId: string,
  at: Date,
  seen: readonly number[],
  newId: () => string,
): TicketNumberResult | { readonly ok: false; readonly error: 'day_invalid' } {
  const day = vnDay(at);
  if (day === null) return { ok: false, error: 'day_invalid' };
  const home = homeBlockOf(deviceIdOf(storage, newId));
  const result = nextTicketNumber(
    parse(storage.getItem(queueAllocatorKey(pointId))),
    pointId,
    day,
    home,
    seen,
  );
  if (result.ok) storage.setItem(queueAllocatorKey(pointId), JSON.stringify(result.state));
  return result;
}
