import { describe, expect, it } from 'vitest';
import type { PushRequest, PushResponse, SyncDoc, SyncResult } from '../protocol.ts';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from '../protocol.ts';
import { doc, EVENTS, NOTES, pullReq, pushReq, row, testServer } from '../testing/fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

/**
 * Adversarial cases for every apply path (house rule): duplicate delivery, replay, out-of-order
 * arrival, lost acknowledgement and a document from a newer schema, against (1) mergeable
 * documents, (2) append-only events and (3) the record collections officers edit.
 */
function unwrap<T>(r: SyncResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const setup = () => {
  const storage = new MemoryStorage();
  const server = testServer({ storage });
  const push = async (req: PushRequest): Promise<PushResponse> => unwrap(await server.push('p', req));
  const all = async (collection: string): Promise<SyncDoc[]> =>
    unwrap(await server.pull('p', pullReq(collection, null, 500))).documents;
  return { storage, server, push, all };
};

const taken: PushResponse = { type: 'push_response', conflicts: [], rejected: [] };

describe('adversarial: mergeable documents', () => {
  const v0 = doc('a', { x: 0, y: 0 });
  const v1 = doc('a', { x: 1, y: 0 });
  const v2 = doc('a', { x: 1, y: 2 });

  it('PUSH3: duplicate delivery of the same push is answered alike and writes once', async () => {
    const { push, storage } = setup();
    const req = pushReq(NOTES, [row(null, v0)]);
    expect(await push(req)).toEqual(taken);
    const head = storage.data.head;
    expect(await push(req)).toEqual(taken);
    expect(storage.data.head).toBe(head);
  });

  it('PUSH3/PUSH4: lost acknowledgement — the retry of a fast-forward succeeds as-is', async () => {
    const { push, all } = setup();
    await push(pushReq(NOTES, [row(null, v0)]));
    await push(pushReq(NOTES, [row(v0, v1)])); // acknowledgement lost on the way back
    expect(await push(pushReq(NOTES, [row(v0, v1)]))).toEqual(taken);
    expect(await all(NOTES)).toEqual([v1]);
  });

  it('PUSH10: replay of an old push after newer writes changes nothing', async () => {
    const { push, all } = setup();
    await push(pushReq(NOTES, [row(null, v0)]));
    const old = pushReq(NOTES, [row(v0, v1)]);
    await push(old);
    await push(pushReq(NOTES, [row(v1, v2)]));
    await push(pushReq(NOTES, [row(v2, doc('a', { x: 0, y: 2 }))])); // x back to its old base value
    expect((await push(old)).conflicts).toEqual([doc('a', { x: 0, y: 2 })]);
    expect(await all(NOTES)).toEqual([doc('a', { x: 0, y: 2 })]);
    expect(await all(CONFLICTS_COLLECTION)).toEqual([]);
  });

  it('CONF1: out-of-order arrival — a later edit arriving first still merges with the earlier one', async () => {
    const { push, all } = setup();
    await push(pushReq(NOTES, [row(null, v0)]));
    await push(pushReq(NOTES, [row(v0, doc('a', { x: 0, y: 5 }))])); // device B, sent second, arrives first
    await push(pushReq(NOTES, [row(v0, v1)])); // device A
    expect(await all(NOTES)).toEqual([doc('a', { x: 1, y: 5 })]);
  });

  it('PUSH8: a document from a newer schema is refused before any write', async () => {
    const { server, storage } = setup();
    const res = await server.push('p', pushReq(NOTES, [row(null, doc('n', { schemaVersion: 1 }))]));
    expect(res).toMatchObject({ ok: false, error: { code: 'schema_too_new' } });
    expect(storage.data.rows.size).toBe(0);
  });
});

describe('adversarial: append-only events', () => {
  const open = doc('e1', { aggregate: 'd', kind: 'open' });
  const note = doc('e2', { aggregate: 'd', kind: 'note' });

  it('EVT4: duplicate delivery and lost-ack retry of an event store it once', async () => {
    const { push, all, storage } = setup();
    await push(pushReq(EVENTS, [row(null, open)]));
    const head = storage.data.head;
    expect(await push(pushReq(EVENTS, [row(null, open)]))).toEqual(taken);
    expect(storage.data.head).toBe(head);
    expect(await all(EVENTS)).toEqual([open]);
  });

  it('EVT3/EVT4: replay of a refused event after it became legal keeps the refusal', async () => {
    const { push, all } = setup();
    await push(pushReq(EVENTS, [row(null, note)]));
    await push(pushReq(EVENTS, [row(null, open)]));
    expect((await push(pushReq(EVENTS, [row(null, note)]))).rejected).toEqual([
      { id: 'e2', reason: 'invalid_event' },
    ]);
    expect(await all(REVIEW_COLLECTION)).toHaveLength(1);
  });

  it('EVT2: out-of-order arrival across pushes — the later event is refused into review, not dropped', async () => {
    const { push, all } = setup();
    const res = await push(pushReq(EVENTS, [row(null, note)]));
    expect(res.conflicts).toEqual([{ ...note, _deleted: true }]);
    expect((await all(REVIEW_COLLECTION))[0]).toMatchObject({
      docId: 'e2',
      detail: 'not_open',
      document: note,
    });
  });

  it('PUSH8: an event from a newer schema is refused before any write', async () => {
    const { server, storage } = setup();
    const res = await server.push('p', pushReq(EVENTS, [row(null, { ...open, schemaVersion: 2 })]));
    expect(res).toMatchObject({ ok: false, error: { code: 'schema_too_new' } });
    expect(storage.data.rows.size).toBe(0);
  });
});

describe('adversarial: record resolution', () => {
  const makeRecord = async () => {
    const s = setup();
    const base = doc('a', { x: 0 });
    await s.push(pushReq(NOTES, [row(null, base)]));
    await s.push(pushReq(NOTES, [row(base, doc('a', { x: 1 }))]));
    await s.push(pushReq(NOTES, [row(base, doc('a', { x: 2 }))]));
    const [rec] = await s.all(CONFLICTS_COLLECTION);
    if (rec === undefined) throw new Error('no record');
    return { ...s, rec };
  };

  it('PUSH3/PUSH10: duplicate and replayed resolutions apply once', async () => {
    const { push, all, rec } = await makeRecord();
    const resolve = pushReq(CONFLICTS_COLLECTION, [
      row(rec, { ...rec, status: 'resolved', resolvedBy: 'an' }),
    ]);
    expect(await push(resolve)).toEqual(taken);
    expect(await push(resolve)).toEqual(taken);
    const [after] = await all(CONFLICTS_COLLECTION);
    expect(after).toMatchObject({ status: 'resolved', resolvedBy: 'an' });
  });

  it('CONF2: two officers resolving at once — the first stays, the second is itself recorded', async () => {
    const { push, all, rec } = await makeRecord();
    await push(pushReq(CONFLICTS_COLLECTION, [row(rec, { ...rec, status: 'resolved', resolvedBy: 'an' })]));
    const res = await push(
      pushReq(CONFLICTS_COLLECTION, [row(rec, { ...rec, status: 'resolved', resolvedBy: 'binh' })]),
    );
    expect(res.conflicts[0]).toMatchObject({ resolvedBy: 'an' });
    expect((await all(CONFLICTS_COLLECTION)).map((r) => r['losingValue'])).toContain('binh');
  });

  it('SCOPE5: a resolution that rewrites the recorded facts is refused', async () => {
    const { push, rec } = await makeRecord();
    const res = await push(pushReq(CONFLICTS_COLLECTION, [row(rec, { ...rec, losingValue: 'forged' })]));
    expect(res.rejected).toEqual([{ id: rec.id, reason: 'forbidden' }]);
  });
});
