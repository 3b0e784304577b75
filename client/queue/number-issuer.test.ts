import { describe, expect, it } from 'vitest';
import type { CodeBlocksAnswer } from '../../shared/dossier-code';
import {
  allocatorKey,
  DEVICE_ID_KEY,
  issueCode,
  storeBlocks,
  type KeyValueStorage,
} from '../dossiers/code-issuer';
import { issueTicketNumber, queueAllocatorKey, ticketBlockSource, ticketNumbering } from './number-issuer';
import { formatTicketNumber } from './ticket-number';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const answer = (
  sessionId: string,
  unitCode = 'HN-TT',
  ...grants: CodeBlocksAnswer['grants']
): CodeBlocksAnswer => ({
  sessionId,
  unitCode,
  grants,
});
const home = (block: number, lastDay = '261127') => ({
  kind: 'home' as const,
  block,
  firstDay: '261120',
  lastDay,
});
const lease = (block: number, day: string) => ({
  kind: 'lease' as const,
  block,
  firstDay: day,
  lastDay: day,
});
const AT = new Date('2026-11-20T03:00:00Z'); // 261120 in Vietnam
let ids = 0;
const newId = (): string => `device-${++ids}`;

/** Issues `n` tickets at `hn-center` as the queue screen does: the point's tickets so far are seen. */
const issueMany = (
  storage: KeyValueStorage,
  n: number,
  seen: number[] = [],
  at = AT,
  unit: string | null = 'HN-TT',
) => {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = issueTicketNumber(storage, 'hn-center', unit, at, seen, newId);
    if (!r.ok) throw new Error(r.error);
    seen.push(r.number);
    out.push(`${formatTicketNumber(r.number)}:${r.numbering}`);
  }
  return out;
};

describe('queue numbers from the grant the dossier codes use (ticket-number.ts T1)', () => {
  it("uses the session's home block for the point's unit, and says the numbers are granted", () => {
    const storage = memoryStorage();
    storeBlocks(storage, answer('s1', 'HN-TT', home(7)));
    expect(ticketNumbering(storage, 'HN-TT', AT)).toBe('granted');
    expect(issueMany(storage, 2)).toEqual(['07-001:granted', '07-002:granted']);
    expect(storage.data.has(queueAllocatorKey('hn-center'))).toBe(true); // saved before the write
    expect(storage.data.has(DEVICE_ID_KEY)).toBe(false); // no device-derived block involved
  });

  it('shares the grant with the dossier codes without sharing their serials', () => {
    const storage = memoryStorage();
    storeBlocks(storage, answer('s1', 'HN-TT', home(3)));
    const code = issueCode(storage, 'HN-TT', AT.toISOString());
    expect(code.ok && code.code).toBe('HN-TT-261120-0304');
    expect(issueMany(storage, 1)).toEqual(['03-001:granted']);
    const again = issueCode(storage, 'HN-TT', AT.toISOString());
    expect(again.ok && again.code).toBe('HN-TT-261120-0305');
    expect(storage.data.has(allocatorKey('HN-TT'))).toBe(true);
  });

  it('uses the leases of the day after the home block, in grant order', () => {
    const storage = memoryStorage();
    storeBlocks(storage, answer('s1', 'HN-TT', lease(95, '261120'), home(2), lease(94, '261121')));
    expect(ticketBlockSource(storage, 'HN-TT', '261120', newId)).toEqual({
      kind: 'granted',
      blocks: [2, 95],
    });
    const numbers = issueMany(storage, 102);
    expect(numbers[100]).toBe('02-101:granted');
    expect(numbers[101]).toBe('95-001:granted');
  });

  it('two devices of one point, both offline all day, never issue the same number', () => {
    const a = memoryStorage();
    const b = memoryStorage();
    // The server never grants one block of a unit to two sessions (server/codes CB1).
    storeBlocks(a, answer('sa', 'HN-TT', home(1)));
    storeBlocks(b, answer('sb', 'HN-TT', home(2)));
    // Device ids that hash to the same provisional block would have collided (the old gap).
    a.setItem(DEVICE_ID_KEY, 'same-device-id');
    b.setItem(DEVICE_ID_KEY, 'same-device-id');
    const fromA = issueMany(a, 60);
    const fromB = issueMany(b, 60);
    expect(new Set([...fromA, ...fromB]).size).toBe(120);
  });

  it("falls back to the device-derived block, provisional, with no grant, another unit's, or an expired one", () => {
    const none = memoryStorage();
    expect(ticketNumbering(none, 'HN-TT', AT)).toBe('provisional');
    const [first] = issueMany(none, 1);
    expect(first).toMatch(/^(0[1-9]|[1-4]\d)-001:provisional$/);

    const other = memoryStorage();
    storeBlocks(other, answer('s1', 'HN-MB01', home(7)));
    expect(ticketNumbering(other, 'HN-TT', AT)).toBe('provisional');
    expect(ticketBlockSource(other, 'HN-TT', '261120', newId).kind).toBe('device');

    const expired = memoryStorage();
    storeBlocks(expired, answer('s1', 'HN-TT', home(7, '261119')));
    expect(ticketNumbering(expired, 'HN-TT', AT)).toBe('provisional');
    expect(ticketNumbering(expired, null, AT)).toBe('provisional'); // the point's unit not known
  });

  it('moves to the granted block once the grant arrives, never repeating a provisional number', () => {
    const storage = memoryStorage();
    const seen: number[] = [];
    const before = issueMany(storage, 2, seen);
    expect(before.every((n) => n.endsWith(':provisional'))).toBe(true);
    storeBlocks(storage, answer('s1', 'HN-TT', home(1)));
    const after = issueMany(storage, 2, seen);
    expect(after).toEqual(
      before[0]?.startsWith('01-')
        ? ['01-003:granted', '01-004:granted']
        : ['01-001:granted', '01-002:granted'],
    );
    expect(new Set(seen).size).toBe(4);
  });
});
