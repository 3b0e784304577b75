import { randomUUID } from 'node:crypto';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDossier } from '../../shared/schemas/examples';
import { anyString, containing, json, startHarness, type Harness } from '../testing/harness';

let h: Harness;
let d: { code: string; applicant: Record<string, string>; receivingPointId: string };

beforeAll(async () => {
  h = await startHarness({
    dossiers: 20,
    limits: {
      publicPerAddress: { max: 20, windowMs: 60_000 },
      publicPerCode: { max: 4, windowMs: 3_600_000 },
    },
  });
  const boss = await h.login('giamsat');
  const res = await h.request('/api/sync/dossiers/pull', {
    ...json({
      type: 'pull',
      protocolVersion: 1,
      schemaVersion: SCHEMA_VERSIONS.dossiers,
      collection: 'dossiers',
      checkpoint: null,
      batchSize: 1,
    }),
    as: boss,
  });
  d = ((await res.json()) as { documents: (typeof d)[] }).documents[0]!;
});
afterAll(() => h.composed.close());

type Session = Awaited<ReturnType<Harness['login']>>;

const userId = async (session: Session): Promise<string> =>
  ((await (await h.request('/api/auth/me', { as: session })).json()) as { user: { id: string } }).user.id;

/** A dossier of hn-center pushed as-is, whatever its cached fields say. */
const forgedDossier = (code: string, over: Record<string, unknown> = {}) => ({
  ...exampleDossier,
  id: randomUUID(),
  code,
  receivingPointId: 'hn-center',
  _deleted: false,
  ...over,
});

const eventOf =
  (dossierId: string, actorId: string, actorRole: string) =>
  (type: string, at: string, extra: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    _deleted: false,
    dossierId,
    receivingPointId: 'hn-center',
    field: exampleDossier.field,
    type,
    at,
    actorId,
    actorRole,
    payload: {},
    ...extra,
  });

