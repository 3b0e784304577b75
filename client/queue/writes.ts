import type { QueueTicket, QueueTicketId } from '../../shared/schemas/queue-ticket';
import type { ServicePointId } from '../../shared/schemas/service-point';
import type { UserId } from '../../shared/schemas/user';
import { getDatabase } from '../db';
import { issueTicketNumber, type TicketNumbering } from './number-issuer';
import type { QueueService } from './services';
import { applyAction, newTicket, type TicketAction } from './transitions';

/**
 * Every write of the queue screen: a local RxDB write and nothing else, resolved as soon as
 * IndexedDB has it, online or not; replication carries queue_tickets to the server (scope
 * `q:<servicePointId>`). Outcomes are values with a closed set of reasons.
 */
export type IssueOutcome =
  | { readonly ok: true; readonly ticket: QueueTicket; readonly numbering: TicketNumbering }
  | { readonly ok: false; readonly error: 'numbers_exhausted' | 'save_failed' };

export interface QueueDeps {
  readonly now: () => Date;
  readonly newId: () => string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export const browserDeps = (): QueueDeps => ({
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  storage: localStorage,
});

/**
 * `unitCode` is the point's receiving unit (catalogue), whose server-granted blocks number the
 * ticket (ticket-number.ts T1); null when unknown, and then the number is provisional (T1').
 */
export async function issueTicket(
  pointId: string,
  unitCode: string | null,
  service: QueueService,
  seen: readonly number[],
  deps: QueueDeps,
): Promise<IssueOutcome> {
  const now = deps.now();
  const number = issueTicketNumber(deps.storage, pointId, unitCode, now, seen, deps.newId);
  if (!number.ok) return { ok: false, error: 'numbers_exhausted' };
  // Trusted construction: a fresh v4 uuid, and the signed-in user's point from the server.
  const ticket = newTicket(
    {
      id: deps.newId() as QueueTicketId,
      servicePointId: pointId as ServicePointId,
      service,
      number: number.number,
    },
    now,
  );
  try {
    const db = await getDatabase();
    await db.queue_tickets.insert(ticket);
    return { ok: true, ticket, numbering: number.numbering };
  } catch {
    return { ok: false, error: 'save_failed' };
  }
}

export type ActOutcome = 'done' | 'not_allowed' | 'not_found' | 'save_failed';

/**
 * Applies `action` to the freshest stored state (incrementalModify): a sync pull may have moved
 * the ticket since the screen drew it, and then the step is refused (transitions.ts Q2).
 */
export async function actOnTicket(
  id: string,
  action: TicketAction,
  officerId: string,
  deps: Pick<QueueDeps, 'now'>,
): Promise<ActOutcome> {
  try {
    const db = await getDatabase();
    const doc = await db.queue_tickets.findOne(id).exec();
    if (doc === null) return 'not_found';
    let outcome: ActOutcome = 'not_allowed';
    await doc.incrementalModify((current) => {
      const next = applyAction(current, action, deps.now(), officerId as UserId);
      outcome = next.ok ? 'done' : 'not_allowed';
      return next.ok ? next.ticket : current;
    });
    return outcome;
  } catch {
    return 'save_failed';
  }
}
