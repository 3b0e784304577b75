/** The notes wire contract, shared with the server (sync/notes-protocol.ts). */
export {
  NOTES_CLOSE,
  NOTES_PATH,
  NOTES_PROTOCOL_VERSION,
  NOTES_TEXT,
  NOTES_VERSION_PARAM,
  notesCloseReasonOf,
  type NotesCloseReason,
  type NotesPresenceUser,
} from '../../sync/notes-protocol';
