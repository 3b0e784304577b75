import type { AuthBody, PublicUser, SessionInfo } from './schemas';

/**
 * What the device keeps about who is signed in, so the app opens offline: the public profile and
 * how long the device may work without the server. Never a token (those are httpOnly cookies),
 * never a password or PIN. Versioned so a later shape can be told apart.
 *
 * Validated in full (schemas.ts) when it arrives from the server; reading it back checks the
 * envelope by hand, because this module is on the first paint and zod is not (bundle budget).
 */
export interface StoredSession {
  readonly v: 1;
  readonly user: PublicUser;
  readonly session: SessionInfo;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown): x is string => typeof x === 'string' && x !== '';

function isStoredSession(x: unknown): x is StoredSession {
  if (!isRecord(x) || x['v'] !== 1 || !isRecord(x['user']) || !isRecord(x['session'])) return false;
  const { user, session } = x;
  return (
    isText(user['id']) &&
    isText(user['username']) &&
    typeof user['displayName'] === 'string' &&
    isText(user['role']) &&
    isText(user['scope']) &&
    isText(session['id']) &&
    isText(session['offlineUntil'])
  );
}

export const toStored = (body: AuthBody): StoredSession => ({ v: 1, user: body.user, session: body.session });

/** Reads what was stored; anything unreadable counts as signed out (never a crash). */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isStoredSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export type SessionPhase = 'signed_out' | 'active' | 'expired';

/** X1: a stored session is usable offline until `offlineUntil`, excluded; after it, expired. */
export function sessionPhase(stored: StoredSession | null, nowMs: number): SessionPhase {
  if (stored === null) return 'signed_out';
  const until = Date.parse(stored.session.offlineUntil);
  return Number.isNaN(until) || nowMs >= until ? 'expired' : 'active';
}

export const userOf = (stored: StoredSession | null): PublicUser | null => stored?.user ?? null;
