import { upgradeWebSocket, type WebSocketLike } from '@hono/node-server';
import { Hono } from 'hono';
import type { WSContext, WSMessageReceive } from 'hono/ws';
import { authorizeNotes, type NotesAccessDeps } from './access';
import type { NoteConnection, NoteSocket } from './connection';
import type { NotesServer } from './notes-server';

export interface NotesRoutesDeps extends NotesAccessDeps {
  readonly notes: NotesServer;
  readonly log: (line: string) => void;
}

/** What the `ws` package's socket offers beyond WebSocketLike; checked, not assumed. */
interface Pingable {
  ping(): void;
  terminate(): void;
  on(event: 'pong', listener: () => void): unknown;
}
const pingable = (raw: unknown): raw is Pingable =>
  typeof raw === 'object' && raw !== null && 'ping' in raw && 'terminate' in raw && 'on' in raw;

function socketOf(ws: WSContext<WebSocketLike>, conn: NoteConnection): NoteSocket {
  const raw = pingable(ws.raw) ? ws.raw : null;
  raw?.on('pong', () => conn.heard());
  return {
    send: (bytes) => {
      if (ws.readyState === 1) ws.send(bytes as Uint8Array<ArrayBuffer>);
    },
    close: (code, reason) => ws.close(code, reason),
    ping: () => raw?.ping(),
    terminate: () => (raw === null ? ws.close() : raw.terminate()),
  };
}

/** Binary frames arrive as ArrayBuffer (@hono/node-server); anything else is not our protocol. */
const binary = (data: WSMessageReceive): Uint8Array | null =>
  data instanceof ArrayBuffer ? new Uint8Array(data) : null;

/**
 * GET /api/notes/:dossierId?v=1. With `Upgrade: websocket`, the notes socket (notes-server.ts);
 * without, the same checks (access.ts A1–A7) answering 204 — so a client whose socket was refused
 * (browsers only report close code 1006) can learn why. A refusal happens before the upgrade:
 * @hono/node-server writes the error's status and headers on the raw socket (without the body,
 * which the probe GET does carry).
 */
export function notesRoutes(d: NotesRoutesDeps): Hono {
  const app = new Hono();
  app.get('/:dossierId', async (c) => {
    const { dossierId, who } = await authorizeNotes(c, d);
    if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') return c.body(null, 204);
    const conn = d.notes.accept(dossierId, who);
    let receive: (bytes: Uint8Array | null) => void = () => {};
    return upgradeWebSocket(
      c,
      {
        onOpen: (_e, ws) => {
          receive = d.notes.open(conn, socketOf(ws, conn));
        },
        onMessage: (e) => receive(binary(e.data)),
        onClose: () => conn.closedByPeer(),
      },
      { onError: (e: unknown) => d.log(`notes ${dossierId}: socket error: ${String(e)}`) },
    );
  });
  return app;
}
