import type { Role } from '../shared/schemas/user.ts';

/**
 * The wire contract of per-dossier shared notes, for the browser client and the server alike.
 * The frames themselves are y-websocket's (y-protocols sync and awareness); this file fixes what
 * is ours around them: where to connect, which version, what a presence state must hold, and the
 * closed set of reasons the server closes a socket with.
 *
 * Connect: `${origin with ws}${NOTES_PATH}/<dossierId>?v=${NOTES_PROTOCOL_VERSION}`, same origin,
 * so the access cookie travels with the upgrade. A refused upgrade is an HTTP error the browser
 * hides (it reports close code 1006): GET the same URL without upgrading to learn why — it runs
 * the same checks and answers 204, or the API's JSON error (400/401/403/404/426).
 */

/** Bump on any incompatible change; the server refuses other versions with HTTP 426. */
export const NOTES_PROTOCOL_VERSION = 1;
export const NOTES_PATH = '/api/notes';
export const NOTES_VERSION_PARAM = 'v';
/** The one shared type of a notes document: `doc.getText(NOTES_TEXT)`. */
export const NOTES_TEXT = 'notes';

/** y-websocket's message types (first varUint of every frame). `auth` only ever goes server→client. */
export const NOTES_MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/**
 * Why the server closed a socket. 4400–4499 mirror HTTP 4xx and are final: y-websocket's
 * default `shouldReconnect` stops on them and emits `closed`. Everything else is transient and
 * the provider reconnects by itself.
 *  - session_ended: signed out, device revoked, account disabled, or its role/scope changed.
 *    Refresh the session (POST /api/auth/refresh), then `provider.connect()` again.
 *  - forbidden: the dossier is no longer in the officer's scope.
 *  - bad_message: a frame the server could not read; a client bug, do not retry blindly.
 *  - protocol_version: reserved for a version change while connected; update the app.
 *  - too_large: a frame over the size limit (sent by the socket layer itself).
 *  - server_stopping / internal: transient; the provider reconnects and resyncs.
 */
export const NOTES_CLOSE = {
  bad_message: 4400,
  session_ended: 4401,
  forbidden: 4403,
  protocol_version: 4426,
  server_stopping: 1001,
  internal: 1011,
  too_large: 1009,
} as const;
export type NotesCloseReason = keyof typeof NOTES_CLOSE;

export function notesCloseReasonOf(code: number): NotesCloseReason | undefined {
  const found = Object.entries(NOTES_CLOSE).find(([, c]) => c === code);
  return found?.[0] as NotesCloseReason | undefined;
}

/**
 * The `user` field of an awareness state. The server relays a state only when `id` is the
 * signed-in user's own id, and overwrites `name` and `role` with the account's, so nobody shows
 * up as someone else. `color` is the client's choice (a CSS colour, at most 32 characters).
 */
export interface NotesPresenceUser {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly color: string;
}
