import type { NoteRefusal } from './close-policy';

/**
 * The one line that tells an officer where their note is (the panel's `data-state`). Pure.
 *  NS1. `synced` only while the socket is open and the server's copy has been merged in
 *      (y-websocket's `synced`: the server's answer to our state vector arrived). On a new
 *      connection the server's own state vector comes first and is answered at once with what
 *      it lacks, so by then our offline changes are on the wire to it; later keystrokes are sent
 *      as they happen. "Synced" is thus the server's copy give or take frames in flight, which
 *      the device still holds (NS2) and resends on the next connection if they were lost.
 *  NS2. `local` when no attempt can succeed for now: the device is offline, or the server
 *      refused the room for good (close-policy C2). Everything typed is on the device
 *      (y-indexeddb writes each change as it happens).
 *  NS3. `connecting` otherwise: online and trying (first connection, a restart, back-off after a
 *      refused upgrade, e.g. a dossier created offline that the server does not have yet).
 */
export type NoteSyncState = 'synced' | 'local' | 'connecting';

export interface NoteConnection {
  /** The device's copy was read from IndexedDB (or the server answered first). */
  readonly loaded: boolean;
  readonly online: boolean;
  readonly connected: boolean;
  readonly synced: boolean;
  readonly refused: NoteRefusal | null;
}

export const INITIAL_CONNECTION: NoteConnection = {
  loaded: false,
  online: true,
  connected: false,
  synced: false,
  refused: null,
};

export function noteSyncState(c: NoteConnection): NoteSyncState {
  if (c.connected && c.synced) return 'synced'; // NS1
  if (!c.online || c.refused !== null) return 'local'; // NS2
  return 'connecting'; // NS3
}
