import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTES_CLOSE } from '../../sync/notes-protocol';
import type { Jar } from '../testing/harness';
import { CHECK_EVERY_MS } from './notes-server';
import { encodeAwareness, type AwarenessEntry } from './presence';
import {
  moveDossier,
  notesClient,
  rawClient,
  startLive,
  storedDossier,
  waitFor,
  type LiveServer,
  type NotesClient,
  type RawClient,
} from './test-kit';
import { NOTES_MAX_FRAME_BYTES } from './websocket-server';
import { encodeClientMessage } from './wire';

/** Open sockets: bad frames (N4), presence (N5), liveness and scope (N8), ended sessions (N9). */
let live: LiveServer;
let counter: Jar;
let officer: Jar;
let boss: Jar;
const clients: NotesClient[] = [];

beforeAll(async () => {
  live = await startLive();
  [counter, officer, boss] = await Promise.all([
    live.h.login('tiepnhan'),
    live.h.login('chuyenvien'),
    live.h.login('giamsat'),
  ]);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(() => live.close());

const connect = async (jar: Jar, dossierId: string): Promise<NotesClient> => {
  const c = notesClient(live, jar, dossierId);
  clients.push(c);
  await waitFor(() => c.provider.synced, 'the first sync');
  return c;
};
const opened = async (jar: Jar, dossierId: string, autoPong = true): Promise<RawClient> => {
  const c = rawClient(live.url(dossierId), jar, { autoPong });
  await waitFor(() => c.received.length > 0, 'the server’s sync step 1');
  return c;
};
const awareness = (...entries: AwarenessEntry[]) =>
  encodeClientMessage({ type: 'awareness', update: encodeAwareness(entries) });
const user = (id: string, name: string, role: string) => ({ id, name, role, color: '#1e88e5' });

describe('notes connections', () => {
  const frames: [string, Uint8Array | string][] = [
    ['random bytes', new Uint8Array([0xff, 0xff, 0xff, 0x7f])],
    ['a text frame', 'hello'],
    [
      'an update that is not a Yjs update',
      encodeClientMessage({ type: 'update', update: new Uint8Array([1, 9, 9, 9]) }),
    ],
    [
      'a step 1 whose state vector is garbage',
      encodeClientMessage({ type: 'sync-step1', stateVector: new Uint8Array([5, 1]) }),
    ],
    [
      'a presence update that is not one',
      encodeClientMessage({ type: 'awareness', update: new Uint8Array([3, 1]) }),
    ],
    ['an auth frame, which only the server sends', new Uint8Array([2, 0, 0])],
    ['a frame with trailing bytes', new Uint8Array([...encodeClientMessage({ type: 'query-awareness' }), 0])],
  ];

  it.each(frames)('N4: %s closes that socket with 4400, and the room carries on', async (_what, frame) => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const a = await connect(counter, id);
    const b = await connect(officer, id);
    const bad = await opened(counter, id);
    bad.ws.send(frame);
    await waitFor(() => bad.closed !== undefined, 'the bad socket to close');
    expect(bad.closed).toEqual({ code: NOTES_CLOSE.bad_message, reason: 'bad_message' });
    a.text.insert(0, 'vẫn chạy');
    await waitFor(() => b.text.toJSON() === 'vẫn chạy', 'the others to go on');
    expect([...a.closes, ...b.closes]).toEqual([]);
  });

  it('N4: a frame over the size limit is refused by the socket layer with 1009', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const big = await opened(counter, id);
    big.ws.send(new Uint8Array(NOTES_MAX_FRAME_BYTES + 1));
    await waitFor(() => big.closed !== undefined, 'the socket to close');
    expect(big.closed?.code).toBe(NOTES_CLOSE.too_large);
    const after = await opened(counter, id); // and the server goes on serving
    after.ws.close();
  });

  it('N5/P1/P2: a spoofed presence is not relayed; names and roles are the accounts’', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const a = await connect(counter, id);
    a.provider.awareness.setLocalStateField('user', user('counter-hn-tt', 'Tên tự đặt', 'supervisor'));
    const watcher = await connect(boss, id);
    const aState = () => watcher.provider.awareness.getStates().get(a.doc.clientID);
    await waitFor(() => aState() !== undefined, 'the counter’s presence');
    expect(aState()?.['user']).toEqual(user('counter-hn-tt', 'Cán bộ tiếp nhận (demo)', 'intake_officer'));

    const spoofer = await opened(officer, id);
    spoofer.ws.send(
      awareness(
        {
          clientID: 111,
          clock: 1,
          state: { user: user('counter-hn-tt', 'Cán bộ tiếp nhận (demo)', 'intake_officer') },
        },
        { clientID: a.doc.clientID, clock: 9999, state: null }, // P2: clearing someone else
        { clientID: 112, clock: 1, state: { cursor: 3 } }, // no user at all
      ),
    );
    spoofer.ws.send(
      awareness({
        clientID: 222,
        clock: 1,
        state: { user: user('officer-civil_status-1', 'Giám đốc', 'supervisor'), cursor: 5 },
      }),
    );
    const states = () => watcher.provider.awareness.getStates();
    await waitFor(() => states().has(222), 'the officer’s own presence');
    expect(states().get(222)).toEqual({
      user: user('officer-civil_status-1', 'Chuyên viên xử lý (demo)', 'processing_officer'),
      cursor: 5,
    });
    expect(states().has(111)).toBe(false);
    expect(states().has(112)).toBe(false);
    expect(aState()).toBeDefined();
    expect(spoofer.closed).toBeUndefined(); // dropped entries, not a closed socket

    spoofer.ws.close();
    await waitFor(() => !states().has(222), 'its presence to leave with it (N5)');
  });

  it('N9: revoking the session closes its socket at once with 4401 session_ended', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const device = await live.h.login('tiepnhan', undefined, 'quầy 3');
    const other = await live.h.login('tiepnhan', undefined, 'quầy 4');
    const c = await connect(device, id);
    const me = (await (await live.h.request('/api/auth/me', { as: device })).json()) as {
      session: { id: string };
    };
    const res = await live.h.request(`/api/auth/devices/${me.session.id}`, { method: 'DELETE', as: other });
    expect(res.status).toBe(204);
    await waitFor(() => c.closes.length > 0, 'the socket to close');
    expect(c.closes).toEqual([{ code: NOTES_CLOSE.session_ended, reason: 'session_ended' }]);
    expect(c.provider.shouldConnect).toBe(false); // 44xx is final for y-websocket: no retry loop
  });

  it('N8: a socket that neither speaks nor answers pings is dropped; a live one stays', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const silent = await opened(counter, id, false);
    const talking = await opened(officer, id);
    const check = live.ticks.get(CHECK_EVERY_MS)!;
    check();
    const heard = talking.received.length;
    talking.ws.send(encodeClientMessage({ type: 'query-awareness' }));
    await waitFor(() => talking.received.length > heard, 'an answer, so the server heard it');
    check();
    await waitFor(() => silent.closed !== undefined, 'the silent socket to be dropped');
    expect(silent.closed?.code).toBe(1006); // terminated, no closing handshake
    expect(talking.closed).toBeUndefined();
    talking.ws.close();
  });

  it('N8: when the dossier leaves the officer’s scope, the socket closes with 4403', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const c = await connect(officer, id);
    await moveDossier(live.h, boss, id, 'health'); // not one of chuyenvien's fields
    live.ticks.get(CHECK_EVERY_MS)!();
    await waitFor(() => c.closes.length > 0, 'the socket to close');
    expect(c.closes).toEqual([{ code: NOTES_CLOSE.forbidden, reason: 'forbidden' }]);
  });
});
