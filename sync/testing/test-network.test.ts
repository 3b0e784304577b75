import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';
import { TestNetwork } from './test-network.ts';

describe('test transport and random source', () => {
  it('moves messages only when told: take, duplicate, drop, dropPeer', () => {
    const net = new TestNetwork<string>();
    net.send('a', 'm1');
    net.send('b', 'm2');
    net.duplicate(0);
    expect(net.peek().map((e) => e.message)).toEqual(['m1', 'm2', 'm1']);
    expect(net.take(1)?.message).toBe('m2');
    net.dropPeer('a');
    expect(net.size).toBe(0);
  });

  it('the same seed gives the same sequence', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, () => a.int(1000))).toEqual(
      Array.from({ length: 5 }, () => b.int(1000)),
    );
    expect(seededRandom(8).int(1_000_000)).not.toBe(seededRandom(7).int(1_000_000));
  });
});
