import { describe, expect, it } from 'vitest';
import { blockOf } from '../../shared/dossier-code';
import { formatTicketNumber, freeHomeBlock, nextTicketNumber } from './ticket-number';

const issue = (n: number, home: number, seen: number[] = [], day = '260302') => {
  const out: number[] = [];
  let saved: unknown = null;
  for (let i = 0; i < n; i++) {
    const r = nextTicketNumber(saved, 'hn-center', day, home, [...seen, ...out]);
    if (!r.ok) throw new Error(r.error);
    out.push(r.number);
    saved = r.state;
  }
  return { numbers: out, saved };
};

describe('ticket numbers (T1–T4)', () => {
  it('counts up inside the home block and shows the block as the prefix', () => {
    const { numbers } = issue(3, 7);
    expect(numbers).toEqual([708, 709, 710]);
    expect(numbers.map(formatTicketNumber)).toEqual(['07-001', '07-002', '07-003']);
  });

  it('starts a new day afresh', () => {
    const { saved } = issue(5, 7);
    const r = nextTicketNumber(saved, 'hn-center', '260303', 7, []);
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
    const r = nextTicketNumber(saved, 'hn-center', '260302', 7, [708, 709]);
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
