import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../sync/domain/collections';
import {
  anyString,
  containing,
  json,
  matching,
  startHarness,
  type Harness,
  type Jar,
} from './testing/harness';

/**
 * Role × REST route matrix: 401 without a session, 403 for a role that may not, 200 for those
 * that may; admin user management; the audit log (what it records and what it never holds).
 */
let h: Harness;
const as: Record<string, Jar> = {};
const ROLES = ['tiepnhan', 'luudong', 'chuyenvien', 'giamsat', 'admin', 'congdan'] as const;
let sample: { code: string; citizenId: string; phone: string };

beforeAll(async () => {
  h = await startHarness({ dossiers: 40 });
  for (const u of ROLES) as[u] = await h.login(u);
  const res = await h.request('/api/sync/dossiers/pull', {
    ...json({
      type: 'pull',
      protocolVersion: 1,
      schemaVersion: SCHEMA_VERSIONS.dossiers,
      collection: 'dossiers',
      checkpoint: null,
      batchSize: 5,
    }),
    as: as.giamsat!,
  });
  const d = (
    (await res.json()) as { documents: { code: string; applicant: { citizenId: string; phone: string } }[] }
  ).documents[1]!;
  sample = { code: d.code, citizenId: d.applicant.citizenId, phone: d.applicant.phone };
});
afterAll(() => h.composed.close());

const ROUTES: [string, string, readonly (typeof ROLES)[number][]][] = [
  ['GET', '/api/admin/users', ['admin']],
  ['GET', '/api/audit', ['giamsat', 'admin']],
  ['GET', '/api/dossiers/lookup?code=HN-TT-261120-0001', ['tiepnhan', 'luudong', 'giamsat']],
  ['GET', '/api/me/dossiers', ['congdan']],
  ['GET', '/api/staff', ['tiepnhan', 'chuyenvien', 'giamsat']],
  ['GET', '/api/auth/me', ROLES],
  ['GET', '/api/auth/devices', ROLES],
];

describe('REST routes: 401 vs 403 by role', () => {
  it.each(ROUTES)('%s %s', async (method, path, allowed) => {
    const anonymous = await h.request(path, { method });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    for (const role of ROLES) {
      const res = await h.request(path, { method, as: as[role]! });
      const expected = allowed.includes(role) ? [200, 404] : [403]; // lookup of an unknown code is 404
      expect(expected, `${role} ${res.status}`).toContain(res.status);
      if (res.status === 403) expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
  });
});

describe('staff to assign to', () => {
  it('lists active processing officers and supervisors by name, with only what the picker shows', async () => {
    const res = await h.request('/api/staff', { as: as.chuyenvien! });
    const staff = (await res.json()) as Record<string, unknown>[];
    expect(staff.length).toBeGreaterThan(0);
    expect(new Set(staff.map((s) => s['role']))).toEqual(new Set(['processing_officer', 'supervisor']));
    for (const s of staff) expect(Object.keys(s).sort()).toEqual(['displayName', 'fields', 'id', 'role']);
  });
});

describe('admin users', () => {
  it('creates, lists and edits users; never returns a hash or a citizen ID', async () => {
    const created = await h.request('/api/admin/users', {
      ...json({
        username: 'cb.moi',
        displayName: 'Cán bộ mới',
        role: 'intake_officer',
        scope: 'service_point',
        servicePointId: 'hn-branch-01',
        password: 'mat-khau-moi',
      }),
      as: as.admin!,
    });
    expect(created.status).toBe(201);
    const user = (await created.json()) as Record<string, unknown>;
    expect(user).toEqual({
      id: anyString,
      username: 'cb.moi',
      displayName: 'Cán bộ mới',
      role: 'intake_officer',
      scope: 'service_point',
      servicePointId: 'hn-branch-01',
      disabled: false,
    });
    const again = await h.request('/api/admin/users', {
      ...json({
        username: 'cb.moi',
        displayName: 'X',
        role: 'intake_officer',
        scope: 'service_point',
        servicePointId: 'hn-center',
        password: 'mat-khau-moi',
      }),
      as: as.admin!,
    });
    expect(again.status).toBe(409);
    const patched = await h.request(`/api/admin/users/${String(user.id)}`, {
      ...json({ displayName: 'Cán bộ CN01' }, 'PATCH'),
      as: as.admin!,
    });
    expect(((await patched.json()) as { displayName: string }).displayName).toBe('Cán bộ CN01');
    const list = await (await h.request('/api/admin/users', { as: as.admin! })).text();
    expect(list).not.toMatch(/argon2|passwordHash|citizenId/);
    expect(list).not.toContain(sample.citizenId);
  });

  it.each([
    [{ role: 'intake_officer', scope: 'fields', fields: ['land'] }, 'scope'],
    [{ role: 'processing_officer', scope: 'fields' }, 'fields'],
    [{ role: 'intake_officer', scope: 'service_point', servicePointId: 'nowhere' }, 'servicePointId'],
    [{ role: 'mobile_team', scope: 'service_point', servicePointId: 'hn-center' }, 'servicePointId'],
    [{ role: 'citizen', scope: 'center' }, 'scope'],
    [{ role: 'supervisor', scope: 'center', password: 'short' }, 'password'],
    [{ role: 'supervisor', scope: 'center', username: 'Bad Name' }, 'username'],
  ] as const)('400 invalid_field for an incoherent profile %j', async (over, field) => {
    const res = await h.request('/api/admin/users', {
      ...json({ username: 'x.user', displayName: 'X', password: 'long-enough-1', ...over }),
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      as: as.admin!,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_field');
    expect(body.error.message).toContain(`"${field}"`);
  });

  it('ADM4: an administrator cannot disable themselves', async () => {
    const me = (await (await h.request('/api/auth/me', { as: as.admin! })).json()) as {
      user: { id: string };
    };
    const res = await h.request(`/api/admin/users/${me.user.id}`, {
      ...json({ disabled: true }, 'PATCH'),
      as: as.admin!,
    });
    expect(res.status).toBe(400);
  });

  it('ADM2: a new password ends the user’s sessions', async () => {
    const created = (await (
      await h.request('/api/admin/users', {
        ...json({
          username: 'cb.doimk',
          displayName: 'Đổi MK',
          role: 'supervisor',
          scope: 'center',
          password: 'first-password',
        }),
        as: as.admin!,
      })
    ).json()) as { id: string };
    const jar = await h.login('cb.doimk', 'first-password');
    await h.request(`/api/admin/users/${created.id}`, {
      ...json({ password: 'second-password' }, 'PATCH'),
      as: as.admin!,
    });
    expect((await h.request('/api/auth/me', { as: jar })).status).toBe(401);
    await h.login('cb.doimk', 'second-password');
  });
});

describe('lookup by code and a citizen’s own dossiers', () => {
  it('an intake officer looks up a dossier of any point by code, and the view is audited', async () => {
    const res = await h.request(`/api/dossiers/lookup?code=${sample.code}`, { as: as.luudong! });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { dossier: { code: string }; events: { type: string }[] };
    expect(body.dossier.code).toBe(sample.code);
    expect(body.events[0]?.type).toBe('register');
    const audit = (await (await h.request('/api/audit', { as: as.giamsat! })).json()) as {
      action: string;
      target: string;
      actorId: string;
    }[];
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'view_personal_data',
        target: `dossier:${sample.code}`,
        actorId: matching(/^counter-/),
      }),
    );
  });

  it('400 names the field for a malformed code', async () => {
    const res = await h.request('/api/dossiers/lookup?code=abc', { as: as.tiepnhan! });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_field', message: containing('code') } });
  });

  it('the demo citizen sees exactly the dossiers filed under their citizen ID', async () => {
    const res = await h.request('/api/me/dossiers', { as: as.congdan! });
    const own = (await res.json()) as { dossier: { applicant: { citizenId: string } }; events: unknown[] }[];
    expect(own.length).toBeGreaterThan(0);
    const ids = new Set(own.map((o) => o.dossier.applicant.citizenId));
    expect(ids.size).toBe(1);
    expect(own.every((o) => o.events.length > 0)).toBe(true);
  });
});

