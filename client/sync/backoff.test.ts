import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';
import { manualTimers } from './testing/manual-timers';

describe('back-off', () => {
  it('B1: delays double up to the cap, with jitter between half and all of it', () => {
    const lo = new Backoff(manualTimers(), () => 0, { baseMs: 100, maxMs: 1000 });
    const hi = new Backoff(manualTimers(), () => 0.999999, { baseMs: 100, maxMs: 1000 });
    expect([1, 2, 3, 4, 5, 6].map(() => lo.nextDelay())).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map(() => Math.round(hi.nextDelay()))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });

  it('B2: wake() ends every wait at once and restarts the series', async () => {
    const timers = manualTimers();
    const b = new Backoff(timers, () => 0, { baseMs: 100, maxMs: 1000 });
    b.nextDelay();
    b.nextDelay();
    let done = 0;
    const waits = [b.wait(), b.wait()].map((p) => p.then(() => done++));
    expect(b.pending).toBe(2);
    b.wake();
    await Promise.all(waits);
    expect(done).toBe(2);
    expect(timers.scheduled).toBe(0);
    expect(b.nextDelay()).toBe(50);
  });

  it('a wait ends when its time has passed', async () => {
    const timers = manualTimers();
    const b = new Backoff(timers, () => 0, { baseMs: 100, maxMs: 1000 });
    const w = b.wait();
    timers.advance(49);
    expect(b.pending).toBe(1);
    timers.advance(1);
    await w;
    expect(b.pending).toBe(0);
  });
});
