import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ACCESS_TTL_S } from './tokens';

/**
 * The two session cookies. httpOnly (scripts never see a token), SameSite=Lax (no cross-site
 * POST carries them; with the JSON-only bodies that blocks CSRF), and Secure — always in
 * production, whatever Host a reverse proxy forwards (nginx sends `127.0.0.1` by default);
 * outside production, except on localhost, where the app runs over plain http.
 *  - motcua_at: the access token, sent to the whole API;
 *  - motcua_rt: the refresh token, sent only to /api/auth, lives as long as the offline period.
 */
export const ACCESS_COOKIE = 'motcua_at';
export const REFRESH_COOKIE = 'motcua_rt';
const ACCESS_PATH = '/api';
const REFRESH_PATH = '/api/auth';

function secure(c: Context, production: boolean): boolean {
  if (production) return true;
  const host = new URL(c.req.url).hostname;
  return !(host === 'localhost' || host === '127.0.0.1' || host === '[::1]');
}

const base = (c: Context, production: boolean) => ({
  httpOnly: true,
  sameSite: 'Lax' as const,
  secure: secure(c, production),
});

export function setSessionCookies(
  c: Context,
  access: string,
  refresh: string | null,
  refreshMaxAgeS: number,
  production: boolean,
): void {
  setCookie(c, ACCESS_COOKIE, access, { ...base(c, production), path: ACCESS_PATH, maxAge: ACCESS_TTL_S });
  if (refresh !== null) {
    setCookie(c, REFRESH_COOKIE, refresh, {
      ...base(c, production),
      path: REFRESH_PATH,
      maxAge: Math.max(0, Math.round(refreshMaxAgeS)),
    });
  }
}

export function clearSessionCookies(c: Context, production: boolean): void {
  deleteCookie(c, ACCESS_COOKIE, { ...base(c, production), path: ACCESS_PATH });
  deleteCookie(c, REFRESH_COOKIE, { ...base(c, production), path: REFRESH_PATH });
}

export const accessCookie = (c: Context): string | undefined => getCookie(c, ACCESS_COOKIE);
export const refreshCookie = (c: Context): string | undefined => getCookie(c, REFRESH_COOKIE);
