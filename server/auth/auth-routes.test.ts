import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anyString,
  arrayContaining,
  containing,
  Jar,
  json,
  startHarness,
  type Harness,
} from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ dossiers: 20 });
});
afterAll(() => h.composed.close());

describe('sign-in', () => {
  it('LOGIN: sets httpOnly SameSite cookies (no Secure on localhost) and answers user and session', async () => {
    const jar = new Jar();
    const res = await h.request('/api/auth/login', {
      ...json({ username: 'tiepnhan', password: 'motcua2026', deviceName: 'Quầy 1' }),
      as: jar,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      user: Record<string, unknown>;
      session: { id: string; offlineUntil: string };
    };
    expect(body.user).toEqual({
      id: 'counter-hn-tt',
      username: 'tiepnhan',
      displayName: anyString,
      role: 'intake_officer',
      servicePointId: 'hn-center',
      scope: 'service_point',
    });
    expect(Date.parse(body.session.offlineUntil) - h.clock.now).toBe(7 * 24 * 3600 * 1000);
    const cookies = res.headers.getSetCookie();
    const at = cookies.find((c) => c.startsWith('motcua_at='));
    const rt = cookies.find((c) => c.startsWith('motcua_rt='));
    expect(at).toMatch(/HttpOnly/);
    expect(at).toMatch(/SameSite=Lax/);
    expect(at).toMatch(/Path=\/api(;|$)/);
    expect(at).not.toMatch(/Secure/);
    expect(rt).toMatch(/Path=\/api\/auth/);
    expect(rt).toMatch(/Max-Age=604800/);
    expect(JSON.stringify(body)).not.toMatch(/motcua_|eyJ/); // no token in the body
    const me = await h.request('/api/auth/me', { as: jar });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { session: { id: string } }).session.id).toBe(body.session.id);
  });

  it('LOGIN: Secure cookies in production even when a proxy forwards Host: 127.0.0.1', async () => {
    const prod = await startHarness({
      dossiers: 1,
      env: { NODE_ENV: 'production', MOTCUA_ADMIN_PASSWORD: 'Very-secret-42' },
    });
    const res = await prod.request(
      '/api/auth/login',
      json({ username: 'admin', password: 'Very-secret-42' }),
    );
    expect(res.status).toBe(200);
    for (const c of res.headers.getSetCookie()) expect(c).toMatch(/Secure/);
    await prod.composed.close();
  });

  it('LOGIN: Secure cookies on any host but localhost', async () => {
    const res = await h.composed.app.request(
      'https://motcua.example.vn/api/auth/login',
      json({ username: 'giamsat', password: 'motcua2026' }),
    );
    expect(res.status).toBe(200);
    for (const c of res.headers.getSetCookie()) expect(c).toMatch(/Secure/);
  });

  it('LOGIN1: unknown user, wrong password and disabled account get the same 401', async () => {
    const answers = await Promise.all(
      [
        json({ username: 'nobody', password: 'motcua2026' }),
        json({ username: 'tiepnhan', password: 'wrong-password' }),
      ].map(async (init) => {
        const res = await h.request('/api/auth/login', {
          ...init,
          headers: { ...init.headers, 'x-test-address': '198.51.100.7' },
        });
        return [res.status, (await res.json()) as unknown];
      }),
    );
    expect(answers[0]).toEqual([401, { error: { code: 'invalid_credentials', message: anyString } }]);
    expect(answers[1]).toEqual(answers[0]);
  });

  it('400 names the bad field, 415 refuses a non-JSON body, 400 for broken JSON', async () => {
    const missing = await h.request('/api/auth/login', json({ username: 'tiepnhan' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { code: 'invalid_field', message: containing('password') },
    });
    const extra = await h.request(
      '/api/auth/login',
      json({ username: 'a', password: 'b', role: 'administrator' }),
    );
    expect(await extra.json()).toMatchObject({
      error: { code: 'invalid_field', message: containing('role') },
    });
    const form = await h.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=a&password=b',
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const broken = await h.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(broken.status).toBe(400);
  });

  it('413 for a body over 64 KB', async () => {
    const res = await h.request(
      '/api/auth/login',
      json({ username: 'tiepnhan', password: 'x'.repeat(70_000) }),
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('401 unauthenticated without a cookie or with a forged token', async () => {
    expect((await h.request('/api/auth/me')).status).toBe(401);
    const forged = new Jar();
    forged.cookies.set('motcua_at', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInNpZCI6IngifQ.');
    const res = await h.request('/api/auth/me', { as: forged });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });
});

describe('rate limit on sign-in', () => {
  it('LOGIN2: 429 with Retry-After after 5 failures for a username from one address; others unaffected', async () => {
    const from = (addr: string, password: string) =>
      h.request('/api/auth/login', {
        ...json({ username: 'luudong', password }),
        headers: { 'content-type': 'application/json', 'x-test-address': addr },
      });
    for (let i = 0; i < 5; i++) expect((await from('203.0.113.9', 'bad-password')).status).toBe(401);
    const limited = await from('203.0.113.9', 'motcua2026');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await from('203.0.113.10', 'motcua2026')).status).toBe(200);
    h.clock.now += 15 * 60_000;
    expect((await from('203.0.113.9', 'motcua2026')).status).toBe(200);
  });

  it('LOGIN2: a burst of parallel wrong passwords gets no more password checks than the limit', async () => {
    const attempt = () =>
      h.request('/api/auth/login', {
        ...json({ username: 'chuyenvien', password: 'bad-password' }),
        headers: { 'content-type': 'application/json', 'x-test-address': '203.0.113.20' },
      });
    const statuses = (await Promise.all(Array.from({ length: 30 }, attempt))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
  });

  it('LOGIN3: made-up usernames from one address are limited too', async () => {
    const from = (i: number) =>
      h.request('/api/auth/login', {
        ...json({ username: `nobody${i}`, password: 'x' }),
        headers: { 'content-type': 'application/json', 'x-test-address': '203.0.113.30' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 102; i++) statuses.push((await from(i)).status);
    expect(statuses.slice(0, 100).every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses.slice(100)).toEqual([429, 429]);
    h.clock.now += 15 * 60_000;
  });
});

describe('refresh rotation', () => {
  it('REFRESH1: rotates the refresh token and extends the offline period', async () => {
    const jar = await h.login('chuyenvien');
    const first = jar.cookies.get('motcua_rt');
    h.clock.now += 60 * 60_000;
    const res = await h.request('/api/auth/refresh', { method: 'POST', as: jar });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { username: string }; session: { offlineUntil: string } };
    expect(body.user.username).toBe('chuyenvien');
    expect(Date.parse(body.session.offlineUntil)).toBe(h.clock.now + 7 * 24 * 3600 * 1000);
    expect(jar.cookies.get('motcua_rt')).not.toBe(first);
  });

  it('REFRESH2: reusing an old refresh token revokes the whole session', async () => {
    const jar = await h.login('giamsat');
    const stolen = jar.copy();
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: jar })).status).toBe(200);
    h.clock.now += 30_000; // past the grace period
    const reuse = await h.request('/api/auth/refresh', { method: 'POST', as: stolen });
    expect(reuse.status).toBe(401);
    expect(await reuse.json()).toMatchObject({ error: { code: 'session_expired' } });
    // The legitimate device is signed out too: the session is gone.
    expect((await h.request('/api/auth/me', { as: jar })).status).toBe(401);
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: jar })).status).toBe(401);
  });

  it('REFRESH3: two refreshes with the same cookie at once both succeed and the session survives', async () => {
    const jar = await h.login('giamsat');
    const twin = jar.copy();
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: jar })).status).toBe(200);
    const second = await h.request('/api/auth/refresh', { method: 'POST', as: twin });
    expect(second.status).toBe(200);
    expect(second.headers.getSetCookie().some((c) => c.startsWith('motcua_rt='))).toBe(false);
    expect((await h.request('/api/auth/me', { as: jar })).status).toBe(200);
  });

  it('the refresh token expires with the offline period', async () => {
    const jar = await h.login('tiepnhan');
    h.clock.now += 8 * 24 * 3600 * 1000;
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: jar })).status).toBe(401);
  });
});

