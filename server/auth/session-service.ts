import { toPublicUser, type Account, type PublicUser } from '../accounts/account';
import type { PasswordHasher } from '../accounts/password';
import type { AuditLog, Session, SessionStore, UserStore } from '../accounts/stores';
import { principalOf, type Principal } from './principal';
import type { StreamRegistry } from './stream-registry';
import { hashToken, newRefreshToken, signAccess, verifyAccess } from './tokens';

export interface SessionServiceDeps {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly audit: AuditLog;
  readonly hasher: PasswordHasher;
  readonly streams: StreamRegistry;
  readonly secret: string;
  readonly offlineDays: number;
  readonly now: () => number;
  readonly newId: () => string;
}

/** What a successful sign-in or refresh hands to the route: the body and the cookies' values. */
export interface Issued {
  readonly user: PublicUser;
  readonly session: { readonly id: string; readonly offlineUntil: string };
  readonly access: string;
  /** null when the refresh token was not rotated (REFRESH3): the cookie stays as it is. */
  readonly refresh: string | null;
  readonly refreshMaxAgeS: number;
}

export type AuthResult<T, R extends string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: R };

const DAY_MS = 24 * 60 * 60 * 1000;
/** Touching last-seen on every request would write on every read; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;
/** REFRESH3: two tabs refreshing with the same cookie at once must not look like theft. */
export const REFRESH_GRACE_MS = 10_000;

/**
 * Sign-in, refresh, sign-out and per-request session checks. Invariants:
 *  REFRESH1. A refresh token works once: refreshing rotates it and extends the offline period.
 *  REFRESH2. Presenting a used token again (after the grace period) means it was copied: the
 *            whole session is revoked and its streams closed (theft detection).
 *  REFRESH3. Within REFRESH_GRACE_MS of its use, a used token gets a new access token but no new
 *            refresh token: concurrent refreshes from one browser both succeed, and the cookie
 *            the first one set stays the live one.
 *  SESSION1. Every request re-reads the session and the account: revoked, past its offline
 *            period, or a disabled account → unauthenticated at once.
 */
export class SessionService {
  constructor(private readonly d: SessionServiceDeps) {}

  private iso(ms = this.d.now()): string {
    return new Date(ms).toISOString();
  }

  async login(
    username: string,
    password: string,
    deviceName: string,
  ): Promise<AuthResult<Issued, 'invalid_credentials'>> {
    const account = await this.d.users.byUsername(username);
    if (account === undefined) {
      await this.d.hasher.burn(password); // same time as a wrong password: no enumeration
      await this.audit(null, 'sign_in', 'unknown_user', 'failed'); // a typo could be a phone number: never stored
      return { ok: false, reason: 'invalid_credentials' };
    }
    const valid = await this.d.hasher.verify(password, account.passwordHash);
    if (!valid || account.disabled) {
      await this.audit(account.id, 'sign_in', `user:${account.username}`, 'failed');
      return { ok: false, reason: 'invalid_credentials' };
    }
    const now = this.d.now();
    const session: Omit<Session, 'revokedAt'> = {
      id: this.d.newId(),
      userId: account.id,
      deviceName,
      createdAt: this.iso(now),
      lastSeenAt: this.iso(now),
      offlineUntil: this.iso(now + this.d.offlineDays * DAY_MS),
    };
    const refresh = newRefreshToken();
    await this.d.sessions.create(session, hashToken(refresh));
    await this.audit(account.id, 'sign_in', `user:${account.username}`, 'ok');
    return { ok: true, value: await this.issue(account, session, refresh) };
  }

  async refresh(token: string | undefined): Promise<AuthResult<Issued, 'session_expired'>> {
    const expired = { ok: false, reason: 'session_expired' } as const;
    if (token === undefined || token === '') return expired;
    const hash = hashToken(token);
    const row = await this.d.sessions.token(hash);
    if (row === undefined) return expired;
    const live = await this.liveSession(row.sessionId);
    if (live === null) return expired;
    const { session, account } = live;
    const now = this.d.now();
    if (row.usedAt !== null) {
      if (now - Date.parse(row.usedAt) <= REFRESH_GRACE_MS)
        return { ok: true, value: await this.issue(account, session, null) }; // REFRESH3
      await this.endSessions([session.id]); // REFRESH2
      await this.audit(account.id, 'refresh_token_reuse', `session:${session.id}`, 'denied');
      return expired;
    }
    const next = newRefreshToken();
    const offlineUntil = this.iso(now + this.d.offlineDays * DAY_MS);
    const rotated = await this.d.sessions.rotate(
      session.id,
      hash,
      hashToken(next),
      this.iso(now),
      offlineUntil,
    ); // REFRESH1
    if (!rotated) return { ok: true, value: await this.issue(account, session, null) }; // lost a race: REFRESH3
    return { ok: true, value: await this.issue(account, { ...session, offlineUntil }, next) };
  }

