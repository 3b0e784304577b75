import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { servicePoints } from '../../shared/catalogue';
import { DossierSchema } from '../../shared/schemas/dossier';
import { exampleDossier } from '../../shared/schemas/examples';
import { PROTOCOL_VERSION, type PushResponse, type SyncDoc } from '../../sync/protocol';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { json, startHarness, type Harness, type Jar } from '../testing/harness';
import { SYSTEM } from './principal';

/**
 * The role × collection × action matrix of the sync API, over real HTTP against real SQLite
 * (SCOPE1–SCOPE5). Documents come from the demo generator: 120 dossiers at all kinds of points.
 */
let h: Harness;
const as: Record<string, Jar> = {};
const ROLES = ['tiepnhan', 'luudong', 'chuyenvien', 'giamsat', 'admin', 'congdan'] as const;
const mobile = servicePoints.find((p) => p.kind === 'mobile_station')?.id;

beforeAll(async () => {
  h = await startHarness({ dossiers: 120 });
  for (const u of ROLES) as[u] = await h.login(u);
});
afterAll(() => h.composed.close());

type Collection = keyof typeof SCHEMA_VERSIONS | 'conflicts' | 'review';
const base = (collection: Collection) => ({
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: collection === 'conflicts' || collection === 'review' ? 0 : SCHEMA_VERSIONS[collection],
  collection,
});

async function pullAll(
  jar: Jar | undefined,
  collection: keyof typeof SCHEMA_VERSIONS | 'conflicts' | 'review',
): Promise<SyncDoc[]> {
  const out: SyncDoc[] = [];
  let checkpoint: { seq: number } | null = null;
  for (;;) {
    const res = await h.request(`/api/sync/${collection}/pull`, {
      ...json({
        type: 'pull',
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0,
        collection,
        checkpoint,
        batchSize: 500,
      }),
      ...(jar === undefined ? {} : { as: jar }),
    });
    if (res.status !== 200) throw new Error(`pull ${collection}: ${res.status}`);
    const body = (await res.json()) as { documents: SyncDoc[]; checkpoint: { seq: number } };
    out.push(...body.documents);
    if (body.documents.length < 500) return out;
    checkpoint = body.checkpoint;
  }
}

async function push(
  jar: Jar,
  collection: Collection,
  rows: { assumedMasterState: SyncDoc | null; newDocumentState: SyncDoc }[],
): Promise<PushResponse> {
  const res = await h.request(`/api/sync/${collection}/push`, {
    ...json({ type: 'push', ...base(collection), rows }),
    as: jar,
  });
  if (res.status !== 200) throw new Error(`push ${collection}: ${res.status} ${await res.text()}`);
  return (await res.json()) as PushResponse;
}

let serial = 9000;
/** Every test dossier gets its own code: codes are unique among live dossiers (W6). */
const nextCode = (): string => `HN-TT-261120-${++serial}`;
const dossier = (point: string, field: string): SyncDoc => ({
  ...exampleDossier,
  id: randomUUID(),
  code: nextCode(),
  receivingPointId: point,
  field,
  _deleted: false,
});

const event = (
  d: SyncDoc,
  actor: { id: string; role: string },
  over: Record<string, unknown> = {},
): SyncDoc => ({
  id: randomUUID(),
  _deleted: false,
  dossierId: d.id,
  receivingPointId: d['receivingPointId'],
  field: d['field'],
  type: 'register',
  at: new Date(h.clock.now).toISOString(),
  actorId: actor.id,
  actorRole: actor.role,
  payload: {},
  ...over,
});