const pushTo = (as: Session, collection: string, docs: object[]) =>
  h.request(`/api/sync/${collection}/push`, {
    ...json({
      type: 'push',
      protocolVersion: 1,
      schemaVersion: (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0,
      collection,
      rows: docs.map((doc) => ({ assumedMasterState: null, newDocumentState: doc })),
    }),
    as,
  });

const lookup = (code: string, verify: string, address = '192.0.2.50', lang = 'vi') =>
  h.request(`/api/public/dossiers/${code}?verify=${verify}`, {
    headers: { 'x-test-address': address, 'accept-language': lang },
  });

describe('public lookup', () => {
  it('PUB1: answers procedure, status, dates and timeline in the caller’s language, and no personal data', async () => {
    const res = await lookup(d.code, d.applicant.phone!.slice(-4), '192.0.2.51', 'en');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'code',
      'dueAt',
      'procedure',
      'receivedAt',
      'status',
      'statusLabel',
      'timeline',
    ]);
    expect(body).toMatchObject({
      code: d.code,
      procedure: { id: anyString, name: anyString },
      statusLabel: anyString,
    });
    const timeline = body.timeline as Record<string, unknown>[];
    expect(timeline[0]).toEqual({ type: 'register', at: anyString });
    const text = JSON.stringify(body);
    for (const v of Object.values(d.applicant)) expect(text).not.toContain(v);
    expect(text).not.toMatch(/actorId|counter-|officer-|supervisor-|citizen-|receivingPointId/);
  });

  it('PUB4: the status shown is the one the event log proves, whatever the dossier document says', async () => {
    const officer = await h.login('tiepnhan');
    const forged = forgedDossier('HN-TT-261120-9501', { status: 9 });
    const event = eventOf(forged.id, await userId(officer), 'intake_officer');
    expect((await pushTo(officer, 'dossiers', [forged])).status).toBe(200);
    expect(
      (
        await pushTo(officer, 'dossier_events', [
          event('register', '2026-03-02T01:00:00.000Z'),
          event('accept', '2026-03-02T01:05:00.000Z'),
        ])
      ).status,
    ).toBe(200);
    const body = (await (
      await lookup(forged.code, exampleDossier.applicant.phone.slice(-4), '192.0.2.53')
    ).json()) as { status: number };
    expect(body.status).toBe(2); // accepted, as the log says — not the 9 written in the document
  });

  it('PUB4/PUB5: the steps carry what the citizen was told — supplement list, apology and new appointment — and no officer', async () => {
    const counter = await h.login('tiepnhan');
    const boss = await h.login('giamsat');
    const forged = forgedDossier('HN-TT-261120-9502');
    const byCounter = eventOf(forged.id, await userId(counter), 'intake_officer');
    const bossId = await userId(boss);
    const byBoss = eventOf(forged.id, bossId, 'supervisor');
    const newDueAt = '2026-03-20T09:00:00.000Z';
    expect((await pushTo(counter, 'dossiers', [forged])).status).toBe(200);
    for (const [as, docs] of [
      [
        counter,
        [byCounter('register', '2026-03-02T01:00:00.000Z'), byCounter('accept', '2026-03-02T01:05:00.000Z')],
      ],
      [
        boss,
        [
          byBoss('assign', '2026-03-02T02:00:00.000Z', { payload: { assigneeId: 'officer-civil_status-1' } }),
          byBoss('start_processing', '2026-03-02T03:00:00.000Z'),
          byBoss('request_supplement', '2026-03-03T03:00:00.000Z', { reason: '1. Tờ khai\n2. Bản sao CCCD' }),
        ],
      ],
      [counter, [byCounter('supplement_received', '2026-03-04T03:00:00.000Z')]],
      [
        boss,
        [
          byBoss('apologise_reschedule', '2026-03-05T03:00:00.000Z', {
            reason: 'Chờ xác minh',
            payload: { newDueAt },
          }),
        ],
      ],
    ] as const)
      expect((await pushTo(as, 'dossier_events', [...docs])).status).toBe(200);

    const res = await lookup(forged.code, exampleDossier.applicant.phone.slice(-4), '192.0.2.54');
    const body = (await res.json()) as { status: number; dueAt: string; timeline: Record<string, unknown>[] };
    expect(body.status).toBe(4);
    expect(body.dueAt).toBe(newDueAt); // PUB4: the appointment of slip 04
    expect(body.timeline).toEqual([
      { type: 'register', at: '2026-03-02T01:00:00.000Z' },
      { type: 'accept', at: '2026-03-02T01:05:00.000Z' },
      { type: 'assign', at: '2026-03-02T02:00:00.000Z' },
      { type: 'start_processing', at: '2026-03-02T03:00:00.000Z' },
      { type: 'request_supplement', at: '2026-03-03T03:00:00.000Z', reason: '1. Tờ khai\n2. Bản sao CCCD' },
      { type: 'supplement_received', at: '2026-03-04T03:00:00.000Z' },
      { type: 'apologise_reschedule', at: '2026-03-05T03:00:00.000Z', reason: 'Chờ xác minh', newDueAt },
    ]);
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`officer-|${bossId}|counter-`));
  });

  it('PUB2: an unknown code and a wrong verification get the very same 404', async () => {
    const wrong = d.applicant.phone!.slice(-4) === '0000' ? '1111' : '0000';
    const a = await lookup(d.code, wrong, '192.0.2.52');
    const b = await lookup('HN-TT-991231-9999', '1234', '192.0.2.52');
    expect(a.status).toBe(404);
    expect(b.status).toBe(404);
    expect(await a.text()).toBe(await b.text());
  });

  it('400 names a malformed code or verification', async () => {
    const res = await lookup(d.code, '12', '192.0.2.53');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_field', message: containing('verify') },
    });
    expect((await lookup('not-a-code', '1234', '192.0.2.53')).status).toBe(400);
  });

  it('PUB3: 429 with Retry-After per address, and per code after repeated wrong verifications', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) last = await lookup('HN-TT-991231-9998', '1234', '192.0.2.60');
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Guesses at one code spread over many addresses hit the per-code limit, known code or not.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await lookup('HN-TT-991231-9997', '1234', `198.51.100.${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429]);
  });
});
