import { describe, expect, it } from 'vitest';
import {
  admitPresence,
  decodeAwareness,
  encodeAwareness,
  MAX_CLIENTS,
  MAX_STATE_CHARS,
  type AwarenessEntry,
  type PresenceOwner,
} from './presence';

const owner: PresenceOwner = { userId: 'u1', name: 'Nguyễn Văn A', role: 'intake_officer' };
const me = (clientID: number, extra: Record<string, unknown> = {}): AwarenessEntry => ({
  clientID,
  clock: 1,
  state: { user: { id: 'u1', name: 'x', role: 'supervisor', color: '#123456' }, ...extra },
});
const none = () => false;

describe('presence filter', () => {
  it('P1: keeps the owner’s own states, stamped with the account’s name and role', () => {
    expect(admitPresence([me(1, { cursor: 2 })], owner, new Set(), none)).toEqual([
      {
        clientID: 1,
        clock: 1,
        state: { user: { id: 'u1', name: owner.name, role: owner.role, color: '#123456' }, cursor: 2 },
      },
    ]);
  });

  it('P1: drops states naming another user, or none, and odd colours become empty', () => {
    const other = { clientID: 2, clock: 1, state: { user: { id: 'u2' } } };
    const anonymous = { clientID: 3, clock: 1, state: { cursor: 1 } };
    const loud = me(4);
    (loud.state!['user'] as { color: string }).color = 'x'.repeat(33);
    const kept = admitPresence([other, anonymous, loud], owner, new Set(), none);
    expect(kept.map((e) => [e.clientID, (e.state?.['user'] as { color: string }).color])).toEqual([[4, '']]);
  });

  it('P2: leaves alone a clientID another connection speaks for, null states included', () => {
    const theirs = (id: number) => id === 7;
    expect(admitPresence([me(7), { clientID: 7, clock: 9, state: null }], owner, new Set(), theirs)).toEqual(
      [],
    );
    expect(admitPresence([{ clientID: 8, clock: 2, state: null }], owner, new Set([8]), theirs)).toHaveLength(
      1,
    );
  });

  it('P3: an oversized state decodes as one without a user, and is dropped', () => {
    const big = me(1, { pad: 'x'.repeat(MAX_STATE_CHARS) });
    const decoded = decodeAwareness(encodeAwareness([big]));
    expect(decoded).toEqual([{ clientID: 1, clock: 1, state: {} }]);
    expect(admitPresence(decoded!, owner, new Set(), none)).toEqual([]);
  });

  it('P4: a connection speaks for at most MAX_CLIENTS clientIDs', () => {
    const many = Array.from({ length: MAX_CLIENTS + 3 }, (_, i) => me(100 + i));
    expect(admitPresence(many, owner, new Set(), none)).toHaveLength(MAX_CLIENTS);
    expect(admitPresence([me(1), me(2)], owner, new Set([5, 6, 7, 8]), none)).toEqual([]);
    expect(admitPresence([me(5)], owner, new Set([5, 6, 7, 8]), none)).toHaveLength(1);
  });

  it('N4: bytes that are not an awareness update decode as null', () => {
    const ok = encodeAwareness([me(1)]);
    expect(decodeAwareness(ok.subarray(0, ok.length - 1))).toBeNull();
    expect(decodeAwareness(new Uint8Array([...ok, 0]))).toBeNull();
    expect(
      decodeAwareness(
        encodeAwareness([{ clientID: 1, clock: 1, state: null }]).map((b, i) => (i === 3 ? 0x7b : b)),
      ),
    ).toBeNull();
  });
});
