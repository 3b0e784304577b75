import { describe, expect, it } from 'vitest';
import type { StreamEvent, SyncDoc, SyncResult } from '../protocol.ts';
import {
  CONFLICTS_COLLECTION,
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  REVIEW_COLLECTION,
} from '../protocol.ts';
import type { SyncStorage } from '../storage.ts';
import { doc, EVENTS, NOTES, pullReq, pushReq, row, testServer } from '../testing/fixtures.ts';
import { createMemoryData, MemoryStorage } from './memory-storage.ts';

function unwrap<T>(r: SyncResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const setup = () => {
  const storage = new MemoryStorage();
  const server = testServer({ storage });
  const events: StreamEvent[] = [];
  unwrap(
    server.subscribe(
      'p',
      {
        type: 'subscribe',
        protocolVersion: PROTOCOL_VERSION,
        collections: [NOTES, EVENTS, CONFLICTS_COLLECTION, REVIEW_COLLECTION],
      },
      (e) => events.push(e),
    ),
  );
  events.length = 0;
  return { storage, server, events };
};

const pullAll = async (server: ReturnType<typeof setup>['server'], collection: string): Promise<SyncDoc[]> =>
  unwrap(await server.pull('p', pullReq(collection, null, 500))).documents;

describe('SyncServer push', () => {
  it('PUSH2/PUSH4: new documents are stored as sent, fast-forwards too', async () => {
    const { server } = setup();
    const a = doc('a', { t: 1 });
    expect(unwrap(await server.push('p', pushReq(NOTES, [row(null, a)])))).toEqual({
      type: 'push_response',
      conflicts: [],
      rejected: [],
    });
    const a2 = doc('a', { t: 2 });
    expect(unwrap(await server.push('p', pushReq(NOTES, [row(a, a2)]))).conflicts).toEqual([]);
    expect(await pullAll(server, NOTES)).toEqual([a2]);
  });

  it('PUSH3: duplicate delivery and lost-ack retry succeed without a write or a new seq', async () => {
    const { server, storage } = setup();
    const a = doc('a', { t: 1 });
    const req = pushReq(NOTES, [row(null, a)]);
    unwrap(await server.push('p', req));
    const head = storage.data.head;
    expect(unwrap(await server.push('p', req))).toEqual({
      type: 'push_response',
      conflicts: [],
      rejected: [],
    });
    expect(storage.data.head).toBe(head);
  });

  it('PUSH5/CONF1: a stale base merges field by field and the merged state is answered', async () => {
    const { server } = setup();
    const base = doc('a', { x: 1, y: 1 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, base)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(base, doc('a', { x: 2, y: 1 }))])));
    const res = unwrap(await server.push('p', pushReq(NOTES, [row(base, doc('a', { x: 1, y: 3 }))])));
    expect(res.conflicts).toEqual([doc('a', { x: 2, y: 3 })]);
    expect(await pullAll(server, NOTES)).toEqual([doc('a', { x: 2, y: 3 })]);
    expect(await pullAll(server, CONFLICTS_COLLECTION)).toEqual([]);
  });

  it('CONF2/CONF4/STREAM2: the losing value lands in a conflict record, published after commit', async () => {
    const { server, events } = setup();
    const base = doc('a', { x: 1 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, base)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(base, doc('a', { x: 2 }))])));
    events.length = 0;
    const res = unwrap(await server.push('p', pushReq(NOTES, [row(base, doc('a', { x: 3 }))])));
    expect(res.conflicts).toEqual([doc('a', { x: 2 })]);
    const [record] = await pullAll(server, CONFLICTS_COLLECTION);
    expect(record).toMatchObject({
      collection: NOTES,
      docId: 'a',
      field: 'x',
      baseValue: 1,
      winningValue: 2,
      losingValue: 3,
      status: 'open',
    });
    expect(events).toEqual([{ type: 'changed', collection: CONFLICTS_COLLECTION, checkpoint: { seq: 3 } }]);
  });

  it('CONF5: a replayed conflicting push creates no second record and keeps a resolution', async () => {
    const { server } = setup();
    const base = doc('a', { x: 1 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, base)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(base, doc('a', { x: 2 }))])));
    const losing = pushReq(NOTES, [row(base, doc('a', { x: 3 }))]);
    unwrap(await server.push('p', losing));
    const [record] = await pullAll(server, CONFLICTS_COLLECTION);
    if (record === undefined) throw new Error('no record');
    unwrap(
      await server.push('p', pushReq(CONFLICTS_COLLECTION, [row(record, { ...record, status: 'resolved' })])),
    );
    expect(unwrap(await server.push('p', losing)).conflicts).toEqual([doc('a', { x: 2 })]);
    const records = await pullAll(server, CONFLICTS_COLLECTION);
    expect(records).toHaveLength(1);
    expect(records[0]?.['status']).toBe('resolved');
  });

  it('SCOPE5: clients cannot create records or change what a record recorded', async () => {
    const { server } = setup();
    const fake = doc('c_fake', {
      collection: NOTES,
      docId: 'a',
      scopeKey: 'all',
      field: 'x',
      status: 'open',
    });
    expect(unwrap(await server.push('p', pushReq(CONFLICTS_COLLECTION, [row(null, fake)]))).rejected).toEqual(
      [{ id: 'c_fake', reason: 'forbidden' }],
    );
  });

  it('PUSH9: rows with the same id in one push apply in order', async () => {
    const { server } = setup();
    const a1 = doc('a', { t: 1 });
    const a2 = doc('a', { t: 2 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, a1), row(a1, a2)])));
    expect(await pullAll(server, NOTES)).toEqual([a2]);
  });

  it('PUSH8: a document from a newer schema refuses the whole push, nothing is written', async () => {
    const { server, storage } = setup();
    const res = await server.push(
      'p',
      pushReq(NOTES, [row(null, doc('ok')), row(null, doc('n', { schemaVersion: 3 }))]),
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'schema_too_new' } });
    expect(await server.push('p', pushReq(NOTES, [row(null, doc('ok'))], 1))).toMatchObject({
      ok: false,
      error: { code: 'schema_too_new' },
    });
    expect(storage.data.rows.size).toBe(0);
  });

  it('PUSH7: mismatched ids refuse the request', async () => {
    const { server } = setup();
    expect(await server.push('p', pushReq(NOTES, [row(doc('b'), doc('a'))]))).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('PULL6: an old protocol gets protocol_too_old, a newer one protocol_too_new, unknown collections 404', async () => {
    const { server } = setup();
    const old = { ...pullReq(NOTES, null), protocolVersion: MIN_PROTOCOL_VERSION - 1 };
    expect(await server.pull('p', old)).toMatchObject({ ok: false, error: { code: 'protocol_too_old' } });
    expect(await server.pull('p', { ...old, protocolVersion: PROTOCOL_VERSION + 1 })).toMatchObject({
      ok: false,
      error: { code: 'protocol_too_new' },
    });
    expect(await server.pull('p', pullReq('nope', null))).toMatchObject({
      ok: false,
      error: { code: 'unknown_collection' },
    });
  });

  it('PUSH1: a failing transaction writes nothing and publishes nothing', async () => {
    const data = createMemoryData();
    const inner = new MemoryStorage(data);
    let failNext = false;
    const storage: SyncStorage = {
      pull: (q) => inner.pull(q),
      close: () => inner.close(),
      transact: (fn) =>
        inner.transact(async (tx) => {
          const r = await fn(tx);
          if (failNext) throw new Error('disk full');
          return r;
        }),
    };
    const server = testServer({ storage });
    const events: StreamEvent[] = [];
    unwrap(
      server.subscribe(
        'p',
        { type: 'subscribe', protocolVersion: PROTOCOL_VERSION, collections: [NOTES] },
        (e) => events.push(e),
      ),
    );
    failNext = true;
    expect(await server.push('p', pushReq(NOTES, [row(null, doc('a'))]))).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(data.rows.size).toBe(0);
    expect(events).toEqual([{ type: 'resync', reason: 'connected' }]);
  });
});

