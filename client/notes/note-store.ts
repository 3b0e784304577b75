import { createEffect, createMemo, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type * as Y from 'yjs';
import { currentUser } from '../auth/session';
import type { NoteRefusal } from './close-policy';
import { noteSyncState, type NoteSyncState } from './note-status';
import { openNote } from './open-note';
import { othersIn, type NotePresence } from './presence';

export interface NoteView {
  readonly state: NoteSyncState;
  /** The device's copy is in (or the server's): the textarea may take input. */
  readonly loaded: boolean;
  readonly refused: NoteRefusal | null;
  readonly others: readonly NotePresence[];
}

/**
 * A dossier's note for a screen, as a Solid store fed by its session (house rule: one store per
 * document, released with onCleanup). A new dossier id releases the old lease and takes a new
 * one; `text` is null between the two, so nothing stays bound to a released document. Nothing
 * else reopens it.
 */
export function createNoteStore(dossierId: () => string): {
  readonly view: NoteView;
  readonly text: Accessor<Y.Text | null>;
} {
  const [view, setView] = createStore<{
    state: NoteSyncState;
    loaded: boolean;
    refused: NoteRefusal | null;
    others: NotePresence[];
  }>({
    state: 'connecting',
    loaded: false,
    refused: null,
    others: [],
  });
  const [text, setText] = createSignal<Y.Text | null>(null);
  const currentId = createMemo(dossierId); // an equal id (a store update of the dossier) is no change
  createEffect(() => {
    const id = currentId();
    // Only the id reopens the note: the session signal read below changes at every token refresh.
    untrack(() => {
      const lease = openNote(id);
      const session = lease.value;
      const awareness = session.provider.awareness;
      const selfId = currentUser()?.id ?? '';
      const presence = (): void =>
        setView('others', reconcile(othersIn(awareness.getStates(), selfId), { key: 'id' }));
      const stop = session.subscribe((c) =>
        setView({ state: noteSyncState(c), loaded: c.loaded, refused: c.refused }),
      );
      awareness.on('change', presence);
      presence();
      setText(session.text);
      onCleanup(() => {
        setText(null);
        stop();
        awareness.off('change', presence);
        lease.release();
      });
    });
  });
  return { view, text };
}
