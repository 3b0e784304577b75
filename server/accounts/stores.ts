import type { Account } from './account';

/**
 * What the accounts work needs from storage: users, sessions and the audit log. Promise-returning
 * so that a PostgreSQL adapter fits beside the SQLite one (sqlite-*.ts).
 */
export type AccountPatch = Partial<Omit<Account, 'id' | 'username' | 'createdAt'>> & {
  readonly updatedAt: string;
};

export interface UserStore {
  count(): Promise<number>;
  byId(id: string): Promise<Account | undefined>;
  byUsername(username: string): Promise<Account | undefined>;
  list(): Promise<readonly Account[]>;
  /** `taken` when the username exists already (usernames are unique). */
  insert(account: Account): Promise<'ok' | 'taken'>;
  /** Fields set to `undefined` in the patch are cleared. */
  update(id: string, patch: AccountPatch): Promise<Account | undefined>;
}

export interface Session {
  readonly id: string;
  readonly userId: string;
  readonly deviceName: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  /** End of the offline period: the refresh token and the device's data expire then. */
  readonly offlineUntil: string;
  readonly revokedAt: string | null;
}

/** A refresh token as stored: only its SHA-256, never the token (a database leak signs nobody in). */
export interface RefreshTokenRow {
  readonly sessionId: string;
  readonly usedAt: string | null;
}

export interface SessionStore {
  create(session: Omit<Session, 'revokedAt'>, tokenHash: string): Promise<void>;
  get(id: string): Promise<Session | undefined>;
  /** Sessions of a user that are neither revoked nor past their offline period at `now`. */
  activeOf(userId: string, now: string): Promise<readonly Session[]>;
  token(hash: string): Promise<RefreshTokenRow | undefined>;
  /**
   * Marks `oldHash` used and stores `newHash`, extending the offline period — atomically, and only
   * if `oldHash` was still unused (false otherwise: another request rotated it first).
   */
  rotate(
    sessionId: string,
    oldHash: string,
    newHash: string,
    at: string,
    offlineUntil: string,
  ): Promise<boolean>;
  touch(id: string, at: string): Promise<void>;
  revoke(id: string, at: string): Promise<void>;
  /** Revokes every open session of a user; returns their ids (to close their streams). */
  revokeAllOf(userId: string, at: string): Promise<readonly string[]>;
}

export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_out',
  'refresh_token_reuse',
  'session_revoked',
  'access_denied',
  'view_personal_data',
  'export',
  'user_created',
  'user_updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_OUTCOMES = ['ok', 'failed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One audit entry. Invariant AU1: `target` names things (a username, a dossier code, a route, a
 * session id), never personal data — no CCCD, phone, password or token is ever written here.
 */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly target: string;
  readonly outcome: AuditOutcome;
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** Newest first; `before` is an entry id to page back from. */
  list(query: { readonly limit: number; readonly before?: number }): Promise<readonly AuditEntry[]>;
}
