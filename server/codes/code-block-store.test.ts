import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockGrant } from '../../shared/dossier-code/blocks-api';
import { BLOCK_COUNT } from '../../shared/dossier-code/scheme';
import { CodeBlockStore, MAX_LEASES_PER_DAY, type GrantRequest } from './code-block-store';

const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'motcua-codes-')), 'motcua.sqlite');
const req = (sessionId: string, over: Partial<GrantRequest> = {}): GrantRequest => ({
  sessionId,
  unitCode: 'HN-TT',
  today: '261120',
  homeUntil: '261127',
  spareDays: [],
  at: '2026-11-20T03:00:00Z',
  ...over,
});
const home = (grants: readonly BlockGrant[]): number | undefined =>
  grants.find((g) => g.kind === 'home')?.block;
/** Every (block, day) a set of grants covers from `from` to `to` (YYMMDD of one month here). */
const cells = (grants: readonly BlockGrant[], from: number, to: number): string[] =>
  grants.flatMap((g) => {
    const out: string[] = [];
    for (let d = Math.max(from, Number(g.firstDay)); d <= Math.min(to, Number(g.lastDay)); d++)
      out.push(`${g.block}@${d}`);
    return out;
  });

describe('code blocks (CB1–CB5)', () => {
  it('CB1/CB3: two sessions of one unit never get the same home block, and block 0 is never granted', () => {
    const store = new CodeBlockStore(new Database(':memory:'));
    const a = store.grant(req('a'));
    const b = store.grant(req('b'));
    expect(home(a)).toBe(1);
    expect(home(b)).toBe(2);
    expect(home(store.grant(req('a')))).toBe(1); // same session: same block, renewed
    expect(home(store.grant(req('c', { unitCode: 'HN-CN01' })))).toBe(1); // units are apart
  });

  it('CB1: many sessions asking for homes and spares: no (block, day) is ever granted twice', () => {
    const store = new CodeBlockStore(new Database(':memory:'));
    const all: BlockGrant[] = [];
    for (let i = 0; i < 60; i++) {
      all.push(...store.grant(req(`s${i}`, { spareDays: ['261120', '261121', '261122'] })));
      all.push(...store.grant(req(`s${i % 7}`, { spareDays: ['261120'] })));
    }
    const seen = new Set<string>();
    const uniqueGrants = [...new Map(all.map((g) => [`${g.kind}${g.block}${g.firstDay}`, g])).values()];
    for (const c of cells(uniqueGrants, 261120, 261127)) {
      expect(seen.has(c), c).toBe(false);
      seen.add(c);
    }
    expect(uniqueGrants.some((g) => g.block === 0)).toBe(false);
  });

  it('survives a restart: a reopened database keeps the grants and hands out none twice', () => {
    const file = freshFile();
    const db1 = new Database(file);
    const first = new CodeBlockStore(db1).grant(req('a', { spareDays: ['261120'] }));
    db1.close();
    const db2 = new Database(file);
    const store = new CodeBlockStore(db2);
    const again = store.grant(req('a'));
    const other = store.grant(req('b', { spareDays: ['261120'] }));
    db2.close();
    expect(again).toEqual(first);
    expect(home(other)).not.toBe(home(first));
    const leaseA = first.find((g) => g.kind === 'lease')?.block;
    expect(other.find((g) => g.kind === 'lease')?.block).not.toBe(leaseA);
    expect(leaseA).toBe(BLOCK_COUNT - 1); // leases from the top (B3)
  });

  it('CB2: a lease never takes a live home block, even on a day after its current last day', () => {
    const store = new CodeBlockStore(new Database(':memory:'));
    for (let i = 0; i < BLOCK_COUNT - 2; i++) store.grant(req(`h${i}`, { homeUntil: '261120' })); // homes 1..97
    const lease = store.grant(req('x', { spareDays: ['261122'] }));
    expect(lease.map((g) => g.block)).toEqual([98]); // no home left for x, the one free block as a lease
    expect(store.grant(req('y', { spareDays: ['261122'] }))).toEqual([]); // unit full for that day
  });

  it('CB3: blocks used by codes the server stores for that day are skipped', () => {
    const store = new CodeBlockStore(new Database(':memory:'), (unit, day) =>
      day === '261120' ? [1, 98] : [],
    );
    const g = store.grant(req('a', { spareDays: ['261120', '261121'] }));
    expect(home(g)).toBe(2);
    expect(g.filter((x) => x.kind === 'lease').map((x) => [x.block, x.firstDay])).toEqual([
      [97, '261120'],
      [98, '261121'],
    ]);
  });

  it('CB4: a home block that ran out goes to another session only from the next day on', () => {
    const store = new CodeBlockStore(new Database(':memory:'));
    expect(home(store.grant(req('old', { homeUntil: '261120' })))).toBe(1);
    expect(home(store.grant(req('new')))).toBe(2); // same day: still old's
    expect(home(store.grant(req('later', { today: '261121', homeUntil: '261128' })))).toBe(1);
    expect(home(store.grant(req('old', { today: '261121', homeUntil: '261128' })))).toBe(3); // old gets a new one
  });

  it('CB5: one session holds at most MAX_LEASES_PER_DAY leases for a day', () => {
    const store = new CodeBlockStore(new Database(':memory:'));
    let g: BlockGrant[] = [];
    for (let i = 0; i < 10; i++) g = store.grant(req('a', { spareDays: ['261120'] }));
    expect(g.filter((x) => x.kind === 'lease')).toHaveLength(MAX_LEASES_PER_DAY);
  });
});
