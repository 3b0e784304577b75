import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../../shared/schemas/user';
import type { Account } from '../accounts/account';
import type { AuditLog, Session } from '../accounts/stores';
import { ApiError } from '../api-error';
import { accessCookie } from './cookies';
import type { Principal } from './principal';
import type { SessionService } from './session-service';

export interface Authenticated {
  readonly principal: Principal;
  readonly account: Account;
  readonly session: Session;
}

declare module 'hono' {
  interface ContextVariableMap {
    auth: Authenticated;
  }
}

/**
 * The one place a request becomes a Principal (SESSION1 in session-service.ts). 401
 * `unauthenticated` when there is no valid session — the sync client maps 401 to "sign in".
 */
export function authenticate(sessions: SessionService): MiddlewareHandler {
  return async (c, next) => {
    const resolved = await sessions.resolve(accessCookie(c));
    if (resolved === null) throw new ApiError('unauthenticated');
    c.set('auth', resolved);
    await next();
  };
}

/** The signed-in caller; only call behind `authenticate`. */
export function authOf(c: Context): Authenticated {
  const auth = c.get('auth') as Authenticated | undefined;
  if (auth === undefined) throw new ApiError('unauthenticated');
  return auth;
}

/**
 * 403 `forbidden` for a signed-in caller whose role may not use the route, audited as a denial
 * (target: method and path, never query values).
 */
export function requireRole(audit: AuditLog, now: () => number, roles: readonly Role[]): MiddlewareHandler {
  return async (c, next) => {
    const { principal } = authOf(c);
    if (!roles.includes(principal.role)) {
      await audit.record({
        at: new Date(now()).toISOString(),
        actorId: principal.userId,
        action: 'access_denied',
        target: `${c.req.method} ${c.req.path}`,
        outcome: 'denied',
      });
      throw new ApiError('forbidden');
    }
    await next();
  };
}