describe('SyncServer pull', () => {
  it('PULL1/PULL3/PULL5: batches in seq order, full while more remain, latest state once', async () => {
    const { server } = setup();
    for (const id of ['a', 'b', 'c', 'd'])
      unwrap(await server.push('p', pushReq(NOTES, [row(null, doc(id, { v: 0 }))])));
    unwrap(await server.push('p', pushReq(NOTES, [row(doc('a', { v: 0 }), doc('a', { v: 1 }))])));
    const first = unwrap(await server.pull('p', pullReq(NOTES, null, 2)));
    expect(first.documents.map((d) => d.id)).toEqual(['b', 'c']);
    expect(first.checkpoint).toEqual({ seq: 3 });
    const second = unwrap(await server.pull('p', pullReq(NOTES, first.checkpoint.seq, 2)));
    expect(second.documents).toEqual([doc('d', { v: 0 }), doc('a', { v: 1 })]);
    const third = unwrap(await server.pull('p', pullReq(NOTES, second.checkpoint.seq, 2)));
    expect(third).toEqual({ type: 'pull_response', documents: [], checkpoint: second.checkpoint });
  });

  it('PULL4: pulling again from an older checkpoint returns the same or newer states', async () => {
    const { server } = setup();
    unwrap(await server.push('p', pushReq(NOTES, [row(null, doc('a', { v: 0 }))])));
    const once = unwrap(await server.pull('p', pullReq(NOTES, 0)));
    const again = unwrap(await server.pull('p', pullReq(NOTES, 0)));
    expect(again).toEqual(once);
  });
});

