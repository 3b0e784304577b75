import type { DossierEventType } from '../../shared/status/events';
import { orderEvents } from '../dossiers/timeline';

/**
 * The order in which this device replays a dossier's events. The legal order is the server's
 * sequence (DossierEventSchema E1), which devices never see; the closest the device has is the
 * order in which its storage received them — pulled events arrive in seq order (PULL1) and the
 * device's own steps are written after everything it held, which is where the server will put
 * them. Invariants:
 *  O1. Primary key: RxDB's local write time `_meta.lwt`. Not `at` (device clocks, E1): eventsOf
 *      sorts by `at`, then by the random id, so register and accept written in the same instant
 *      could replay accept-first and leave the dossier at status 1.
 *  O2. One pulled batch shares one `lwt` (RxDB stamps a bulk write once). Within a tie, the
 *      timeline's order decides (`at`, then lifecycle order of the types, then id): one batch
 *      holds another device's steps in seq order, and that device's clock is monotonic enough
 *      for its own steps. A cross-device tie that still replays wrongly is corrected by the
 *      server's projection (EVT6), which the next pull brings back.
 */
export interface StoredEvent<E> {
  readonly event: E;
  /** `_meta.lwt` of the stored document. */
  readonly lwt: number;
}

export function inStoredOrder<
  E extends { readonly at: string; readonly type: DossierEventType; readonly id: string },
>(rows: readonly StoredEvent<E>[]): E[] {
  const lwt = new Map(rows.map((r) => [r.event.id, r.lwt]));
  // O2 first, then a stable sort on O1 keeps it inside each tie.
  return orderEvents(rows.map((r) => r.event)).sort((a, b) => (lwt.get(a.id) ?? 0) - (lwt.get(b.id) ?? 0));
}
