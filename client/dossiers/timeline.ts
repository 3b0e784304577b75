import { DOSSIER_EVENT_TYPES, type DossierEventType } from '../../shared/status/events';

/**
 * Display order of a dossier's events: by their device time `at`, which people read. The legal
 * order is the server's sequence (DossierEventSchema E1), which devices do not see; events of one
 * sitting share an instant (register and accept at the counter), so ties follow the lifecycle
 * order of the event types, which is the order they can happen in.
 */
const rank = (type: DossierEventType): number => DOSSIER_EVENT_TYPES.indexOf(type);

export function orderEvents<
  E extends { readonly at: string; readonly type: DossierEventType; readonly id: string },
>(events: readonly E[]): E[] {
  return [...events].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || rank(a.type) - rank(b.type) || a.id.localeCompare(b.id),
  );
}
