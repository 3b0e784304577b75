import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLeasedBlock,
  createAllocator,
  issueDossierCode,
  nextSerial,
  remaining,
  type SerialAllocatorState,
} from './allocator';
import { assignHomeBlock, leaseBlock } from './leases';
import { BLOCK_COUNT, BLOCK_SIZE, blockOf } from './scheme';

const must = <T>(r: { ok: true; state: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.state;
};

describe('serial allocator', () => {
  it('issues its home block in order, then its leases, then reports exhausted', () => {
    let state = must(createAllocator('HN-TT', '260302', 3));
    const serials: number[] = [];
    for (;;) {
      const r = nextSerial(state);
      if (!r.ok) {
        expect(r.error.code).toBe('exhausted');
        break;
      }
      serials.push(r.serial);
      state = r.state;
    }
    expect(serials).toEqual(Array.from({ length: BLOCK_SIZE }, (_, i) => 3 * BLOCK_SIZE + 1 + i));
    state = must(addLeasedBlock(state, 98));
    expect(remaining(state)).toBe(BLOCK_SIZE);
    const next = nextSerial(state);
    expect(next.ok && next.serial).toBe(98 * BLOCK_SIZE + 1);
  });

  it('refuses invalid or duplicate blocks', () => {
    expect(createAllocator('HN', '260302', 99).ok).toBe(false);
    expect(createAllocator('HN', '260302', -1).ok).toBe(false);
    const s = must(createAllocator('HN', '260302', 0));
    expect(addLeasedBlock(s, 0)).toEqual({ ok: false, error: { code: 'block_invalid' } });
  });

  it('issues codes only for its own Vietnamese day', () => {
    const s = must(createAllocator('HN-CN01', '260302', 1));
    const r = issueDossierCode(s, '2026-03-02T01:00:00Z');
    expect(r.ok && r.code).toBe('HN-CN01-260302-0102');
    expect(issueDossierCode(s, '2026-03-02T17:00:00Z')).toEqual({
      ok: false,
      error: { code: 'day_mismatch' },
    });
  });

  it('the server hands out home blocks from the bottom and leases from the top, never twice', () => {
    const homes: number[] = [];
    for (let i = 0; i < BLOCK_COUNT; i++) {
      const b = assignHomeBlock(homes);
      expect(b).toBe(i);
      if (b !== null) homes.push(b);
    }
    expect(assignHomeBlock(homes)).toBeNull();
    expect(leaseBlock(homes, [])).toBeNull();
    expect(leaseBlock([0, 1], [98])).toBe(97);
  });
});

describe('uniqueness across simulated devices (property)', () => {
  /**
   * Devices enrol (home blocks), go offline, issue as many codes as they like, and sometimes come
   * online to lease more. Whatever the interleaving, no code is ever issued twice.
   */
  it('no two devices ever issue the same code for a unit and day', () => {
    const op = fc.record({ device: fc.nat(), online: fc.boolean(), count: fc.integer({ min: 1, max: 150 }) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(op, { maxLength: 60 }), (deviceCount, ops) => {
        const homes: number[] = [];
        const leased: number[] = [];
        const devices: SerialAllocatorState[] = [];
        for (let d = 0; d < deviceCount; d++) {
          const home = assignHomeBlock(homes);
          if (home === null) throw new Error('at most 99 devices');
          homes.push(home);
          devices.push(must(createAllocator('HN-MB02', '260302', home)));
        }
        const codes = new Set<string>();
        let issuedTotal = 0;
        for (const { device, online, count } of ops) {
          const i = device % deviceCount;
          let state = devices[i];
          if (state === undefined) throw new Error('unreachable');
          for (let k = 0; k < count; k++) {
            let r = issueDossierCode(state, '2026-03-02T03:00:00Z');
            if (!r.ok && r.error.code === 'exhausted' && online) {
              const block = leaseBlock(homes, leased);
              if (block === null) break;
              leased.push(block);
              state = must(addLeasedBlock(state, block));
              r = issueDossierCode(state, '2026-03-02T03:00:00Z');
            }
            if (!r.ok) break;
            // plain checks: expect() in this hot loop dominates the run time
            if (codes.has(r.code)) throw new Error(`duplicate ${r.code}`);
            if (!state.blocks.includes(blockOf(Number(r.code.slice(-4)))))
              throw new Error(`foreign ${r.code}`);
            codes.add(r.code);
            issuedTotal++;
            state = r.state;
          }
          devices[i] = state;
        }
        expect(codes.size).toBe(issuedTotal);
      }),
      { numRuns: 300 },
    );
  });
});
