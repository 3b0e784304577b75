import { Leases } from './leases';
import type { NoteSession } from './note-session';

/**
 * The notes open on this page, one session per dossier however many panels show it (leases.ts
 * L1). Yjs-free: the wipe imports closeAllNotes without loading the notes chunk.
 */
export const openNotes = new Leases<string, NoteSession>((session) => session.destroy());

/** Closes every open note so that its IndexedDB database can be deleted (wipe W4). */
export const closeAllNotes = (): Promise<void> => openNotes.closeAll();
