import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows max hits per window, then says how long to wait; a new window starts afresh', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ max: 2, windowMs: 60_000 }, () => now);
    expect(limiter.hit('a')).toEqual({ ok: true });
    expect(limiter.hit('a')).toEqual({ ok: true });
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterS: 60 });
    expect(limiter.hit('b')).toEqual({ ok: true });
    now += 45_000;
    expect(limiter.peek('a')).toEqual({ ok: false, retryAfterS: 15 });
    now += 15_000;
    expect(limiter.hit('a')).toEqual({ ok: true });
  });

  it('reset forgets a key', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1000 }, () => 0);
    limiter.hit('a');
    expect(limiter.peek('a').ok).toBe(false);
    limiter.reset('a');
    expect(limiter.peek('a').ok).toBe(true);
  });
});
