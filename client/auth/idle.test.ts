import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_MIN, isIdleExpired, parseIdleMinutes, startsLocked } from './idle';

describe('idle setting', () => {
  it.each([
    [null, DEFAULT_IDLE_MIN],
    ['1', 1],
    ['30', 30],
    ['0', DEFAULT_IDLE_MIN],
    ['3', DEFAULT_IDLE_MIN],
    ['abc', DEFAULT_IDLE_MIN],
  ])('%j → %d minutes', (raw, minutes) => expect(parseIdleMinutes(raw)).toBe(minutes));
});

describe('L1/L2 lock rules', () => {
  it('L1: locks exactly when the idle period has passed', () => {
    expect(isIdleExpired(0, 5 * 60_000 - 1, 5)).toBe(false);
    expect(isIdleExpired(0, 5 * 60_000, 5)).toBe(true);
  });
  const base = { hasPin: true, unlockedAt: 1000, lastActiveMs: 1000, nowMs: 2000, idleMinutes: 5 };
  it('L2: a new browsing session starts locked', () => {
    expect(startsLocked({ ...base, unlockedAt: null, lastActiveMs: null })).toBe(true);
  });
  it('L2: a reload soon after activity stays unlocked; a reload after the idle period is locked', () => {
    expect(startsLocked(base)).toBe(false);
    expect(startsLocked({ ...base, nowMs: 1000 + 5 * 60_000 })).toBe(true);
  });
  it('no PIN, no lock', () => {
    expect(startsLocked({ ...base, hasPin: false, unlockedAt: null })).toBe(false);
  });
});
