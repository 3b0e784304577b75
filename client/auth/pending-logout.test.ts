import { describe, expect, it } from 'vitest';
import type { ApiResult } from './api-result';
import {
  flushPendingLogout,
  hasPendingLogout,
  markPendingLogout,
  type PendingLogoutDeps,
} from './pending-logout';

function deps(answers: ApiResult<undefined>[], online = true) {
  const store = new Map<string, string>();
  const calls: number[] = [];
  const d: PendingLogoutDeps = {
    storage: {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
      removeItem: (k) => void store.delete(k),
    },
    signOut: () => {
      calls.push(1);
      return Promise.resolve(answers.shift() ?? { ok: true, value: undefined });
    },
    online: () => online,
  };
  return { d, calls };
}

const offline: ApiResult<undefined> = { ok: false, error: { status: 0, code: 'network', message: '' } };

describe('pending logout', () => {
  it('PL2: nothing marked, nothing sent', async () => {
    const { d, calls } = deps([]);
    expect(await flushPendingLogout(d)).toBe(true);
    expect(calls).toEqual([]);
  });

  it('PL1/PL2: a marked logout is sent and cleared once the server answered', async () => {
    const { d, calls } = deps([{ ok: true, value: undefined }]);
    markPendingLogout(d);
    expect(await flushPendingLogout(d)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(hasPendingLogout(d)).toBe(false);
  });

  it('PL2: offline, or no answer, or a server failure keeps it pending for the next time', async () => {
    const away = deps([], false);
    markPendingLogout(away.d);
    expect(await flushPendingLogout(away.d)).toBe(false);
    expect(away.calls).toEqual([]);

    const { d } = deps([
      offline,
      { ok: false, error: { status: 503, code: 'internal', message: '' } },
      { ok: false, error: { status: 429, code: 'rate_limited', message: '' } },
    ]);
    markPendingLogout(d);
    expect(await flushPendingLogout(d)).toBe(false);
    expect(await flushPendingLogout(d)).toBe(false);
    expect(await flushPendingLogout(d)).toBe(false);
    expect(hasPendingLogout(d)).toBe(true);
    expect(await flushPendingLogout(d)).toBe(true);
    expect(hasPendingLogout(d)).toBe(false);
  });

  it('PL2: a refusal the server did answer (e.g. 401) also ends it: there is no session left to end', async () => {
    const { d } = deps([{ ok: false, error: { status: 401, code: 'unauthenticated', message: '' } }]);
    markPendingLogout(d);
    expect(await flushPendingLogout(d)).toBe(true);
  });
});
