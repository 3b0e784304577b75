import { map } from 'rxjs';
import type { QueueTicket } from '../../shared/schemas/queue-ticket';
import type { ServicePointId } from '../../shared/schemas/service-point';
import type { RxQuery } from '../dossiers/rx-store';

/**
 * A point's tickets issued since `since` (the start of its Vietnamese day), oldest first. The
 * selector leads with servicePointId so the ['servicePointId', 'state', 'issuedAt'] index serves
 * it; a day is a few hundred tickets at most, so stats and lists work over this one result.
 */
export const ticketsOfPointSince =
  (pointId: string, since: Date): RxQuery<QueueTicket[]> =>
  (db) =>
    db.queue_tickets
      .find({
        // The signed-in user's point is an unchecked string here: querying cannot create anything.
        selector: { servicePointId: pointId as ServicePointId, issuedAt: { $gte: since.toISOString() } },
        sort: [{ issuedAt: 'asc' }],
      })
      .$.pipe(map((docs) => docs.map((d) => d.toMutableJSON())));