describe('logout and devices', () => {
  it('logout revokes the session and clears both cookies', async () => {
    const jar = await h.login('tiepnhan');
    const kept = jar.copy();
    const res = await h.request('/api/auth/logout', { method: 'POST', as: jar });
    expect(res.status).toBe(204);
    expect(jar.cookies.size).toBe(0);
    expect((await h.request('/api/auth/me', { as: kept })).status).toBe(401);
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: kept })).status).toBe(401);
  });

  it('lists the user’s own devices and revokes one of them, never another user’s', async () => {
    const phone = await h.login('luudong', 'motcua2026', 'Điện thoại');
    const tablet = await h.login('luudong', 'motcua2026', 'Máy tính bảng');
    const list = (await (await h.request('/api/auth/devices', { as: phone })).json()) as {
      id: string;
      deviceName: string;
      current: boolean;
    }[];
    const names = list.map((d) => d.deviceName);
    expect(names).toEqual(arrayContaining(['Điện thoại', 'Máy tính bảng']));
    expect(list.filter((d) => d.current).map((d) => d.deviceName)).toEqual(['Điện thoại']);
    const tabletId = list.find((d) => d.deviceName === 'Máy tính bảng')?.id ?? '';
    const other = await h.login('giamsat');
    expect((await h.request(`/api/auth/devices/${tabletId}`, { method: 'DELETE', as: other })).status).toBe(
      404,
    );
    expect((await h.request(`/api/auth/devices/${tabletId}`, { method: 'DELETE', as: phone })).status).toBe(
      204,
    );
    expect((await h.request('/api/auth/me', { as: tablet })).status).toBe(401);
    expect((await h.request('/api/auth/me', { as: phone })).status).toBe(200);
  });
});
