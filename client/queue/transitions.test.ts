import { describe, expect, it } from 'vitest';
import { QueueTicketSchema, type QueueTicket, type QueueTicketId } from '../../shared/schemas/queue-ticket';
import type { ServicePointId } from '../../shared/schemas/service-point';
import type { UserId } from '../../shared/schemas/user';
import { applyAction, newTicket, nextWaiting, serviceMs, waitingMs, type TicketAction } from './transitions';

const at = (hhmm: string): Date => new Date(`2026-03-02T${hhmm}:00+07:00`);
const officer = 'u-tiepnhan' as UserId;
const ticket = (n: number, issued: string, service: QueueTicket['service'] = 'guidance'): QueueTicket =>
  newTicket(
    {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as QueueTicketId,
      servicePointId: 'hn-center' as ServicePointId,
      service,
      number: n,
    },
    at(issued),
  );

const run = (t: QueueTicket, steps: readonly [TicketAction, string][]): QueueTicket =>
  steps.reduce((cur, [action, time]) => {
    const r = applyAction(cur, action, at(time), officer);
    if (!r.ok) throw new Error(`${action} refused`);
    return r.ticket;
  }, t);

describe('ticket transitions (Q1–Q3)', () => {
  it('Q1: call → serve → finish stamps each step and stays schema-valid', () => {
    const done = run(ticket(708, '08:00'), [
      ['call', '08:12'],
      ['serve', '08:13'],
      ['finish', '08:20'],
    ]);
    expect(QueueTicketSchema.safeParse(done).success).toBe(true);
    expect(done).toMatchObject({ state: 'done', officerId: officer });
    expect(waitingMs(done)).toBe(12 * 60_000); // Q3
    expect(serviceMs(done)).toBe(8 * 60_000);
  });

  it('Q1: every reachable state is schema-valid', () => {
    const noShow = run(ticket(1, '08:00'), [
      ['call', '08:05'],
      ['no_show', '08:08'],
    ]);
    const cancelled = run(ticket(2, '08:00'), [['cancel', '08:05']]);
    for (const t of [ticket(3, '08:00'), noShow, cancelled])
      expect(QueueTicketSchema.safeParse(t).success).toBe(true);
  });

  it('Q2: a step from the wrong state is refused as a value', () => {
    expect(applyAction(ticket(1, '08:00'), 'finish', at('08:01'), officer)).toEqual({
      ok: false,
      error: 'not_allowed',
    });
    const called = run(ticket(1, '08:00'), [['call', '08:01']]);
    expect(applyAction(called, 'call', at('08:02'), officer).ok).toBe(false);
  });

  it('calls the oldest waiting ticket, optionally of one service', () => {
    const list = [ticket(3, '08:05', 'land'), ticket(1, '08:01'), ticket(2, '08:01', 'land')];
    expect(nextWaiting(list, null)?.number).toBe(1);
    expect(nextWaiting(list, 'land')?.number).toBe(2);
    expect(nextWaiting(list, 'payment')).toBeNull();
  });
});
