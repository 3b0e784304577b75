import { appFetch } from '../auth/app-fetch';
import { currentUser } from '../auth/session';
import type { Lease } from './leases';
import { NoteSession, type NoteSessionDeps } from './note-session';
import { openNotes } from './open-notes';
import { presenceOf } from './presence';
import { NOTES_PATH, NOTES_PROTOCOL_VERSION, NOTES_VERSION_PARAM } from './protocol';

function onNetworkChange(listener: (online: boolean) => void): () => void {
  const up = (): void => listener(true);
  const down = (): void => listener(false);
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  return () => {
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
  };
}

/** The browser's side of a note session: same-origin socket (the access cookie goes with it). */
function browserDeps(dossierId: string): NoteSessionDeps {
  const user = currentUser();
  const path = `${NOTES_PATH}/${encodeURIComponent(dossierId)}?${NOTES_VERSION_PARAM}=${NOTES_PROTOCOL_VERSION}`;
  return {
    serverUrl: `${location.origin.replace(/^http/, 'ws')}${NOTES_PATH}`,
    user: user === null ? null : presenceOf(user),
    online: () => navigator.onLine,
    onNetworkChange,
    probe: () =>
      appFetch(path, { method: 'GET' }).then(
        (res) => res.status,
        () => null,
      ),
    now: () => Date.now(),
  };
}

/** A lease on the dossier's note session; release it when the screen goes away. */
export const openNote = (dossierId: string): Lease<NoteSession> =>
  openNotes.acquire(dossierId, () => new NoteSession(dossierId, browserDeps(dossierId)));
