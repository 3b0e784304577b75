import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyString, arrayContaining, type Jar } from '../testing/harness';
import { rawClient, startLive, storedDossier, waitFor, type LiveServer } from './test-kit';

/** Who may open a dossier's notes (access.ts A1–A7), refused before any socket exists. */
let live: LiveServer;
const jars = new Map<string, Jar>();
let landAtCenter: string;
let healthAtCenter: string;

beforeAll(async () => {
  live = await startLive();
  for (const u of ['tiepnhan', 'luudong', 'chuyenvien', 'giamsat', 'admin', 'congdan'])
    jars.set(u, await live.h.login(u));
  landAtCenter = await storedDossier(live.h, jars.get('giamsat')!, 'hn-center', 'land');
  healthAtCenter = await storedDossier(live.h, jars.get('giamsat')!, 'hn-center', 'health');
});
afterAll(() => live.close());

interface Case {
  readonly title: string;
  readonly user: string | null;
  readonly dossier: () => string;
  readonly query?: string;
  readonly headers?: Record<string, string>;
  readonly status: number;
  readonly code: string;
}

const refusals: Case[] = [
  {
    title: 'A1: no protocol version',
    user: 'tiepnhan',
    dossier: () => landAtCenter,
    query: '',
    status: 426,
    code: 'protocol_too_old',
  },
  {
    title: 'A1: another protocol version',
    user: 'tiepnhan',
    dossier: () => landAtCenter,
    query: 'v=2',
    status: 426,
    code: 'protocol_too_old',
  },
  {
    title: 'A2: a dossier id that is not a uuid',
    user: 'tiepnhan',
    dossier: () => 'HN-TT-1',
    status: 400,
    code: 'bad_request',
  },
  {
    title: 'A3: not signed in',
    user: null,
    dossier: () => landAtCenter,
    status: 401,
    code: 'unauthenticated',
  },
  { title: 'A4: a citizen', user: 'congdan', dossier: () => landAtCenter, status: 403, code: 'forbidden' },
  {
    title: 'A4: an administrator',
    user: 'admin',
    dossier: () => landAtCenter,
    status: 403,
    code: 'forbidden',
  },
  {
    title: 'A5: a page of another origin',
    user: 'tiepnhan',
    dossier: () => landAtCenter,
    headers: { origin: 'https://evil.example' },
    status: 403,
    code: 'forbidden',
  },
  {
    title: 'A6: a dossier the server does not have (yet)',
    user: 'tiepnhan',
    dossier: () => randomUUID(),
    status: 404,
    code: 'not_found',
  },
  {
    title: 'A7: an intake officer of another point',
    user: 'luudong',
    dossier: () => landAtCenter,
    status: 403,
    code: 'forbidden',
  },
  {
    title: 'A7: a processing officer of another field',
    user: 'chuyenvien',
    dossier: () => healthAtCenter,
    status: 403,
    code: 'forbidden',
  },
];

describe('notes access', () => {
  it.each(refusals)('$title: the upgrade is refused with $status and no content', async (c) => {
    const jar = c.user === null ? undefined : jars.get(c.user);
    const client = rawClient(live.url(c.dossier(), c.query), jar, { headers: c.headers ?? {} });
    await waitFor(() => client.status !== undefined || client.opened, 'an answer');
    expect(client.status).toBe(c.status);
    expect(client.opened).toBe(false);
    expect(client.received).toEqual([]);
  });

  it.each(refusals)('$title: the probe GET says why, as JSON', async (c) => {
    const query = c.query ?? 'v=1';
    const res = await live.h.request(`/api/notes/${c.dossier()}?${query}`, {
      headers: c.headers ?? {},
      ...(c.user === null ? {} : { as: jars.get(c.user)! }),
    });
    expect(res.status).toBe(c.status);
    expect(await res.json()).toEqual({ error: { code: c.code, message: anyString } });
  });

  it.each(['tiepnhan', 'chuyenvien', 'giamsat'])(
    'A1–A7: %s, whose scope covers the dossier, gets in',
    async (u) => {
      expect((await live.h.request(`/api/notes/${landAtCenter}?v=1`, { as: jars.get(u)! })).status).toBe(204);
      const client = rawClient(live.url(landAtCenter), jars.get(u), {
        headers: { origin: live.wsBase.replace(/^ws/, 'http') },
      });
      await waitFor(() => client.received.length > 0, 'the server’s sync step 1');
      expect(client.status).toBeUndefined();
      client.ws.close();
    },
  );

  it('A4/A7: every 403 is audited as access_denied on notes:<dossierId>', async () => {
    const res = await live.h.request('/api/audit?limit=500', { as: jars.get('giamsat')! });
    const entries = (await res.json()) as { actorId: string | null; action: string; target: string }[];
    const denied = entries.filter((e) => e.action === 'access_denied' && e.target.startsWith('notes:'));
    expect(denied.map((e) => [e.actorId, e.target])).toEqual(
      arrayContaining([
        ['citizen-demo', `notes:${landAtCenter}`],
        ['officer-civil_status-1', `notes:${healthAtCenter}`],
      ]),
    );
    expect(denied.some((e) => e.target.includes('HN-TT-1'))).toBe(false); // 400 is no denial
  });
});
