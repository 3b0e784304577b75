import { describe, expect, it } from 'vitest';
import { blockOf } from '../../shared/dossier-code';
import {
  formatTicketNumber,
  freeHomeBlock,
  nextTicketNumber,
  queueAllocatorUnit,
  type TicketBlockSource,
} from './ticket-number';

const device = (home: number): TicketBlockSource => ({ kind: 'device', home });
const granted = (...blocks: number[]): TicketBlockSource => ({ kind: 'granted', blocks });

const issue = (
  n: number,
  home: number | TicketBlockSource,
  seen: number[] = [],
  day = '260302',
  from: unknown = null,
) => {
  const source = typeof home === 'number' ? device(home) : home;
  const out: number[] = [];
  let saved: unknown = from;
  for (let i = 0; i < n; i++) {
    const r = nextTicketNumber(saved, 'hn-center', day, source, [...seen, ...out]);
    if (!r.ok) throw new Error(r.error);
    out.push(r.number);
    saved = r.state;
  }
  return { numbers: out, saved };
};

describe("provisional ticket numbers, from the device-derived block (T1', T2–T4)", () => {
  it('counts up inside the home block and shows the block as the prefix', () => {
    const { numbers } = issue(3, 7);
    expect(numbers).toEqual([708, 709, 710]);
    expect(numbers.map(formatTicketNumber)).toEqual(['07-001', '07-002', '07-003']);
  });

  it('starts a new day afresh', () => {
    const { saved } = issue(5, 7);
    const r = nextTicketNumber(saved, 'hn-center', '260303', device(7), []);
    expect(r.ok && formatTicketNumber(r.number)).toBe('07-001');
  });

  it('T2: two devices hashing to the same block split once one has seen the other', () => {
    const a = issue(2, 7).numbers;
    const b = issue(2, 7, a).numbers;
    expect(b.map(blockOf)).toEqual([8, 8]);
    expect(freeHomeBlock(49, new Set([49]))).toBe(1);
  });

  it('T3: never repeats a number seen today', () => {
    const { saved } = issue(1, 7); // 708 issued here
    const r = nextTicketNumber(saved, 'hn-center', '260302', device(7), [708, 709]);
    expect(r.ok && r.number).toBe(710);
  });

  it('T4: past 101 tickets it overflows into the highest free block, all distinct', () => {
    const { numbers } = issue(250, 7);
    expect(new Set(numbers).size).toBe(250);
    expect(numbers.slice(101, 103).map(formatTicketNumber)).toEqual(['98-001', '98-002']);
  });

  it('two offline devices of one point with different blocks never collide', () => {
    const a = issue(150, 3).numbers;
    const b = issue(150, 4).numbers;
    // Both overflow offline into block 98 without seeing each other: the stated limit of T4.
    const homeA = a.filter((n) => blockOf(n) === 3);
    const homeB = b.filter((n) => blockOf(n) === 4);
    expect(homeA.filter((n) => homeB.includes(n))).toEqual([]);
  });
});

describe('ticket numbers from the server-granted blocks (T1)', () => {
  it('counts up inside the granted home block, shown as its prefix', () => {
    const { numbers, saved } = issue(3, granted(52));
    expect(numbers.map(formatTicketNumber)).toEqual(['52-001', '52-002', '52-003']);
    expect(saved).toMatchObject({ unitCode: queueAllocatorUnit('hn-center', 'granted'), blocks: [52] });
  });

  it('keeps its granted block even when tickets of that block are seen (no T2 hop), skipping them (T3)', () => {
    const { numbers } = issue(2, granted(3), [304, 305]);
    expect(numbers.map(formatTicketNumber)).toEqual(['03-003', '03-004']);
  });

  it('two devices of one point with their own grants never collide, both offline, for a full day', () => {
    // Home blocks are unique per unit (server CB1); each device also uses its own leases.
    const a = issue(150, granted(1, 98)).numbers;
    const b = issue(150, granted(2, 97)).numbers;
    expect(new Set([...a, ...b]).size).toBe(300);
    expect(new Set(a.map(blockOf))).toEqual(new Set([1, 98]));
    expect(new Set(b.map(blockOf))).toEqual(new Set([2, 97]));
  });

  it('continues the day when a new grant arrives, appending its blocks (never restarting)', () => {
    const first = issue(101, granted(4));
    const more = issue(2, granted(4, 90), first.numbers, '260302', first.saved);
    expect(more.numbers.map(formatTicketNumber)).toEqual(['90-001', '90-002']);
    // A re-sign-in with another home block keeps the serials of the day's first block too.
    const resigned = issue(1, granted(6), [], '260302', issue(3, granted(4)).saved);
    expect(resigned.numbers.map(formatTicketNumber)).toEqual(['04-004']);
  });

  it('switches from provisional to granted mid-day with a fresh allocator, skipping numbers seen', () => {
    const provisional = issue(2, 5); // 05-001, 05-002 from the device-derived block
    const r = nextTicketNumber(provisional.saved, 'hn-center', '260302', granted(5), provisional.numbers);
    expect(r.ok && formatTicketNumber(r.number)).toBe('05-003');
    const s = nextTicketNumber(provisional.saved, 'hn-center', '260302', granted(2), provisional.numbers);
    expect(s.ok && formatTicketNumber(s.number)).toBe('02-001');
  });

  it('past its granted blocks it overflows from the top, as T4', () => {
    const { numbers } = issue(103, granted(1));
    expect(numbers.slice(101).map(formatTicketNumber)).toEqual(['98-001', '98-002']);
  });

  it('a granted source with no block is refused, not guessed', () => {
    expect(nextTicketNumber(null, 'hn-center', '260302', granted(), [])).toEqual({
      ok: false,
      error: 'block_invalid',
    });
  });
});