describe('SCOPE3: pulls carry only the caller’s scope', () => {
  it('every role sees exactly its dossiers and their events, and nothing of other scopes', async () => {
    const all = await pullAll(as.giamsat, 'dossiers');
    const allEvents = await pullAll(as.giamsat, 'dossier_events');
    expect(all.length).toBe(120);
    const rules: Record<(typeof ROLES)[number], (d: SyncDoc) => boolean> = {
      tiepnhan: (d) => d['receivingPointId'] === 'hn-center',
      luudong: (d) => d['receivingPointId'] === mobile,
      chuyenvien: (d) => ['civil_status', 'residence', 'land'].includes(String(d['field'])),
      giamsat: () => true,
      admin: () => false,
      congdan: () => false,
    };
    for (const role of ROLES) {
      const mine = await pullAll(as[role], 'dossiers');
      const expected = all.filter(rules[role]);
      expect(mine.map((d) => d.id).sort(), role).toEqual(expected.map((d) => d.id).sort());
      const events = await pullAll(as[role], 'dossier_events');
      const ids = new Set(expected.map((d) => d.id));
      expect(events.length, role).toBe(allEvents.filter((e) => ids.has(String(e['dossierId']))).length);
      expect(
        events.every((e) => ids.has(String(e['dossierId']))),
        role,
      ).toBe(true);
    }
    expect(all.filter(rules.tiepnhan).length).toBeGreaterThan(0);
    expect(all.filter(rules.chuyenvien).length).toBeGreaterThan(0);
  });

  it('everyone reads the catalogue; a branch supervisor reads only the points under the branch', async () => {
    for (const role of ROLES) expect((await pullAll(as[role], 'catalogue')).length, role).toBeGreaterThan(60);
    const admin = as.admin!;
    const created = await h.request('/api/admin/users', {
      ...json({
        username: 'giamsat.cn02',
        displayName: 'Giám sát CN02',
        role: 'supervisor',
        scope: 'service_point',
        servicePointId: 'hn-branch-02',
        password: 'branch-pass-1',
      }),
      as: admin,
    });
    expect(created.status).toBe(201);
    const branch = await h.login('giamsat.cn02', 'branch-pass-1');
    const seen = await pullAll(branch, 'dossiers');
    const under = new Set<string>(
      servicePoints.filter((p) => p.id === 'hn-branch-02' || p.parentId === 'hn-branch-02').map((p) => p.id),
    );
    expect(seen.every((d) => under.has(String(d['receivingPointId'])))).toBe(true);
    expect(seen.length).toBe(
      (await pullAll(as.giamsat, 'dossiers')).filter((d) => under.has(String(d['receivingPointId']))).length,
    );
  });

  it('401 unauthenticated for sync without a session (the sync client asks to sign in)', async () => {
    const res = await h.request(
      '/api/sync/dossiers/pull',
      json({ type: 'pull', ...base('dossiers'), checkpoint: null, batchSize: 5 }),
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await h.request('/api/sync/stream?collections=dossiers')).status).toBe(401);
  });
});

