import type Database from 'better-sqlite3';
import type { RefreshTokenRow, Session, SessionStore } from './stores';

interface SessionRow {
  id: string;
  user_id: string;
  device_name: string;
  created_at: string;
  last_seen_at: string;
  offline_until: string;
  revoked_at: string | null;
}

const toSession = (r: SessionRow): Session => ({
  id: r.id,
  userId: r.user_id,
  deviceName: r.device_name,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  offlineUntil: r.offline_until,
  revokedAt: r.revoked_at,
});

export class SqliteSessionStore implements SessionStore {
  private readonly stmt;
  private readonly rotateTx;
  private readonly createTx;
  private readonly revokeAllTx;

  constructor(db: Database.Database) {
    const stmt = {
      insert: db.prepare<[string, string, string, string, string, string]>(
        'INSERT INTO sessions (id, user_id, device_name, created_at, last_seen_at, offline_until) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertToken: db.prepare<[string, string, string]>(
        'INSERT INTO refresh_tokens (hash, session_id, created_at) VALUES (?, ?, ?)',
      ),
      get: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      active: db.prepare<[string, string], SessionRow>(
        'SELECT * FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND offline_until > ? ORDER BY created_at',
      ),
      token: db.prepare<[string], { session_id: string; used_at: string | null }>(
        'SELECT session_id, used_at FROM refresh_tokens WHERE hash = ?',
      ),
      useToken: db.prepare<[string, string, string]>(
        'UPDATE refresh_tokens SET used_at = ? WHERE hash = ? AND session_id = ? AND used_at IS NULL',
      ),
      extend: db.prepare<[string, string, string]>(
        'UPDATE sessions SET last_seen_at = ?, offline_until = ? WHERE id = ?',
      ),
      touch: db.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
      revoke: db.prepare<[string, string]>(
        'UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
      ),
      openOf: db.prepare<[string], { id: string }>(
        'SELECT id FROM sessions WHERE user_id = ? AND revoked_at IS NULL',
      ),
    };
    this.stmt = stmt;
    this.createTx = db.transaction((s: Omit<Session, 'revokedAt'>, hash: string) => {
      stmt.insert.run(s.id, s.userId, s.deviceName, s.createdAt, s.lastSeenAt, s.offlineUntil);
      stmt.insertToken.run(hash, s.id, s.createdAt);
    });
    this.rotateTx = db.transaction(
      (id: string, oldHash: string, newHash: string, at: string, until: string): boolean => {
        if (stmt.useToken.run(at, oldHash, id).changes !== 1) return false;
        stmt.insertToken.run(newHash, id, at);
        stmt.extend.run(at, until, id);
        return true;
      },
    );
    this.revokeAllTx = db.transaction((userId: string, at: string): string[] => {
      const ids = stmt.openOf.all(userId).map((r) => r.id);
      for (const id of ids) stmt.revoke.run(at, id);
      return ids;
    });
  }

  create(session: Omit<Session, 'revokedAt'>, tokenHash: string): Promise<void> {
    this.createTx(session, tokenHash);
    return Promise.resolve();
  }

  get(id: string): Promise<Session | undefined> {
    const r = this.stmt.get.get(id);
    return Promise.resolve(r === undefined ? undefined : toSession(r));
  }

  activeOf(userId: string, now: string): Promise<readonly Session[]> {
    return Promise.resolve(this.stmt.active.all(userId, now).map(toSession));
  }

  token(hash: string): Promise<RefreshTokenRow | undefined> {
    const r = this.stmt.token.get(hash);
    return Promise.resolve(r === undefined ? undefined : { sessionId: r.session_id, usedAt: r.used_at });
  }

  rotate(
    sessionId: string,
    oldHash: string,
    newHash: string,
    at: string,
    offlineUntil: string,
  ): Promise<boolean> {
    return Promise.resolve(this.rotateTx(sessionId, oldHash, newHash, at, offlineUntil));
  }

  touch(id: string, at: string): Promise<void> {
    this.stmt.touch.run(at, id);
    return Promise.resolve();
  }

  revoke(id: string, at: string): Promise<void> {
    this.stmt.revoke.run(at, id);
    return Promise.resolve();
  }

  revokeAllOf(userId: string, at: string): Promise<readonly string[]> {
    return Promise.resolve(this.revokeAllTx(userId, at));
  }
}
