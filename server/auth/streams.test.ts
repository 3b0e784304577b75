import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDossier } from '../../shared/schemas/examples';
import { PROTOCOL_VERSION, type SyncDoc } from '../../sync/protocol';
import { json, startHarness, type Harness, type Jar } from '../testing/harness';

/** STREAM3 with accounts, and ending streams when a session ends (ADM2, sign-out). */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ dossiers: 10 });
});
afterAll(() => h.composed.close());

function open(jar: Jar) {
  const controller = new AbortController();
  let text = '';
  let ended = false;
  let cancel: () => Promise<void> = () => Promise.resolve();
  const ready = h
    .request('/api/sync/stream?collections=dossiers', { as: jar, signal: controller.signal })
    .then((res) => {
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      cancel = () => reader.cancel();
      const decoder = new TextDecoder();
      void (async () => {
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
          if (done) {
            ended = true;
            return;
          }
          text += decoder.decode(value);
        }
      })();
    });
  const waitFor = async (pred: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
    if (!pred()) throw new Error(`timed out waiting for ${what}: ${text}`);
  };
  return {
    ready,
    text: () => text,
    ended: () => ended,
    waitFor,
    close: async () => {
      controller.abort();
      await cancel();
    },
  };
}

let serial = 9000;
const dossier = (point: string): SyncDoc => ({
  ...exampleDossier,
  id: randomUUID(),
  code: `HN-TT-261120-${++serial}`, // unique among live dossiers (W6)
  receivingPointId: point,
  field: 'land',
  _deleted: false,
});
const pushAs = (jar: Jar, doc: SyncDoc) =>
  h.request('/api/sync/dossiers/push', {
    ...json({
      type: 'push',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSIONS.dossiers,
      collection: 'dossiers',
      rows: [{ assumedMasterState: null, newDocumentState: doc }],
    }),
    as: jar,
  });

describe('streams and accounts', () => {
  it('STREAM3/SCOPE3: a counter hears of changes at its point only', async () => {
    const counter = await h.login('tiepnhan');
    const boss = await h.login('giamsat');
    const s = open(counter);
    await s.ready;
    await s.waitFor(() => s.text().includes('event: resync'), 'resync');
    await pushAs(boss, dossier('hn-branch-01'));
    await s.waitFor(() => s.text().includes('event: heartbeat'), 'heartbeat');
    expect(s.text()).not.toContain('event: changed');
    await pushAs(boss, dossier('hn-center'));
    await s.waitFor(() => s.text().includes('event: changed'), 'changed');
    await s.close();
  });

  it('ADM2: disabling a user ends their open streams at once and their next request is 401', async () => {
    const admin = await h.login('admin');
    const mobile = await h.login('luudong');
    const s = open(mobile);
    await s.ready;
    await s.waitFor(() => s.text().includes('event: resync'), 'resync');
    const users = (await (await h.request('/api/admin/users', { as: admin })).json()) as {
      id: string;
      username: string;
    }[];
    const id = users.find((u) => u.username === 'luudong')!.id;
    const res = await h.request(`/api/admin/users/${id}`, {
      ...json({ disabled: true }, 'PATCH'),
      as: admin,
    });
    expect(res.status).toBe(200);
    await s.waitFor(() => s.ended(), 'the stream to end');
    expect((await h.request('/api/auth/me', { as: mobile })).status).toBe(401);
    const pull = await h.request('/api/sync/dossiers/pull', {
      ...json({
        type: 'pull',
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: SCHEMA_VERSIONS.dossiers,
        collection: 'dossiers',
        checkpoint: null,
        batchSize: 5,
      }),
      as: mobile,
    });
    expect(pull.status).toBe(401);
    expect((await h.request('/api/auth/refresh', { method: 'POST', as: mobile })).status).toBe(401);
    expect(
      (await h.request('/api/auth/login', json({ username: 'luudong', password: 'motcua2026' }))).status,
    ).toBe(401);
    await s.waitFor(() => h.composed.streams.size === 0, 'no tracked stream left');
  });

  it('signing out ends that session’s stream but not the user’s other devices', async () => {
    const a = await h.login('chuyenvien');
    const b = await h.login('chuyenvien');
    const sa = open(a);
    const sb = open(b);
    await Promise.all([sa.ready, sb.ready]);
    await sa.waitFor(
      () => sa.text().includes('event: resync') && sb.text().includes('event: resync'),
      'both resyncs',
    );
    expect((await h.request('/api/auth/logout', { method: 'POST', as: a })).status).toBe(204);
    await sa.waitFor(() => sa.ended(), 'the signed-out stream to end');
    expect(sb.ended()).toBe(false);
    await sb.close();
  });
});