describe('SCOPE4: pushes outside scope are refused per row', () => {
  it('an intake officer writes at their point only; the outside row is forbidden, the inside row stored', async () => {
    const inside = dossier('hn-center', 'land');
    const outside = dossier('hn-branch-01', 'land');
    const res = await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: null, newDocumentState: inside },
      { assumedMasterState: null, newDocumentState: outside },
    ]);
    expect(res.rejected).toEqual([{ id: outside.id, reason: 'forbidden' }]);
    expect(res.conflicts).toEqual([{ id: outside.id, _deleted: true }]);
    const seen = (await pullAll(as.giamsat, 'dossiers')).map((d) => d.id);
    expect(seen).toContain(inside.id);
    expect(seen).not.toContain(outside.id);
  });

  it('nobody moves a dossier out of their scope, and an unreadable one is never revealed', async () => {
    const mine = (await pullAll(as.chuyenvien, 'dossiers'))[0]!;
    const moved = await push(as.chuyenvien!, 'dossiers', [
      { assumedMasterState: mine, newDocumentState: { ...mine, field: 'transport' } },
    ]);
    expect(moved.rejected).toEqual([{ id: mine.id, reason: 'forbidden' }]);
    expect(moved.conflicts).toEqual([mine]);
    const foreign = (await pullAll(as.giamsat, 'dossiers')).find(
      (d) => d['receivingPointId'] !== 'hn-center',
    )!;
    const edit = await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: foreign, newDocumentState: { ...foreign, receivingPointId: 'hn-center' } },
    ]);
    expect(edit.rejected).toEqual([{ id: foreign.id, reason: 'forbidden' }]);
    expect(edit.conflicts).toEqual([{ id: foreign.id, _deleted: true }]);
  });

  it.each([
    ['congdan', 'dossiers'],
    ['admin', 'dossiers'],
    ['congdan', 'catalogue'],
    ['tiepnhan', 'catalogue'],
    ['chuyenvien', 'queue_tickets'],
  ] as const)('%s may not write %s at all', async (role, collection) => {
    const doc: SyncDoc =
      collection === 'dossiers'
        ? dossier('hn-center', 'civil_status')
        : collection === 'catalogue'
          ? { id: `procedure:${randomUUID()}`, _deleted: false, kind: 'procedure' }
          : { id: randomUUID(), _deleted: false, servicePointId: 'hn-center', number: 1 };
    const res = await push(as[role]!, collection, [{ assumedMasterState: null, newDocumentState: doc }]);
    expect(res.rejected).toEqual([{ id: doc.id, reason: 'forbidden' }]);
  });

  it('administrators write the catalogue; counters write their own point’s queue', async () => {
    const entry: SyncDoc = { id: `service_point:${randomUUID()}`, _deleted: false, kind: 'service_point' };
    expect(
      (await push(as.admin!, 'catalogue', [{ assumedMasterState: null, newDocumentState: entry }])).rejected,
    ).toEqual([]);
    const ticket = (point: string): SyncDoc => ({
      id: randomUUID(),
      _deleted: false,
      servicePointId: point,
      number: 7,
    });
    const res = await push(as.tiepnhan!, 'queue_tickets', [
      { assumedMasterState: null, newDocumentState: ticket('hn-center') },
      { assumedMasterState: null, newDocumentState: ticket('hn-branch-01') },
    ]);
    expect(res.rejected.map((r) => r.reason)).toEqual(['forbidden']);
    expect(
      (await pullAll(as.tiepnhan, 'queue_tickets')).every((t) => t['servicePointId'] === 'hn-center'),
    ).toBe(true);
    expect(await pullAll(as.luudong, 'queue_tickets')).toEqual([]);
  });

  it('W3: an event must name the pushing user as its actor', async () => {
    const d = dossier('hn-center', 'civil_status');
    await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }]);
    const spoofed = event(d, { id: 'supervisor-1', role: 'supervisor' });
    const wrongRole = event(d, { id: 'counter-hn-tt', role: 'supervisor' });
    const honest = event(d, { id: 'counter-hn-tt', role: 'intake_officer' });
    const res = await push(as.tiepnhan!, 'dossier_events', [
      { assumedMasterState: null, newDocumentState: spoofed },
      { assumedMasterState: null, newDocumentState: wrongRole },
      { assumedMasterState: null, newDocumentState: honest },
    ]);
    expect(res.rejected).toEqual([
      { id: spoofed.id, reason: 'forbidden' },
      { id: wrongRole.id, reason: 'forbidden' },
    ]);
  });

  it('W4: an event’s scope copies must equal its dossier’s', async () => {
    const d = dossier('hn-center', 'civil_status');
    await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }]);
    const actor = { id: 'counter-hn-tt', role: 'intake_officer' };
    const wrongField = event(d, actor, { field: 'land' }); // still inside tiepnhan's scope
    const res = await push(as.tiepnhan!, 'dossier_events', [
      { assumedMasterState: null, newDocumentState: wrongField },
    ]);
    expect(res.rejected).toEqual([{ id: wrongField.id, reason: 'forbidden' }]);
  });

  it('an event pushed before its dossier is accepted when its own copies are in scope', async () => {
    const d = dossier('hn-center', 'civil_status');
    const e = event(d, { id: 'counter-hn-tt', role: 'intake_officer' });
    expect(
      (await push(as.tiepnhan!, 'dossier_events', [{ assumedMasterState: null, newDocumentState: e }]))
        .rejected,
    ).toEqual([]);
    expect(
      (await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }])).rejected,
    ).toEqual([]);
  });

  it('denials are audited with ids only', async () => {
    await vi.waitFor(async () => {
      const res = await h.request('/api/audit?limit=500', { as: as.giamsat! });
      const entries = (await res.json()) as { action: string; target: string }[];
      expect(entries.some((e) => e.action === 'access_denied' && e.target.startsWith('sync:dossiers/'))).toBe(
        true,
      );
    });
  });
});

