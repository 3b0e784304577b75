import { locale } from '../i18n/locale';
import type { FetchLike } from '../sync/transport';
import { createAuthFetch } from './auth-fetch';
import { lastRefreshAt, markRefreshed, requestSignOut, saveSession, storedSession } from './session';

/** Serialises refreshes across this device's tabs (auth-fetch.ts A3); one tab if unsupported. */
const exclusive = <T>(fn: () => Promise<T>): Promise<T> =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? navigator.locks.request('motcua-auth-refresh', fn)
    : fn();

/** The page's fetch for /api: session cookies, Accept-Language, one refresh on 401. */
export const appFetch: FetchLike = createAuthFetch({
  fetch: (input, init) => fetch(input, init),
  language: () => locale(),
  exclusive,
  now: () => Date.now(),
  lastRefreshAt,
  onRefreshed: (body, at) => {
    // A refresh answered for another account than the one stored is not ours to keep.
    if (storedSession()?.user.id !== body.user.id) return;
    saveSession(body);
    markRefreshed(at);
  },
  onSessionEnded: () => requestSignOut('session_ended'),
});
