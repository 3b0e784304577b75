/** The public face of server/notes: what compose.ts and main.ts wire together. */
export { authorizeNotes, notesVerdict, NOTES_ROLES } from './access';
export { MemoryNoteStore } from './memory-note-store';
export type { NoteStore } from './note-store';
export { CHECK_EVERY_MS, COMPACT_ABOVE, COMPACT_EVERY_MS, NotesServer, type Every } from './notes-server';
export { notesRoutes } from './routes';
export { SqliteNoteStore } from './sqlite-note-store';
export { notesWebSocketServer } from './websocket-server';