describe('SyncServer append-only events', () => {
  const open = doc('e1', { aggregate: 'd1', kind: 'open' });
  const close = doc('e2', { aggregate: 'd1', kind: 'close' });

  it('EVT2: valid events are stored in server order', async () => {
    const { server } = setup();
    const res = unwrap(await server.push('p', pushReq(EVENTS, [row(null, open), row(null, close)])));
    expect(res).toEqual({ type: 'push_response', conflicts: [], rejected: [] });
    expect(await pullAll(server, EVENTS)).toEqual([open, close]);
  });

  it('EVT3: an illegal event becomes a tombstone plus a review record with the reason', async () => {
    const { server } = setup();
    const res = unwrap(await server.push('p', pushReq(EVENTS, [row(null, close)])));
    expect(res.rejected).toEqual([{ id: 'e2', reason: 'invalid_event', detail: 'not_open' }]);
    expect(res.conflicts).toEqual([{ ...close, _deleted: true }]);
    const [review] = await pullAll(server, REVIEW_COLLECTION);
    expect(review).toMatchObject({
      collection: EVENTS,
      docId: 'e2',
      document: close,
      reason: 'invalid_event',
      detail: 'not_open',
      status: 'open',
    });
  });

  it('EVT4: replaying a refused event gets the same answer and no second review record', async () => {
    const { server } = setup();
    unwrap(await server.push('p', pushReq(EVENTS, [row(null, close)])));
    unwrap(await server.push('p', pushReq(EVENTS, [row(null, open)])));
    // now the event would be legal, but its id is taken by the refusal: the answer must not change
    const replay = unwrap(await server.push('p', pushReq(EVENTS, [row(null, close)])));
    expect(replay.conflicts).toEqual([{ ...close, _deleted: true }]);
    expect(await pullAll(server, REVIEW_COLLECTION)).toHaveLength(1);
  });

  it('EVT4: a duplicated valid event is a success without a write', async () => {
    const { server, storage } = setup();
    unwrap(await server.push('p', pushReq(EVENTS, [row(null, open)])));
    const head = storage.data.head;
    expect(unwrap(await server.push('p', pushReq(EVENTS, [row(null, open)])))).toEqual({
      type: 'push_response',
      conflicts: [],
      rejected: [],
    });
    expect(storage.data.head).toBe(head);
  });

  it('EVT1: editing or deleting a stored event is refused, answered and kept for review', async () => {
    const { server } = setup();
    unwrap(await server.push('p', pushReq(EVENTS, [row(null, open)])));
    const edited = { ...open, kind: 'note' };
    const res = unwrap(
      await server.push('p', pushReq(EVENTS, [row(open, edited), row(open, { ...open, _deleted: true })])),
    );
    expect(res.rejected.map((r) => r.reason)).toEqual(['append_only', 'append_only']);
    expect(res.conflicts).toEqual([open, open]);
    expect(await pullAll(server, EVENTS)).toEqual([open]);
    expect(await pullAll(server, REVIEW_COLLECTION)).toHaveLength(2);
  });

  it('EVT2: out-of-order arrival — a close before its open is refused, not reordered', async () => {
    const { server } = setup();
    const res = unwrap(await server.push('p', pushReq(EVENTS, [row(null, close), row(null, open)])));
    expect(res.rejected).toEqual([{ id: 'e2', reason: 'invalid_event', detail: 'not_open' }]);
    expect((await pullAll(server, EVENTS)).map((e) => [e.id, e._deleted])).toEqual([
      ['e2', true],
      ['e1', false],
    ]);
  });
});

