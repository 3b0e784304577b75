import { createHash, randomBytes } from 'node:crypto';
import { sign, verify } from 'hono/jwt';

/**
 * Access tokens: short-lived HS256 JWTs naming a user and a session. Verification pins the
 * algorithm (no `alg: none`, no key confusion) and checks expiry against the injected clock;
 * whether the session and the user are still valid is checked on every request (authenticate.ts).
 * Refresh tokens: 32 random bytes, opaque; only their SHA-256 is stored.
 */
export const ACCESS_TTL_S = 10 * 60;

export interface AccessClaims {
  readonly userId: string;
  readonly sessionId: string;
}

export async function signAccess(secret: string, claims: AccessClaims, nowMs: number): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  return sign({ sub: claims.userId, sid: claims.sessionId, iat, exp: iat + ACCESS_TTL_S }, secret, 'HS256');
}

/** The claims of a valid, unexpired token, or null; never throws. */
export async function verifyAccess(
  secret: string,
  token: string,
  nowMs: number,
): Promise<AccessClaims | null> {
  try {
    const payload = await verify(token, secret, { alg: 'HS256', exp: false, iat: false, nbf: false });
    const { sub, sid, exp } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || typeof exp !== 'number') return null;
    if (exp * 1000 <= nowMs) return null;
    return { userId: sub, sessionId: sid };
  } catch {
    return null;
  }
}

export const newRefreshToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');
