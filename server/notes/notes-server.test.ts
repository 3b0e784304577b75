import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOTES_CLOSE } from '../../sync/notes-protocol';
import type { Principal } from '../auth/principal';
import type { NoteSocket } from './connection';
import { createMemoryNotesData, MemoryNoteStore } from './memory-note-store';
import type { NoteStore } from './note-store';
import { NotesServer } from './notes-server';
import { decodeServerMessage, encodeClientMessage } from './wire';

/**
 * The notes server's ordering rules (N1, N2, N3, N7) with its I/O in the test's hands: sockets
 * that record frames, and a store whose appends wait for a gate the test opens.
 */
const ID = '0b7e6a52-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const officer = (userId: string): Principal => ({
  userId,
  role: 'intake_officer',
  servicePointId: 'hn-center',
  scope: 'service_point',
  sessionId: `s-${userId}`,
});

function socket() {
  const sent: Uint8Array[] = [];
  const s = { sent, closed: undefined as { code: number; reason: string } | undefined };
  const ns: NoteSocket = {
    send: (b) => sent.push(b),
    close: (code, reason) => (s.closed = { code, reason }),
    ping: () => undefined,
    terminate: () => (s.closed = { code: 1006, reason: '' }),
  };
  return {
    ...s,
    get closed() {
      return s.closed;
    },
    ns,
    updates: () =>
      sent.map(decodeServerMessage).filter((m) => m?.type === 'update' || m?.type === 'sync-step2'),
  };
}

/** A store whose appends wait until `open()`; `fail()` makes the waiting ones reject. */
function gatedStore(inner: NoteStore) {
  let release: (ok: boolean) => void = () => undefined;
  let gate = new Promise<boolean>((r) => (release = r));
  const store: NoteStore = {
    ...inner,
    load: (id) => inner.load(id),
    replace: (...a) => inner.replace(...a),
    crowded: (n) => inner.crowded(n),
    close: () => inner.close(),
    append: async (...a) => {
      if (!(await gate)) throw new Error('disk full');
      await inner.append(...a);
    },
  };
  const reopen = () => {
    gate = new Promise<boolean>((r) => (release = r));
  };
  return { store, open: () => release(true), fail: () => release(false), reopen };
}

function server(store: NoteStore) {
  const ticks: (() => void)[] = [];
  const notes = new NotesServer({
    store,
    now: () => 0,
    log: () => undefined,
    every: (_ms, run) => (ticks.push(run), () => undefined),
    track: () => () => undefined,
    verdict: () => 'ok',
  });
  const join = (userId: string) => {
    const sock = socket();
    const conn = notes.accept(ID, {
      principal: officer(userId),
      userId,
      role: 'intake_officer',
      name: userId,
    });
    const receive = notes.open(conn, sock.ns);
    return { sock, conn, receive };
  };
  return { notes, join };
}

const edit = (text: string): Uint8Array => {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.getText('notes').insert(0, text);
  return update;
};
const flush = () => new Promise((r) => setImmediate(r));

describe('NotesServer ordering', () => {
  it('N1: an update reaches the others only after the store has it', async () => {
    const g = gatedStore(new MemoryNoteStore());
    const { join } = server(g.store);
    const a = join('a');
    const b = join('b');
    await flush();
    a.receive(encodeClientMessage({ type: 'update', update: edit('ghi chú') }));
    await flush();
    expect(b.sock.updates()).toEqual([]);
    g.open();
    await flush();
    expect(b.sock.updates()).toHaveLength(1);
    expect(a.sock.updates()).toEqual([]); // not echoed to its sender
  });

  it('N3: a new client’s step 2 waits for the writes queued before its step 1', async () => {
    const g = gatedStore(new MemoryNoteStore());
    const { join } = server(g.store);
    const a = join('a');
    await flush();
    a.receive(encodeClientMessage({ type: 'update', update: edit('chưa lưu') }));
    const c = join('c');
    await flush();
    c.receive(encodeClientMessage({ type: 'sync-step1', stateVector: Y.encodeStateVector(new Y.Doc()) }));
    await flush();
    expect(c.sock.updates()).toEqual([]);
    g.open();
    await flush();
    const doc = new Y.Doc();
    for (const m of c.sock.updates()) if (m?.type === 'sync-step2') Y.applyUpdate(doc, m.update);
    expect(doc.getText('notes').toJSON()).toBe('chưa lưu');
  });

  it('N2: an update that does not decode is never stored and ends only its sender', async () => {
    const data = createMemoryNotesData();
    const { join } = server(new MemoryNoteStore(data));
    const a = join('a');
    const b = join('b');
    await flush();
    a.receive(encodeClientMessage({ type: 'update', update: new Uint8Array([1, 1, 200, 3]) }));
    await flush();
    expect(a.sock.closed).toEqual({ code: NOTES_CLOSE.bad_message, reason: 'bad_message' });
    expect(b.sock.closed).toBeUndefined();
    expect(data.rows).toEqual([]);
  });

  it('N7: a failed write closes the room’s sockets with 1011; the next join starts from the store', async () => {
    const g = gatedStore(new MemoryNoteStore());
    const { join } = server(g.store);
    const a = join('a');
    const b = join('b');
    await flush();
    a.receive(encodeClientMessage({ type: 'update', update: edit('mất') }));
    g.fail();
    await flush();
    expect([a.sock.closed, b.sock.closed]).toEqual([
      { code: NOTES_CLOSE.internal, reason: 'internal' },
      { code: NOTES_CLOSE.internal, reason: 'internal' },
    ]);
    g.reopen();
    g.open();
    const c = join('c');
    await flush();
    c.receive(encodeClientMessage({ type: 'sync-step1', stateVector: Y.encodeStateVector(new Y.Doc()) }));
    await flush();
    const [step2] = c.sock.updates();
    expect(step2?.type === 'sync-step2' && step2.update).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('N6/N7: the last leave compacts; a join meanwhile waits and sees the same text', async () => {
    const data = createMemoryNotesData();
    const { join } = server(new MemoryNoteStore(data));
    const a = join('a');
    await flush();
    for (const t of ['một', 'hai', 'ba']) a.receive(encodeClientMessage({ type: 'update', update: edit(t) }));
    await flush();
    expect(data.rows).toHaveLength(3);
    a.conn.closedByPeer();
    const b = join('b'); // arrives while the room unloads
    await flush();
    await flush();
    expect(data.rows).toHaveLength(1);
    b.receive(encodeClientMessage({ type: 'sync-step1', stateVector: Y.encodeStateVector(new Y.Doc()) }));
    await flush();
    const doc = new Y.Doc();
    for (const m of b.sock.updates()) if (m?.type === 'sync-step2') Y.applyUpdate(doc, m.update);
    expect(doc.getText('notes').length).toBe('mộthaiba'.length);
  });
});
