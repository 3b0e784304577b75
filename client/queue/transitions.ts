import type { QueueTicket, QueueTicketId, TicketState } from '../../shared/schemas/queue-ticket';
import type { ServicePointId } from '../../shared/schemas/service-point';
import type { UserId } from '../../shared/schemas/user';
import type { QueueService } from './services';

/**
 * The life of a ticket at the counter, pure, the clock passed in. Invariants:
 *  Q1. Each step stamps its own time and only moves forward along
 *      waiting → called → serving → done, or called → no_show, or waiting → cancelled; every
 *      result satisfies the schema's state/time rule (queue-ticket.ts).
 *  Q2. A step from the wrong state is refused as a value (`not_allowed`), never thrown: a ticket
 *      another device called a second ago (sync) simply cannot be called again here.
 *  Q3. Waiting time is calledAt − issuedAt and service time finishedAt − calledAt (the brief's
 *      measure of the 15-minute target, PRODUCT.md), both read from the stamps of Q1.
 */
export const TICKET_ACTIONS = ['call', 'serve', 'finish', 'no_show', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const FROM: Readonly<Record<TicketAction, TicketState>> = {
  call: 'waiting',
  serve: 'called',
  finish: 'serving',
  no_show: 'called',
  cancel: 'waiting',
};

export type TransitionResult =
  { readonly ok: true; readonly ticket: QueueTicket } | { readonly ok: false; readonly error: 'not_allowed' };

export interface NewTicket {
  readonly id: QueueTicketId;
  readonly servicePointId: ServicePointId;
  readonly service: QueueService;
  readonly number: number;
}

export function newTicket(input: NewTicket, now: Date): QueueTicket {
  const at = now.toISOString();
  return { ...input, issuedAt: at, state: 'waiting', updatedAt: at };
}

/** Applies `action` at `now` by `officerId` (Q1, Q2). */
export function applyAction(
  ticket: QueueTicket,
  action: TicketAction,
  now: Date,
  officerId: UserId,
): TransitionResult {
  if (ticket.state !== FROM[action]) return { ok: false, error: 'not_allowed' }; // Q2
  const at = now.toISOString();
  const base = { ...ticket, updatedAt: at };
  switch (action) {
    case 'call':
      return { ok: true, ticket: { ...base, state: 'called', calledAt: at, officerId } };
    case 'serve':
      return { ok: true, ticket: { ...base, state: 'serving', servedAt: at, officerId } };
    case 'finish':
      return { ok: true, ticket: { ...base, state: 'done', finishedAt: at } };
    case 'no_show':
      return { ok: true, ticket: { ...base, state: 'no_show' } };
    case 'cancel':
      return { ok: true, ticket: { ...base, state: 'cancelled' } };
  }
}

/** Oldest waiting ticket first (issue time, then number), of one service or of all. */
export function nextWaiting(
  tickets: readonly QueueTicket[],
  service: QueueService | null,
): QueueTicket | null {
  let best: QueueTicket | null = null;
  for (const t of tickets) {
    if (t.state !== 'waiting' || (service !== null && t.service !== service)) continue;
    if (
      best === null ||
      t.issuedAt < best.issuedAt ||
      (t.issuedAt === best.issuedAt && t.number < best.number)
    )
      best = t;
  }
  return best;
}

const ms = (from: string | undefined, to: string | undefined): number | null =>
  from === undefined || to === undefined ? null : Date.parse(to) - Date.parse(from);

/** Q3 */
export const waitingMs = (t: QueueTicket): number | null => ms(t.issuedAt, t.calledAt);
export const serviceMs = (t: QueueTicket): number | null => ms(t.calledAt, t.finishedAt);