describe('W6: a dossier pushed is a valid legal record with its own code', () => {
  const refused = (res: PushResponse, id: string) =>
    expect(res.rejected).toEqual([{ id, reason: 'forbidden' }]);

  it('refuses a copy that takes another live dossier’s code (no hijacking of the public lookup)', async () => {
    const original = dossier('hn-center', 'land');
    await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: original }]);
    const copy = { ...dossier('hn-center', 'land'), code: original['code'], status: 9 };
    refused(
      await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: copy }]),
      copy.id,
    );
  });

  it('refuses changing a stored dossier’s code, deleting it, or a document that is not a dossier', async () => {
    const d = dossier('hn-center', 'land');
    await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }]);
    refused(
      await push(as.tiepnhan!, 'dossiers', [
        { assumedMasterState: d, newDocumentState: { ...d, code: nextCode() } },
      ]),
      d.id,
    );
    refused(
      await push(as.tiepnhan!, 'dossiers', [
        { assumedMasterState: d, newDocumentState: { ...d, _deleted: true } },
      ]),
      d.id,
    );
    const junk = {
      id: randomUUID(),
      _deleted: false,
      receivingPointId: 'hn-center',
      field: 'land',
      code: nextCode(),
    };
    refused(
      await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: junk }]),
      junk.id,
    );
  });
});

describe('W6: a dossier the server holds deleted is a new claim on its code', () => {
  it('refuses bringing one back under a code another live dossier took meanwhile', async () => {
    const gone = dossier('hn-center', 'land');
    const sys = (rows: { assumedMasterState: SyncDoc | null; newDocumentState: SyncDoc }[]) =>
      h.composed.sync.push(SYSTEM, { type: 'push', ...base('dossiers'), rows });
    await sys([{ assumedMasterState: null, newDocumentState: gone }]);
    const tombstone = { ...gone, _deleted: true };
    await sys([{ assumedMasterState: gone, newDocumentState: tombstone }]); // only SYSTEM deletes
    const taker = { ...dossier('hn-center', 'land'), code: gone['code'] };
    const took = await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: null, newDocumentState: taker },
    ]);
    expect(took.rejected).toEqual([]);
    const back = await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: tombstone, newDocumentState: { ...gone, updatedAt: new Date().toISOString() } },
    ]);
    expect(back.rejected).toEqual([{ id: gone.id, reason: 'forbidden' }]);
  });
});

describe('W6 within a push and a group commit: one new code, one dossier', () => {
  it('refuses the second of two rows of one push that bring the same new code', async () => {
    const a = dossier('hn-center', 'land');
    const b = { ...dossier('hn-center', 'land'), code: a['code'] };
    const res = await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: null, newDocumentState: a },
      { assumedMasterState: null, newDocumentState: b },
    ]);
    expect(res.rejected).toEqual([{ id: b.id, reason: 'forbidden' }]);
  });

  it('accepts exactly one of many concurrent pushes of the same new code (they share commits)', async () => {
    const code = nextCode();
    const copies = Array.from({ length: 8 }, () => ({ ...dossier('hn-center', 'land'), code }));
    const answers = await Promise.all(
      copies.map((d) => push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }])),
    );
    expect(answers.filter((r) => r.rejected.length === 0)).toHaveLength(1);
    const stored = (await pullAll(as.giamsat, 'dossiers')).filter((d) => d['code'] === code);
    expect(stored).toHaveLength(1);
  });
});