describe('audit log', () => {
  it('records sign-ins (ok and failed) and denials, and holds no password, token, CCCD or phone', async () => {
    await h.request('/api/auth/login', json({ username: 'giamsat', password: 'not-the-password' }));
    await h.request('/api/auth/login', json({ username: '0912345678', password: 'motcua2026' })); // a phone typed as username
    await h.request('/api/admin/users', { as: as.tiepnhan! });
    const entries = (await (await h.request('/api/audit?limit=500', { as: as.admin! })).json()) as {
      action: string;
      outcome: string;
      target: string;
      actorId: string | null;
    }[];
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'sign_in', outcome: 'ok', target: 'user:tiepnhan' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'sign_in', outcome: 'failed', target: 'user:giamsat' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'sign_in', outcome: 'failed', target: 'unknown_user' }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: 'access_denied',
        outcome: 'denied',
        actorId: 'counter-hn-tt',
        target: 'GET /api/admin/users',
      }),
    );
    const text = JSON.stringify(entries);
    for (const secret of [
      'motcua2026',
      'not-the-password',
      '0912345678',
      sample.citizenId,
      sample.phone,
      'argon2',
      'eyJ',
    ])
      expect(text).not.toContain(secret);
    // The log prints the demo password on purpose (demo mode only); nothing else secret or personal.
    for (const line of h.logged)
      for (const secret of ['not-the-password', 'mat-khau-moi', sample.citizenId, sample.phone])
        expect(line).not.toContain(secret);
  });

  it('pages with limit and before; refuses a bad limit naming it', async () => {
    const first = (await (await h.request('/api/audit?limit=2', { as: as.giamsat! })).json()) as {
      id: number;
    }[];
    expect(first).toHaveLength(2);
    expect(first[0]!.id).toBeGreaterThan(first[1]!.id);
    const next = (await (
      await h.request(`/api/audit?limit=2&before=${first[1]!.id}`, { as: as.giamsat! })
    ).json()) as { id: number }[];
    expect(next[0]!.id).toBeLessThan(first[1]!.id);
    const bad = await h.request('/api/audit?limit=100000', { as: as.giamsat! });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'invalid_field', message: containing('limit') },
    });
  });
});
