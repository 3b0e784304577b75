import { describe, expect, it } from 'vitest';
import { createMemoryData, MemoryStorage } from './engine/memory-storage.ts';
import type { FuzzStats } from './testing/fuzz.ts';
import { runFuzz } from './testing/fuzz.ts';

/**
 * Deterministic sync fuzzing over the in-memory storage (see sync/testing/fuzz.ts for what a
 * run does and fuzz-oracle.ts for what it checks). A restart reopens storage over the same data.
 * Every seed that ever failed stays below as a named regression.
 */
const fuzz = (seed: number, ops = 200, maxClients = 6) => {
  const data = createMemoryData();
  return runFuzz({ seed, ops, maxClients, openStorage: () => new MemoryStorage(data) });
};

/**
 * Seeds that once failed (found with seeds 1–6000, 200 ops, 600 for multiples of 3). They stay
 * forever, grouped by what they caught.
 */
const regressions: readonly { readonly name: string; readonly seeds: readonly number[] }[] = [
  { name: 'CONF3: a baseless re-push of a deletion revived the document', seeds: [30] },
  { name: 'CONF3: deletion against a re-creation after a lost ack', seeds: [1027, 1140] },
  {
    name: 'CONF3: only unseen edits that survive the merge revive; oracle ack times of retried rows',
    seeds: [
      8, 41, 56, 135, 147, 156, 190, 199, 201, 204, 210, 246, 288, 306, 307, 345, 387, 392, 678, 780, 906,
      1044, 1127, 1198, 1363, 1561, 1764, 1797, 2061, 2859,
    ],
  },
  {
    name: 'own-write shortcut undone by a stale pull (shortcut withdrawn)',
    seeds: [16, 44, 663, 699, 1443, 1494, 1809, 2403, 2940],
  },
  {
    name: 'CONF7/PUSH10: A→B→A — stale replays and baseless creations over undone changes',
    seeds: [18, 63, 77, 1614, 1731, 1772, 2049, 4686],
  },
];

describe('sync fuzz (memory storage)', () => {
  it('PULL2/PUSH3/CONF4/EVT3: 50 seeds × 200 ops × ≤6 clients converge and lose no acknowledged write', async () => {
    const total: Record<keyof FuzzStats, number> = {
      clients: 0,
      pushes: 0,
      pulls: 0,
      duplicated: 0,
      dropped: 0,
      restarts: 0,
      conflictRecords: 0,
      reviewRecords: 0,
      fieldAcks: 0,
    };
    for (let seed = 1; seed <= 50; seed++) {
      const { stats } = await fuzz(seed);
      for (const k of Object.keys(total) as (keyof FuzzStats)[]) total[k] += stats[k];
    }
    // the runs must reach the paths they claim to cover
    for (const k of Object.keys(total) as (keyof FuzzStats)[]) expect(total[k], k).toBeGreaterThan(50);
  });

  it('a wider sweep: 300 more seeds × 400 ops', async () => {
    for (let seed = 51; seed <= 350; seed++) await fuzz(seed, 400);
  });

  it('a longer run converges too', async () => {
    await fuzz(4242, 2000, 6);
  });

  for (const r of regressions) {
    it(`regression: ${r.name} (seeds ${r.seeds.join(', ')})`, async () => {
      for (const seed of r.seeds) await fuzz(seed, seed % 3 === 0 ? 600 : 200);
    });
  }

  it('runs are deterministic: the same seed gives the same log', async () => {
    const a = await fuzz(7, 100);
    const b = await fuzz(7, 100);
    expect(a.log).toEqual(b.log);
  });
});
