import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch, type AuthFetchDeps } from './auth-fetch';

const authBody = {
  user: { id: 'u1', username: 'tiepnhan', displayName: 'A', role: 'intake_officer', scope: 'center' },
  session: { id: 's2', offlineUntil: '2030-01-01T00:00:00.000Z' },
};
const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fake server: `answers` per URL, consumed in order; records every request. */
function harness(answers: Record<string, (Response | Error)[]>, overrides: Partial<AuthFetchDeps> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  let clock = 1000;
  let refreshedAt = 0;
  const onSessionEnded = vi.fn();
  const onRefreshed = vi.fn((_b: unknown, at: number) => {
    refreshedAt = at;
  });
  const authFetch = createAuthFetch({
    fetch: (url, init) => {
      calls.push({ url, init });
      const next = answers[url]?.shift();
      if (next === undefined) return Promise.reject(new Error(`unexpected ${url}`));
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    language: () => 'en',
    exclusive: (fn) => fn(),
    now: () => clock++,
    lastRefreshAt: () => refreshedAt,
    onRefreshed,
    onSessionEnded,
    ...overrides,
  });
  return { authFetch, calls, onSessionEnded, onRefreshed };
}

describe('authenticated fetch', () => {
  it('A1: same-origin credentials and Accept-Language from the locale', async () => {
    const h = harness({ '/api/x': [json(200, {})] });
    await h.authFetch('/api/x', { method: 'GET', headers: { accept: 'application/json' } });
    const init = h.calls[0]?.init;
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('accept-language')).toBe('en');
    expect(new Headers(init?.headers).get('accept')).toBe('application/json');
  });

  it('A2: a 401 refreshes once and retries once', async () => {
    const h = harness({
      '/api/x': [json(401, {}), json(200, { ok: 1 })],
      '/api/auth/refresh': [json(200, authBody)],
    });
    const res = await h.authFetch('/api/x', { method: 'POST', body: '{}' });
    expect(res.status).toBe(200);
    expect(h.calls.map((c) => c.url)).toEqual(['/api/x', '/api/auth/refresh', '/api/x']);
    expect(h.onRefreshed).toHaveBeenCalledTimes(1);
    expect(h.onSessionEnded).not.toHaveBeenCalled();
  });

  it('A2: the retry answer is final even when it is 401 again', async () => {
    const h = harness({
      '/api/x': [json(401, {}), json(401, {})],
      '/api/auth/refresh': [json(200, authBody)],
    });
    expect((await h.authFetch('/api/x', {})).status).toBe(401);
    expect(h.calls).toHaveLength(3);
  });

  it('A4: refresh answering 401 ends the session and returns the original answer', async () => {
    const h = harness({
      '/api/x': [json(401, { error: { code: 'unauthenticated' } })],
      '/api/auth/refresh': [json(401, { error: { code: 'session_expired' } })],
    });
    expect((await h.authFetch('/api/x', {})).status).toBe(401);
    expect(h.onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['network failure', new TypeError('Failed to fetch')],
    ['server error', json(503, {})],
    ['malformed body', json(200, { user: 1 })],
  ])('A4: a refresh %s keeps the session', async (_name, answer) => {
    const h = harness({ '/api/x': [json(401, {})], '/api/auth/refresh': [answer] });
    expect((await h.authFetch('/api/x', {})).status).toBe(401);
    expect(h.onSessionEnded).not.toHaveBeenCalled();
    expect(h.onRefreshed).not.toHaveBeenCalled();
  });

  it('A3: concurrent 401s share one refresh', async () => {
    const h = harness({
      '/api/a': [json(401, {}), json(200, {})],
      '/api/b': [json(401, {}), json(200, {})],
      '/api/auth/refresh': [json(200, authBody)],
    });
    const [a, b] = await Promise.all([h.authFetch('/api/a', {}), h.authFetch('/api/b', {})]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(h.calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('A3: a refresh done elsewhere after the request was sent is not repeated', async () => {
    const h = harness(
      { '/api/x': [json(401, {}), json(200, {})] },
      { lastRefreshAt: () => 5000, now: () => 10 },
    );
    expect((await h.authFetch('/api/x', {})).status).toBe(200);
    expect(h.calls.map((c) => c.url)).toEqual(['/api/x', '/api/x']);
  });

  it('a network failure of the request itself is thrown to the caller', async () => {
    const h = harness({ '/api/x': [new TypeError('offline')] });
    await expect(h.authFetch('/api/x', {})).rejects.toThrow('offline');
  });
});
