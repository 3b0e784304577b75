import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { PublicUserSchema, toPublicUser } from '../accounts/account';
import { ApiError } from '../api-error';
import { jsonBody, param } from '../http/validate';
import { authenticate, authOf } from './authenticate';
import type { AddressOf } from './client-address';
import { accessCookie, clearSessionCookies, refreshCookie, setSessionCookies } from './cookies';
import type { RateLimiter } from './rate-limiter';
import type { Issued, SessionService } from './session-service';

export const LoginBodySchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
  deviceName: z.string().trim().min(1).max(80).optional(),
});

export const SessionBodySchema = z.object({ id: z.string(), offlineUntil: z.iso.datetime() });
export const AuthBodySchema = z.object({ user: PublicUserSchema, session: SessionBodySchema });
export const DeviceSchema = z.object({
  id: z.string(),
  deviceName: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  current: z.boolean(),
});

export interface AuthRoutesDeps {
  readonly sessions: SessionService;
  /** Sign-in attempts per username + address, cleared by a success (LOGIN2). */
  readonly loginLimiter: RateLimiter;
  /** Sign-in attempts per address, whatever the username (LOGIN3). */
  readonly addressLimiter: RateLimiter;
  readonly addressOf: AddressOf;
  /** Production: cookies are always Secure (cookies.ts). */
  readonly production: boolean;
}

function answer(c: Context, issued: Issued, production: boolean): Response {
  setSessionCookies(c, issued.access, issued.refresh, issued.refreshMaxAgeS, production);
  return c.json({ user: issued.user, session: issued.session });
}

/**
 * /api/auth. Invariants:
 *  LOGIN1. Unknown user, wrong password and disabled account all answer 401
 *          `invalid_credentials`, after the same Argon2 work (no enumeration).
 *  LOGIN2. After too many attempts for one username from one address: 429 with Retry-After,
 *          before any password is checked. The attempt is counted BEFORE the check, so parallel
 *          requests cannot all slip through; a success clears the count, so people who sign in
 *          often (and the browser tests) are never locked out.
 *  LOGIN3. Every password check costs ~200 ms of Argon2 on the event loop: attempts per address
 *          (any username) are limited, and at most MAX_CHECKS run at once — beyond that 429 at
 *          once, so a flood of made-up usernames cannot stall the server for everyone.
 *  Tokens travel only in httpOnly cookies (cookies.ts); bodies carry the user and session.
 */
const MAX_CHECKS = 4;

export function authRoutes(deps: AuthRoutesDeps): Hono {
  const app = new Hono();
  const { sessions } = deps;
  let checking = 0;
  const limited = (retryAfterS: number) =>
    new ApiError('rate_limited', {}, { 'Retry-After': String(retryAfterS) });

  app.post('/login', async (c) => {
    const body = await jsonBody(c, LoginBodySchema);
    const address = deps.addressOf(c);
    const key = `${body.username}|${address}`;
    for (const verdict of [deps.addressLimiter.hit(address), deps.loginLimiter.hit(key)]) {
      if (!verdict.ok) throw limited(verdict.retryAfterS); // LOGIN2, LOGIN3
    }
    if (checking >= MAX_CHECKS) throw limited(1); // LOGIN3
    checking++;
    let result: Awaited<ReturnType<typeof sessions.login>>;
    try {
      result = await sessions.login(body.username, body.password, body.deviceName ?? 'unnamed device');
    } finally {
      checking--;
    }
    if (!result.ok) throw new ApiError('invalid_credentials'); // LOGIN1
    deps.loginLimiter.reset(key);
    return answer(c, result.value, deps.production);
  });

  app.post('/refresh', async (c) => {
    await jsonBody(c, z.object({}), {});
    const result = await sessions.refresh(refreshCookie(c));
    if (!result.ok) {
      clearSessionCookies(c, deps.production);
      throw new ApiError('session_expired');
    }
    return answer(c, result.value, deps.production);
  });

  // Works with an expired access token too: the refresh cookie names the session to end.
  app.post('/logout', async (c) => {
    await jsonBody(c, z.object({}), {});
    const resolved = await sessions.resolve(accessCookie(c));
    const target =
      resolved !== null
        ? { sessionId: resolved.session.id, userId: resolved.account.id }
        : await sessions.sessionOfRefresh(refreshCookie(c));
    if (target !== null) await sessions.logout(target.sessionId, target.userId);
    clearSessionCookies(c, deps.production);
    return c.body(null, 204);
  });

  app.use('/me', authenticate(sessions));
  app.get('/me', (c) => {
    const { account, session } = authOf(c);
    return c.json({ user: toPublicUser(account), session: sessions.sessionBody(session) });
  });

  app.use('/devices', authenticate(sessions));
  app.use('/devices/*', authenticate(sessions));
  app.get('/devices', async (c) => {
    const { account, session } = authOf(c);
    const list = await sessions.devices(account.id);
    return c.json(
      list.map((s) => ({
        id: s.id,
        deviceName: s.deviceName,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        current: s.id === session.id,
      })),
    );
  });
  app.delete('/devices/:id', async (c) => {
    const { account } = authOf(c);
    const id = param(c, 'id', z.string().min(1).max(128));
    if (!(await sessions.revokeDevice(account.id, id))) throw new ApiError('not_found'); // someone else's looks like none
    return c.body(null, 204);
  });

  return app;
}
