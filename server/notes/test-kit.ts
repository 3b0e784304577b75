import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { exampleDossier } from '../../shared/schemas/examples';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { NOTES_PATH, NOTES_PROTOCOL_VERSION, NOTES_TEXT } from '../../sync/notes-protocol';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { json, startHarness, type Harness, type Jar } from '../testing/harness';
import { notesWebSocketServer } from './websocket-server';

/**
 * Test kit for the notes server: the real composed server listening on an ephemeral port (HTTP
 * and WebSocket on one port, as in production), real `ws` clients carrying a session cookie, and
 * a bounded poll to wait for conditions instead of sleeping. Timers of the notes server are
 * captured, so a test runs the periodic compaction or liveness check when it chooses to.
 */
export interface LiveServer {
  readonly h: Harness;
  readonly wsBase: string;
  /** The captured periodic callbacks of the notes server, by period. */
  readonly ticks: Map<number, () => void>;
  url(dossierId: string, query?: string): string;
  close(): Promise<void>;
}

export async function startLive(opts: { dataDir?: string; compactAbove?: number } = {}): Promise<LiveServer> {
  const ticks = new Map<number, () => void>();
  const h = await startHarness({
    dossiers: 10,
    ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
    overrides: {
      every: (ms, run) => {
        ticks.set(ms, run);
        return () => ticks.delete(ms);
      },
      ...(opts.compactAbove === undefined ? {} : { notesCompactAbove: opts.compactAbove }),
    },
  });
  const wss = notesWebSocketServer();
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve(
      { fetch: h.composed.app.fetch, websocket: { server: wss }, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve(info.port),
    );
  });
  const wsBase = `ws://127.0.0.1:${port}`;
  return {
    h,
    wsBase,
    ticks,
    url: (id, query = `v=${NOTES_PROTOCOL_VERSION}`) => `${wsBase}${NOTES_PATH}/${id}?${query}`,
    close: async () => {
      await h.composed.close();
      for (const s of wss.clients) s.terminate();
      await new Promise<void>((resolve) => {
        if (server !== undefined && 'closeAllConnections' in server) server.closeAllConnections();
        server?.close(() => resolve());
      });
    },
  };
}

/** Waits until `cond` holds, polling; fails with `what` after `ms`. Never a timing assertion. */
export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  what: string,
  ms = 5000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

let serial = 7000;
const pushed = new Map<string, Record<string, unknown>>();

async function push(h: Harness, boss: Jar, before: unknown, after: Record<string, unknown>): Promise<void> {
  const res = await h.request('/api/sync/dossiers/push', {
    ...json({
      type: 'push',
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: SCHEMA_VERSIONS.dossiers,
      collection: 'dossiers',
      rows: [{ assumedMasterState: before, newDocumentState: after }],
    }),
    as: boss,
  });
  const body = (await res.json()) as { conflicts?: unknown[] };
  if (res.status !== 200 || (body.conflicts ?? []).length > 0) throw new Error(`push: ${res.status}`);
  pushed.set(after['id'] as string, after);
}

/** A dossier stored on the server (pushed by the demo supervisor), at a point and in a field. */
export async function storedDossier(h: Harness, boss: Jar, point: string, field: string): Promise<string> {
  const id = randomUUID();
  const code = `HN-TT-261120-${++serial}`;
  await push(h, boss, null, { ...exampleDossier, id, code, receivingPointId: point, field, _deleted: false });
  return id;
}

/** The supervisor moves a stored dossier to another field. */
export async function moveDossier(h: Harness, boss: Jar, id: string, field: string): Promise<void> {
  const before = pushed.get(id);
  if (before === undefined) throw new Error(`not pushed here: ${id}`);
  await push(h, boss, before, { ...before, field });
}

/** A `ws` WebSocket class that sends the jar's cookies with the upgrade, as a browser would. */
export function cookieSocket(jar: Jar): typeof globalThis.WebSocket {
  class WithCookie extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie: jar.header() } });
    }
  }
  return WithCookie as unknown as typeof globalThis.WebSocket;
}

export interface NotesClient {
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  readonly provider: WebsocketProvider;
  readonly closes: { code: number; reason: string }[];
  destroy(): void;
}

/** The browser's client: y-websocket's provider, cookie attached, no BroadcastChannel shortcut. */
export function notesClient(live: LiveServer, jar: Jar, dossierId: string): NotesClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${live.wsBase}${NOTES_PATH}`, dossierId, doc, {
    params: { v: String(NOTES_PROTOCOL_VERSION) },
    WebSocketPolyfill: cookieSocket(jar),
    disableBc: true, // two providers in one process would otherwise sync without the server
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (e) => {
    if (e !== null) closes.push({ code: e.code, reason: e.reason });
  });
  return {
    doc,
    text: doc.getText(NOTES_TEXT),
    provider,
    closes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export interface RawClient {
  readonly ws: WebSocket;
  readonly received: Uint8Array[];
  status?: number;
  opened: boolean;
  closed?: { code: number; reason: string };
}

/** A plain `ws` client speaking bytes, recording what happens to it. */
export function rawClient(
  url: string,
  jar?: Jar,
  opts: { headers?: Record<string, string>; autoPong?: boolean } = {},
): RawClient {
  const headers = { ...opts.headers, ...(jar ? { cookie: jar.header() } : {}) };
  const ws = new WebSocket(url, { headers, autoPong: opts.autoPong ?? true });
  const c: RawClient = { ws, received: [], opened: false };
  ws.on('open', () => (c.opened = true));
  ws.on('message', (data: Buffer) => c.received.push(new Uint8Array(data)));
  ws.on('close', (code, reason) => (c.closed = { code, reason: reason.toString() }));
  ws.on('unexpected-response', (req, res) => {
    c.status = res.statusCode;
    res.resume();
    req.destroy();
  });
  ws.on('error', () => undefined); // a refused upgrade also reports an error; the status says why
  return c;
}
