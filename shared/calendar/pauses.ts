import { CalendarError } from './errors';
import type { Span } from './time';

/** An interval in which the clock stops: waiting for a supplement or a financial obligation. */
export interface Pause {
  from: Date;
  to: Date;
}

const boundMs = (value: unknown, which: string): number => {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new CalendarError('invalid_pause', `pause ${which} is not a valid Date`);
  return ms;
};

/**
 * Validates pauses and returns them sorted and merged, so that every consumer may assume
 * P1: spans are disjoint, non-empty and in increasing order. Overlapping pauses count once.
 */
export function normalizePauses(pauses: readonly Pause[] | undefined): Span[] {
  if (pauses === undefined) return [];
  const list: unknown = pauses;
  if (!Array.isArray(list)) throw new CalendarError('invalid_pause', 'pauses must be an array');
  const spans = pauses.map((p): Span => {
    const from = boundMs(p.from, 'start');
    const to = boundMs(p.to, 'end');
    if (to < from) throw new CalendarError('invalid_pause', 'a pause ends before it starts');
    return [from, to];
  });
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged.at(-1);
    if (from === to) continue;
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** `segments` (ordered, disjoint) minus `pauses` (P1). One pass over both lists. */
export function withoutPauses(segments: Iterable<Span>, pauses: readonly Span[]): Iterable<Span> {
  return pauses.length === 0 ? segments : subtract(segments, pauses);
}

function* subtract(segments: Iterable<Span>, pauses: readonly Span[]): Generator<Span, void> {
  let first = 0;
  for (const [from, to] of segments) {
    while (first < pauses.length && (pauses[first]?.[1] ?? 0) <= from) first++;
    let cursor = from;
    for (let i = first; i < pauses.length && cursor < to; i++) {
      const [pauseFrom, pauseTo] = pauses[i] ?? [to, to];
      if (pauseFrom >= to) break;
      if (pauseFrom > cursor) yield [cursor, pauseFrom];
      cursor = Math.max(cursor, pauseTo);
    }
    if (cursor < to) yield [cursor, to];
  }
}

/** Total paused time inside [from, to). */
export function pausedMsWithin(pauses: readonly Span[], from: number, to: number): number {
  let total = 0;
  for (const [pauseFrom, pauseTo] of pauses)
    total += Math.max(0, Math.min(to, pauseTo) - Math.max(from, pauseFrom));
  return total;
}
