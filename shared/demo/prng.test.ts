import { describe, expect, it } from 'vitest';
import { createRng } from './prng';

describe('seeded random source', () => {
  it('same seed, same sequence; different seeds differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 20 }, () => r.next());
    const sa = seq(a);
    expect(seq(b)).toEqual(sa);
    expect(seq(c)).not.toEqual(sa);
  });

  it('stays in range and looks uniform', () => {
    const r = createRng(7);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const x = r.int(1, 6);
      if (x < 1 || x > 6) throw new Error(`out of range: ${x}`); // expect() here would dominate the run
      counts[x - 1]! += 1;
    }
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('makes well-formed v4 UUIDs', () => {
    const r = createRng(1);
    for (let i = 0; i < 100; i++)
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