  async logout(sessionId: string, userId: string): Promise<void> {
    await this.endSessions([sessionId]);
    await this.audit(userId, 'sign_out', `session:${sessionId}`, 'ok');
  }

  /** The session a refresh token belongs to, if it is live; for sign-out with an expired access token. */
  async sessionOfRefresh(token: string | undefined): Promise<{ sessionId: string; userId: string } | null> {
    if (token === undefined || token === '') return null;
    const row = await this.d.sessions.token(hashToken(token));
    const live = row === undefined ? null : await this.liveSession(row.sessionId);
    return live === null ? null : { sessionId: live.session.id, userId: live.account.id };
  }

  /** SESSION1: the principal of a valid access token whose session and account are still good. */
  async resolve(
    accessToken: string | undefined,
  ): Promise<{ principal: Principal; account: Account; session: Session } | null> {
    if (accessToken === undefined || accessToken === '') return null;
    const claims = await verifyAccess(this.d.secret, accessToken, this.d.now());
    if (claims === null) return null;
    const live = await this.liveSession(claims.sessionId);
    if (live === null || live.account.id !== claims.userId) return null;
    const now = this.d.now();
    if (now - Date.parse(live.session.lastSeenAt) > TOUCH_EVERY_MS)
      await this.d.sessions.touch(live.session.id, this.iso(now));
    return { principal: principalOf(live.account, live.session.id), ...live };
  }

  async devices(userId: string): Promise<readonly Session[]> {
    return this.d.sessions.activeOf(userId, this.iso());
  }

  /** Revokes one of the user's own sessions; false when it is not theirs or not open. */
  async revokeDevice(userId: string, sessionId: string): Promise<boolean> {
    const session = await this.d.sessions.get(sessionId);
    if (session === undefined || session.userId !== userId || session.revokedAt !== null) return false;
    await this.endSessions([sessionId]);
    await this.audit(userId, 'session_revoked', `session:${sessionId}`, 'ok');
    return true;
  }

  /** Ends every session of a user at once (disabled, password reset): their next request is 401. */
  async endAllOf(userId: string): Promise<void> {
    const ids = await this.d.sessions.revokeAllOf(userId, this.iso());
    this.d.streams.closeSessions(ids);
    this.d.streams.closeUser(userId);
  }

  sessionBody(session: Pick<Session, 'id' | 'offlineUntil'>): { id: string; offlineUntil: string } {
    return { id: session.id, offlineUntil: session.offlineUntil };
  }

  private async endSessions(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.d.sessions.revoke(id, this.iso());
    this.d.streams.closeSessions(ids);
  }

  private async liveSession(id: string): Promise<{ session: Session; account: Account } | null> {
    const session = await this.d.sessions.get(id);
    if (
      session === undefined ||
      session.revokedAt !== null ||
      Date.parse(session.offlineUntil) <= this.d.now()
    )
      return null;
    const account = await this.d.users.byId(session.userId);
    if (account === undefined || account.disabled) return null;
    return { session, account };
  }

  private async issue(
    account: Account,
    session: Pick<Session, 'id' | 'offlineUntil'>,
    refresh: string | null,
  ): Promise<Issued> {
    const now = this.d.now();
    return {
      user: toPublicUser(account),
      session: this.sessionBody(session),
      access: await signAccess(this.d.secret, { userId: account.id, sessionId: session.id }, now),
      refresh,
      refreshMaxAgeS: (Date.parse(session.offlineUntil) - now) / 1000,
    };
  }

  private audit(
    actorId: string | null,
    action: 'sign_in' | 'sign_out' | 'refresh_token_reuse' | 'session_revoked',
    target: string,
    outcome: 'ok' | 'failed' | 'denied',
  ): Promise<void> {
    return this.d.audit.record({ at: this.iso(), actorId, action, target, outcome });
  }
}
