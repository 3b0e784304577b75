import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '../../shared/schemas/user';

/**
 * Which awareness (presence) entries of a connection the room takes. An awareness update is a
 * list of (clientID, clock, state JSON); y-protocols applies whatever it is given, so the server
 * filters first. Rules:
 *  P1. A state is kept only if its `user.id` is the connection's own user: nobody appears as
 *      someone else. `user.name` and `user.role` are overwritten with the account's; `color` is
 *      kept when it is a short string.
 *  P2. A clientID that another connection of the room speaks for is left alone — neither set nor
 *      cleared (a null state) by this one.
 *  P3. A state larger than MAX_STATE_CHARS is dropped: presence is a name and a cursor.
 *  P4. A connection speaks for at most MAX_CLIENTS clientIDs (a tab has one): states for more
 *      are dropped, so one socket cannot fill the room's memory with made-up peers.
 * Entries that break a rule are dropped, not answered: the rest of the update still applies.
 */
export interface AwarenessEntry {
  readonly clientID: number;
  readonly clock: number;
  readonly state: Record<string, unknown> | null;
}

export interface PresenceOwner {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
}

export const MAX_STATE_CHARS = 4096;
export const MAX_CLIENTS = 4;
const MAX_COLOR_CHARS = 32;

/** null when the bytes are not an awareness update (the connection then closes with bad_message). */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] | null {
  try {
    const d = decoding.createDecoder(update);
    const entries: AwarenessEntry[] = [];
    for (let n = decoding.readVarUint(d); n > 0; n--) {
      const clientID = decoding.readVarUint(d);
      const clock = decoding.readVarUint(d);
      const text = decoding.readVarString(d);
      const parsed: unknown = text.length > MAX_STATE_CHARS ? {} : JSON.parse(text); // P3
      // Anything but an object or null names no user: as {} it is dropped by P1.
      const object = typeof parsed === 'object' && !Array.isArray(parsed);
      entries.push({ clientID, clock, state: object ? (parsed as Record<string, unknown> | null) : {} });
    }
    return decoding.hasContent(d) ? null : entries;
  } catch {
    return null;
  }
}

export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const { clientID, clock, state } of entries) {
    encoding.writeVarUint(e, clientID);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

/** P1: the state as the room keeps it, or null when it is not the owner's. */
function stamped(state: Record<string, unknown>, owner: PresenceOwner): Record<string, unknown> | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null || (user as { id?: unknown }).id !== owner.userId)
    return null;
  const color = (user as { color?: unknown }).color;
  return {
    ...state,
    user: {
      id: owner.userId,
      name: owner.name,
      role: owner.role,
      color: typeof color === 'string' && color.length <= MAX_COLOR_CHARS ? color : '',
    },
  };
}

/**
 * The entries of `entries` the room applies for `owner`, who speaks for the clientIDs `mine`;
 * `spokenForByOther(clientID)` tells whether another connection of the room does (P2).
 */
export function admitPresence(
  entries: readonly AwarenessEntry[],
  owner: PresenceOwner,
  mine: ReadonlySet<number>,
  spokenForByOther: (clientID: number) => boolean,
): AwarenessEntry[] {
  const kept: AwarenessEntry[] = [];
  const claimed = new Set(mine);
  for (const entry of entries) {
    if (spokenForByOther(entry.clientID)) continue; // P2
    if (entry.state === null) {
      kept.push(entry);
      continue;
    }
    const state = stamped(entry.state, owner); // P1
    if (state === null || (!claimed.has(entry.clientID) && claimed.size >= MAX_CLIENTS)) continue; // P4
    claimed.add(entry.clientID);
    kept.push({ ...entry, state });
  }
  return kept;
}
