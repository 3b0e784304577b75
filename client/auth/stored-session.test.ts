import { describe, expect, it } from 'vitest';
import { parseStoredSession, sessionPhase, toStored, type StoredSession } from './stored-session';
import { AuthBodySchema } from './schemas';

const body = AuthBodySchema.parse({
  user: {
    id: 'u1',
    username: 'tiepnhan',
    displayName: 'Cán bộ',
    role: 'intake_officer',
    servicePointId: 'hn-center',
    scope: 'service_point',
  },
  session: { id: 's1', offlineUntil: '2026-03-08T00:00:00.000Z' },
});

describe('stored session', () => {
  it('round-trips the public profile and offlineUntil only', () => {
    const stored = toStored(body);
    const again = parseStoredSession(JSON.stringify(stored));
    expect(again).toEqual(stored);
    expect(JSON.stringify(stored)).not.toMatch(/token|password|pin/i);
  });

  it.each([null, '', '{', 'null', '{"v":2}', JSON.stringify({ v: 1, user: {}, session: {} })])(
    'unreadable %s counts as signed out',
    (raw) => {
      expect(parseStoredSession(raw)).toBeNull();
      expect(sessionPhase(parseStoredSession(raw), 0)).toBe('signed_out');
    },
  );

  it('accepts epoch milliseconds for offlineUntil and normalises to ISO', () => {
    const parsed = AuthBodySchema.parse({
      ...body,
      session: { id: 's', offlineUntil: Date.UTC(2026, 0, 1) },
    });
    expect(parsed.session.offlineUntil).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('X1 session expiry', () => {
  const stored: StoredSession = toStored(body);
  const until = Date.parse('2026-03-08T00:00:00.000Z');
  it('is active before offlineUntil and expired from it on', () => {
    expect(sessionPhase(stored, until - 1)).toBe('active');
    expect(sessionPhase(stored, until)).toBe('expired');
    expect(sessionPhase(stored, until + 86_400_000)).toBe('expired');
  });
  it('an unparseable offlineUntil is expired, never forever', () => {
    expect(sessionPhase({ ...stored, session: { id: 's', offlineUntil: 'soon' } }, 0)).toBe('expired');
  });
});
