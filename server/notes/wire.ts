import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { NOTES_MESSAGE } from '../../sync/notes-protocol';

/**
 * y-websocket frames as discriminated unions, client→server and server→client apart, so the
 * room switches on `type` instead of poking at bytes. Only the framing is read here; whether the
 * payload is a valid Yjs update or awareness update is for the room to find out.
 * Sync sub-types (y-protocols/sync): 0 step 1 (state vector), 1 step 2 (update), 2 update.
 */
export type NotesClientMessage =
  | { readonly type: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'sync-step2'; readonly update: Uint8Array }
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array }
  | { readonly type: 'query-awareness' };

export type NotesServerMessage =
  | { readonly type: 'sync-step1'; readonly stateVector: Uint8Array }
  | { readonly type: 'sync-step2'; readonly update: Uint8Array }
  | { readonly type: 'update'; readonly update: Uint8Array }
  | { readonly type: 'awareness'; readonly update: Uint8Array };

type Framed = NotesClientMessage | NotesServerMessage;

const SYNC_TYPES = ['sync-step1', 'sync-step2', 'update'] as const;

function read(d: decoding.Decoder): NotesClientMessage | null {
  switch (decoding.readVarUint(d)) {
    case NOTES_MESSAGE.sync: {
      const type = SYNC_TYPES[decoding.readVarUint(d)];
      if (type === undefined) return null;
      const payload = decoding.readVarUint8Array(d);
      return type === 'sync-step1' ? { type, stateVector: payload } : { type, update: payload };
    }
    case NOTES_MESSAGE.awareness:
      return { type: 'awareness', update: decoding.readVarUint8Array(d) };
    case NOTES_MESSAGE.queryAwareness:
      return { type: 'query-awareness' };
    default:
      return null; // `auth` (2) is server→client only; anything else is unknown
  }
}

/** null for anything that is not exactly one well-formed frame (truncated, trailing bytes, unknown type). */
export function decodeClientMessage(bytes: Uint8Array): NotesClientMessage | null {
  try {
    const d = decoding.createDecoder(bytes);
    const message = read(d);
    return message !== null && !decoding.hasContent(d) ? message : null;
  } catch {
    return null; // lib0 throws on a read past the end
  }
}

function encode(m: Framed): Uint8Array {
  const e = encoding.createEncoder();
  switch (m.type) {
    case 'sync-step1':
    case 'sync-step2':
    case 'update':
      encoding.writeVarUint(e, NOTES_MESSAGE.sync);
      encoding.writeVarUint(e, SYNC_TYPES.indexOf(m.type));
      encoding.writeVarUint8Array(e, m.type === 'sync-step1' ? m.stateVector : m.update);
      break;
    case 'awareness':
      encoding.writeVarUint(e, NOTES_MESSAGE.awareness);
      encoding.writeVarUint8Array(e, m.update);
      break;
    case 'query-awareness':
      encoding.writeVarUint(e, NOTES_MESSAGE.queryAwareness);
      break;
  }
  return encoding.toUint8Array(e);
}

export const encodeServerMessage = (m: NotesServerMessage): Uint8Array => encode(m);
/** For tests and tools that play the client without y-websocket. */
export const encodeClientMessage = (m: NotesClientMessage): Uint8Array => encode(m);

/** For tests and tools that play the client: the server's frames share the framing. */
export function decodeServerMessage(bytes: Uint8Array): NotesServerMessage | null {
  const m = decodeClientMessage(bytes);
  return m === null || m.type === 'query-awareness' ? null : m;
}
