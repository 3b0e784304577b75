/** Shared per-dossier notes (issue 7): the public face of client/notes for screens. */
export { bindTextarea } from './bind-textarea';
export { createNoteStore, type NoteView } from './note-store';
export type { NoteRefusal } from './close-policy';
export type { NoteSyncState } from './note-status';
export type { NotePresence } from './presence';