describe('W6 + EVT6 check a pushed dossier once', () => {
  it('parses a new dossier against DossierSchema once for the write check and the projection', async () => {
    const parse = vi.spyOn(DossierSchema, 'safeParse');
    try {
      const d = dossier('hn-center', 'land');
      const res = await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }]);
      expect(res.rejected).toEqual([]);
      expect(parse.mock.calls.filter(([doc]) => (doc as { id?: unknown }).id === d.id)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('SCOPE5: conflict records follow their document’s scope', () => {
  it('a conflict on a hn-center dossier reaches its readers and nobody else', async () => {
    const d = dossier('hn-center', 'residence');
    await push(as.tiepnhan!, 'dossiers', [{ assumedMasterState: null, newDocumentState: d }]);
    await push(as.tiepnhan!, 'dossiers', [
      { assumedMasterState: d, newDocumentState: { ...d, channel: 'postal' } },
    ]);
    await push(as.chuyenvien!, 'dossiers', [
      { assumedMasterState: d, newDocumentState: { ...d, channel: 'online' } },
    ]);
    const about = (docs: SyncDoc[]) => docs.filter((r) => r['docId'] === d.id);
    expect(about(await pullAll(as.tiepnhan, 'conflicts'))).toHaveLength(1);
    expect(about(await pullAll(as.chuyenvien, 'conflicts'))).toHaveLength(1);
    expect(about(await pullAll(as.luudong, 'conflicts'))).toHaveLength(0);
    expect(about(await pullAll(as.congdan, 'conflicts'))).toHaveLength(0);

    // W5: a resolution names its resolver truthfully, and records are never deleted.
    const record = about(await pullAll(as.tiepnhan, 'conflicts'))[0]!;
    const me = (await (await h.request('/api/auth/me', { as: as.tiepnhan! })).json()) as {
      user: { id: string };
    };
    const resolve = (by: string, extra: Record<string, unknown> = {}) =>
      push(as.tiepnhan!, 'conflicts', [
        {
          assumedMasterState: record,
          newDocumentState: {
            ...record,
            status: 'resolved',
            resolution: 'kept_winning',
            resolvedBy: by,
            resolvedAt: '2026-11-21T03:00:00.000Z',
            ...extra,
          },
        },
      ]);
    expect((await resolve('someone-else')).rejected).toEqual([{ id: record.id, reason: 'forbidden' }]);
    expect((await resolve(me.user.id, { _deleted: true })).rejected).toEqual([
      { id: record.id, reason: 'forbidden' },
    ]);
    expect((await resolve(me.user.id)).rejected).toEqual([]);
  });
});

describe('limits on the sync routes', () => {
  it('415 for a non-JSON push, 413 over 8 MB, while a push over 64 KB is fine', async () => {
    const text = await h.request('/api/sync/dossiers/push', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
      as: as.tiepnhan!,
    });
    expect(text.status).toBe(415);
    const rows = Array.from({ length: 100 }, () => ({
      assumedMasterState: null,
      newDocumentState: dossier('hn-center', 'labour'),
    }));
    expect(JSON.stringify(rows).length).toBeGreaterThan(64 * 1024);
    expect((await push(as.tiepnhan!, 'dossiers', rows)).rejected).toEqual([]);
    const huge = await h.request('/api/sync/dossiers/push', {
      ...json({
        type: 'push',
        ...base('dossiers'),
        rows: [
          {
            assumedMasterState: null,
            newDocumentState: { ...dossier('hn-center', 'land'), pad: 'x'.repeat(9 * 1024 * 1024) },
          },
        ],
      }),
      as: as.tiepnhan!,
    });
    expect(huge.status).toBe(413);
  });
});