describe('SyncServer history (replays and A→B→A)', () => {
  it('PUSH10: a replayed row changes nothing and creates no record, even after later writes', async () => {
    const { server, storage } = setup();
    const base = doc('a', { x: 1 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, base)])));
    const first = pushReq(NOTES, [row(base, doc('a', { x: 2 }))]);
    unwrap(await server.push('p', first));
    unwrap(await server.push('p', pushReq(NOTES, [row(doc('a', { x: 2 }), doc('a', { x: 3 }))])));
    const head = storage.data.head;
    expect(unwrap(await server.push('p', first)).conflicts).toEqual([doc('a', { x: 3 })]);
    expect(storage.data.head).toBe(head);
    expect(await pullAll(server, CONFLICTS_COLLECTION)).toEqual([]);
  });

  it('CONF7: a stale base cannot undo a field that was changed back (A→B→A)', async () => {
    const { server } = setup();
    const v1 = doc('a', { x: 'A', y: 0 });
    const v2 = doc('a', { x: 'B', y: 0 });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, v1)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(v1, v2)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(v2, doc('a', { x: 'A', y: 5 }))])));
    // a device that last saw v1 writes x = C: the server changed x since v1 (to B and back)
    const res = unwrap(await server.push('p', pushReq(NOTES, [row(v1, doc('a', { x: 'C', y: 0 }))])));
    expect(res.conflicts).toEqual([doc('a', { x: 'A', y: 5 })]);
    expect((await pullAll(server, CONFLICTS_COLLECTION))[0]).toMatchObject({
      field: 'x',
      winningValue: 'A',
      losingValue: 'C',
    });
  });

  it('CONF7: a base equal to several past states is taken as the latest of them', async () => {
    const { server } = setup();
    const a = doc('a', { x: 'A' });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, a)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(a, doc('a', { x: 'B' }))])));
    unwrap(await server.push('p', pushReq(NOTES, [row(doc('a', { x: 'B' }), a)])));
    expect(unwrap(await server.push('p', pushReq(NOTES, [row(a, doc('a', { x: 'C' }))]))).conflicts).toEqual(
      [],
    );
  });

  it('CONF7: a baseless creation over a document whose field was removed conflicts instead of restoring it', async () => {
    const { server } = setup();
    const v1 = doc('n', { b: 'old' });
    unwrap(await server.push('p', pushReq(NOTES, [row(null, v1)])));
    unwrap(await server.push('p', pushReq(NOTES, [row(v1, doc('n', {}))])));
    const res = unwrap(await server.push('p', pushReq(NOTES, [row(null, doc('n', { b: 'mine', c: 1 }))])));
    expect(res.conflicts).toEqual([doc('n', { c: 1 })]);
    expect((await pullAll(server, CONFLICTS_COLLECTION))[0]).toMatchObject({
      field: 'b',
      winningValue: null,
      losingValue: 'mine',
    });
  });
});
