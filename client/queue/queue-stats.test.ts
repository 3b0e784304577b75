import { describe, expect, it } from 'vitest';
import type { QueueTicket, QueueTicketId } from '../../shared/schemas/queue-ticket';
import type { ServicePointId } from '../../shared/schemas/service-point';
import { dayStats, vnDayStart, waitingToday, WAIT_TARGET_MS } from './queue-stats';

const iso = (day: string, hhmm: string): string => new Date(`2026-03-${day}T${hhmm}:00+07:00`).toISOString();
let n = 0;
const t = (issued: string, rest: Partial<QueueTicket> = {}, day = '02'): QueueTicket => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` as QueueTicketId,
  servicePointId: 'hn-center' as ServicePointId,
  service: 'guidance',
  number: n,
  issuedAt: iso(day, issued),
  state: 'waiting',
  updatedAt: iso(day, issued),
  ...rest,
});
const now = new Date(iso('02', '09:00'));

describe('queue statistics', () => {
  it('starts the day at midnight in Vietnam', () => {
    expect(vnDayStart(new Date('2026-03-02T01:00:00Z')).toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(vnDayStart(new Date('2026-03-01T17:00:00Z')).toISOString()).toBe('2026-03-01T17:00:00.000Z');
  });

  it('averages waiting over called tickets of today and judges it against 15 minutes', () => {
    const tickets = [
      t('08:00', {
        state: 'done',
        calledAt: iso('02', '08:10'),
        servedAt: iso('02', '08:10'),
        finishedAt: iso('02', '08:16'),
      }),
      t('08:00', { state: 'no_show', calledAt: iso('02', '08:20') }),
      t('08:50'),
      t(
        '07:00',
        {
          state: 'done',
          calledAt: iso('01', '09:00'),
          servedAt: iso('01', '09:00'),
          finishedAt: iso('01', '09:01'),
        },
        '01',
      ),
    ];
    const s = dayStats(tickets, now);
    expect(s).toMatchObject({ issued: 3, waiting: 1, done: 1, noShow: 1, averageServiceMs: 6 * 60_000 });
    expect(s.averageWaitMs).toBe(15 * 60_000);
    expect(s.verdict).toBe('within'); // "at most 15 minutes"
  });

  it('says over when the average passes the target, none before anyone is called', () => {
    expect(dayStats([t('08:00', { state: 'called', calledAt: iso('02', '08:16') })], now).verdict).toBe(
      'over',
    );
    expect(dayStats([t('08:00')], now)).toMatchObject({
      verdict: 'none',
      averageWaitMs: null,
      waitingOverTarget: 1,
    });
    expect(WAIT_TARGET_MS).toBe(900_000);
  });

  it("lists today's waiting tickets oldest first", () => {
    const a = t('08:30');
    const b = t('08:10');
    const old = t('08:00', {}, '01');
    expect(waitingToday([a, b, old], now).map((x) => x.id)).toEqual([b.id, a.id]);
  });
});
