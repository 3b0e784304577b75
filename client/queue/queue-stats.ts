import { vnDay } from '../../shared/dossier-code';
import type { QueueTicket } from '../../shared/schemas/queue-ticket';
import { serviceMs, waitingMs } from './transitions';

/** PRODUCT.md: waiting time at most 15 minutes per visit. */
export const WAIT_TARGET_MS = 15 * 60_000;

const VN_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year, as shared/dossier-code/vn-day.ts

/** Midnight of `now`'s Vietnamese day, as an instant: the lower bound of "today's" tickets. */
export function vnDayStart(now: Date): Date {
  const local = now.getTime() + VN_OFFSET_MS;
  return new Date(local - (((local % 86_400_000) + 86_400_000) % 86_400_000) - VN_OFFSET_MS);
}

export type TargetVerdict = 'within' | 'over' | 'none';

export interface DayStats {
  readonly issued: number;
  readonly waiting: number;
  readonly done: number;
  readonly noShow: number;
  /** Mean of calledAt − issuedAt over today's called tickets (done, no-show included). */
  readonly averageWaitMs: number | null;
  /** Mean of finishedAt − calledAt over today's finished tickets. */
  readonly averageServiceMs: number | null;
  /** "At most 15 minutes": equal to the target is within it. */
  readonly verdict: TargetVerdict;
  /** Still waiting past the target: the average alone would hide them until they are called. */
  readonly waitingOverTarget: number;
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

const present = (x: number | null): x is number => x !== null;

export const isToday = (t: QueueTicket, now: Date): boolean => vnDay(t.issuedAt) === vnDay(now);

export function dayStats(tickets: readonly QueueTicket[], now: Date): DayStats {
  const today = tickets.filter((t) => isToday(t, now));
  const waiting = today.filter((t) => t.state === 'waiting');
  const averageWaitMs = mean(today.map(waitingMs).filter(present));
  return {
    issued: today.length,
    waiting: waiting.length,
    done: today.filter((t) => t.state === 'done').length,
    noShow: today.filter((t) => t.state === 'no_show').length,
    averageWaitMs,
    averageServiceMs: mean(today.map(serviceMs).filter(present)),
    verdict: averageWaitMs === null ? 'none' : averageWaitMs > WAIT_TARGET_MS ? 'over' : 'within',
    waitingOverTarget: waiting.filter((t) => waitedSoFarMs(t, now) > WAIT_TARGET_MS).length,
  };
}

/** How long a waiting ticket has waited by `now` (never negative: clocks of devices differ). */
export const waitedSoFarMs = (t: QueueTicket, now: Date): number =>
  Math.max(0, now.getTime() - Date.parse(t.issuedAt));

/** Today's waiting tickets, oldest first: the order they will be called in. */
export function waitingToday(tickets: readonly QueueTicket[], now: Date): QueueTicket[] {
  return tickets
    .filter((t) => t.state === 'waiting' && isToday(t, now))
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.number - b.number);
}

/** The tickets at this officer's counter now: called or being served, by them. */
export const atCounter = (tickets: readonly QueueTicket[], officerId: string): QueueTicket[] =>
  tickets.filter((t) => (t.state === 'called' || t.state === 'serving') && t.officerId === officerId);

/** Whole minutes, rounded down ("0 phút" for a wait under a minute). */
export const wholeMinutes = (ms: number): number => Math.floor(ms / 60_000);
