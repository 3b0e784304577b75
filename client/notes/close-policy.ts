import { notesCloseReasonOf, type NotesCloseReason } from './protocol';

/**
 * What a closed notes socket, or the answer to probing its URL, means for the next attempt. Pure.
 *  C1. 4401 session_ended (signed out elsewhere, device revoked, scope changed, or the access
 *      cookie ran out): renew through the refreshing fetch, then reconnect. A refused renewal
 *      signs the officer out (auth-fetch A4), which closes the note.
 *  C2. bad_message, forbidden, protocol_version, any other 44xx, and too_large (the same frame
 *      would be sent again on every reconnect): stop and say why. The text stays on the device.
 *  C3. Anything else (1006, server_stopping, internal, a lost network): reconnect with
 *      y-websocket's back-off. Browsers report a refused upgrade as 1006 whatever the status, so
 *      after every RENEW_AFTER consecutive failures (at most every RENEW_GAP_MS) the room's URL is
 *      probed with a plain GET through the refreshing fetch: that renews an expired cookie, and
 *      its status says whether to stop (probeAction).
 */
export type NoteRefusal =
  Exclude<NotesCloseReason, 'session_ended' | 'server_stopping' | 'internal'> | 'refused';

export type CloseAction =
  | { readonly kind: 'retry' }
  | { readonly kind: 'renew' }
  | { readonly kind: 'stop'; readonly reason: NoteRefusal };

export const RENEW_AFTER = 3;
export const RENEW_GAP_MS = 30_000;

const RETRY: CloseAction = { kind: 'retry' };

export function closeAction(code: number): CloseAction {
  const reason = notesCloseReasonOf(code);
  switch (reason) {
    case 'session_ended':
      return { kind: 'renew' }; // C1
    case 'server_stopping':
    case 'internal':
      return RETRY; // C3
    case undefined:
      return code >= 4400 && code < 4500 ? { kind: 'stop', reason: 'refused' } : RETRY; // C2, C3
    default:
      return { kind: 'stop', reason }; // C2
  }
}

/**
 * C3: the probe's HTTP status (null: no answer). 401 is not final here: the refreshing fetch has
 * already renewed the cookie or ended the session. 404 is a dossier not on the server yet.
 */
export function probeAction(status: number | null): CloseAction {
  if (status === 403) return { kind: 'stop', reason: 'forbidden' };
  if (status === 426) return { kind: 'stop', reason: 'protocol_version' };
  if (status === 400) return { kind: 'stop', reason: 'bad_message' };
  return RETRY;
}

/** C3: whether to probe after `failures` consecutive failed connections. */
export const probeDue = (failures: number, lastProbeAt: number, now: number): boolean =>
  failures > 0 && failures % RENEW_AFTER === 0 && now - lastProbeAt >= RENEW_GAP_MS;
