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
  /** Failed sign-ins per username + address (LOGIN2). */
  readonly loginLimiter: RateLimiter;
  readonly addressOf: AddressOf;
}

function answer(c: Context, issued: Issued): Response {
  setSessionCookies(c, issued.access, issued.refresh, issued.refreshMaxAgeS);
  return c.json({ user: issued.user, session: issued.session });
}

/**
 * /api/auth. Invariants:
 *  LOGIN1. Unknown user, wrong password and disabled account all answer 401
 *          `invalid_credentials`, after the same Argon2 work (no enumeration).
 *  LOGIN2. After too many failures for one username from one address: 429 with Retry-After,
 *          before any password is checked. A success clears the count, so people who sign in
 *          often (and the browser tests) are never locked out.
 *  Tokens travel only in httpOnly cookies (cookies.ts); bodies carry the user and session.
 */
export function authRoutes(deps: AuthRoutesDeps): Hono {
  const app = new Hono();
  const { sessions } = deps;

  app.post('/login', async (c) => {
    const body = await jsonBody(c, LoginBodySchema);
    const key = `${body.username}|${deps.addressOf(c)}`;
    const allowed = deps.loginLimiter.peek(key); // LOGIN2
    if (!allowed.ok) throw new ApiError('rate_limited', {}, { 'Retry-After': String(allowed.retryAfterS) });
    const result = await sessions.login(body.username, body.password, body.deviceName ?? 'unnamed device');
    if (!result.ok) {
      deps.loginLimiter.hit(key);
      throw new ApiError('invalid_credentials'); // LOGIN1
    }
    deps.loginLimiter.reset(key);
    return answer(c, result.value);
  });

  app.post('/refresh', async (c) => {
    await jsonBody(c, z.object({}), {});
    const result = await sessions.refresh(refreshCookie(c));
    if (!result.ok) {
      clearSessionCookies(c);
      throw new ApiError('session_expired');
    }
    return answer(c, result.value);
  });

  // Works with an expired access token too: the refresh cookie names the session to end.
  app.post('/logout', async (c) => {
    await jsonBody(c, z.object({}), {});
    const resolved = await sessions.resolve(accessCookie(c));
    const target = resolved !== null ? { sessionId: resolved.session.id, userId: resolved.account.id } : await sessions.sessionOfRefresh(refreshCookie(c));
    if (target !== null) await sessions.logout(target.sessionId, target.userId);
    clearSessionCookies(c);
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
      list.map((s) => ({ id: s.id, deviceName: s.deviceName, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, current: s.id === session.id })),
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
