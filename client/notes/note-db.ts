/**
 * The IndexedDB database that keeps one dossier's note on this device (y-indexeddb). The wipe
 * deletes every database with this prefix: notes may hold personal data (Law 91/2025/QH15).
 */
export const NOTE_DB_PREFIX = 'motcua-note-';

export const noteDbName = (dossierId: string): string => `${NOTE_DB_PREFIX}${dossierId}`;

export const isNoteDb = (name: string): boolean => name.startsWith(NOTE_DB_PREFIX);
