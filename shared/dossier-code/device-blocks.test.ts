import { describe, expect, it } from 'vitest';
import type { BlockGrant } from './blocks-api';
import { blocksForDay, issueFromGrants, remainingOn } from './device-blocks';
import { BLOCK_SIZE } from './scheme';

const home = (block: number, firstDay = '261120', lastDay = '261127'): BlockGrant => ({
  kind: 'home',
  block,
  firstDay,
  lastDay,
});
const lease = (block: number, day: string): BlockGrant => ({
  kind: 'lease',
  block,
  firstDay: day,
  lastDay: day,
});
const AT = '2026-11-20T03:00:00Z'; // 10:00 on 20/11 in Hà Nội

describe('device blocks (DB1–DB3)', () => {
  it('DB1: homes first, then leases of that day, only when valid on it', () => {
    const grants = [lease(98, '261120'), home(3), lease(97, '261121')];
    expect(blocksForDay(grants, '261120')).toEqual([3, 98]);
    expect(blocksForDay(grants, '261121')).toEqual([3, 97]);
    expect(blocksForDay(grants, '261128')).toEqual([]);
  });

  it('DB3: no grant for the day means no_block, never a made-up serial', () => {
    expect(issueFromGrants(null, 'HN-TT', [], AT)).toEqual({ ok: false, error: 'no_block' });
    expect(issueFromGrants(null, 'HN-TT', [home(3, '261121')], AT)).toEqual({ ok: false, error: 'no_block' });
  });

  it('issues the home block in order, then a lease added later, continuing the saved state (DB2)', () => {
    let r = issueFromGrants(null, 'HN-TT', [home(3)], AT);
    expect(r.ok && r.code).toBe('HN-TT-261120-0304');
    let state = r.ok ? r.state : null;
    for (let i = 1; i < BLOCK_SIZE; i++) {
      r = issueFromGrants(state, 'HN-TT', [home(3)], AT);
      state = r.ok ? r.state : null;
    }
    expect(issueFromGrants(state, 'HN-TT', [home(3)], AT)).toEqual({ ok: false, error: 'exhausted' });
    expect(remainingOn(state, 'HN-TT', [home(3), lease(98, '261120')], '261120')).toBe(BLOCK_SIZE);
    r = issueFromGrants(state, 'HN-TT', [home(3), lease(98, '261120')], AT);
    expect(r.ok && r.code).toBe('HN-TT-261120-9899');
  });

  it('DB2: a new session’s grants are appended to the day already started, so nothing repeats', () => {
    const first = issueFromGrants(null, 'HN-TT', [home(3)], AT);
    if (!first.ok) throw new Error('expected a code');
    const next = issueFromGrants(first.state, 'HN-TT', [home(5)], AT);
    expect(next.ok && next.code).toBe('HN-TT-261120-0305');
    expect(next.ok && next.state.blocks).toEqual([3, 5]);
  });

  it('a saved state of another day or unit is not continued', () => {
    const first = issueFromGrants(null, 'HN-TT', [home(3)], AT);
    if (!first.ok) throw new Error('expected a code');
    const other = issueFromGrants(first.state, 'HN-CN01', [home(3)], AT);
    expect(other.ok && other.code).toBe('HN-CN01-261120-0304');
    const tomorrow = issueFromGrants(first.state, 'HN-TT', [home(3)], '2026-11-20T17:00:00Z');
    expect(tomorrow.ok && tomorrow.code).toBe('HN-TT-261121-0304');
  });
});
