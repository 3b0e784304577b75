import { WebSocketServer } from 'ws';

/** Largest frame a client may send: notes are text, and a whole offline document fits easily. */
export const NOTES_MAX_FRAME_BYTES = 1024 * 1024;

/**
 * The `ws` server that @hono/node-server's `serve({ websocket: { server } })` hands upgrades to
 * (it requires noServer). Larger frames are refused by ws itself with close code 1009.
 */
export const notesWebSocketServer = (): WebSocketServer =>
  new WebSocketServer({ noServer: true, maxPayload: NOTES_MAX_FRAME_BYTES });
