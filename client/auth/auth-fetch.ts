import type { FetchLike } from '../sync/transport';
import { AuthBodySchema, type AuthBody } from './schemas';

export const REFRESH_URL = '/api/auth/refresh';

export interface AuthFetchDeps {
  readonly fetch: FetchLike;
  /** The current UI language, sent as Accept-Language so errors come back in it. */
  readonly language: () => string;
  /** Runs `fn` alone among this device's tabs (Web Locks); tests pass `(fn) => fn()`. */
  readonly exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly now: () => number;
  /** When a refresh last succeeded on this device, any tab (ms; 0 = never). */
  readonly lastRefreshAt: () => number;
  /** A refresh succeeded: store the rotated session (offlineUntil moves on) and its time. */
  readonly onRefreshed: (body: AuthBody, at: number) => void;
  /** The server says the session is over (refresh answered 401): sign out and wipe. */
  readonly onSessionEnded: () => void;
}

/**
 * fetch for the app's own API with the session cookies. Invariants:
 *  A1. Every request is same-origin with credentials and carries Accept-Language.
 *  A2. A 401 leads to at most one refresh and one retry of that request; the retry's answer is
 *      final, whatever it is.
 *  A3. Refreshes are single-flight: concurrent 401s in this tab share one, and across tabs the
 *      refresh runs under a lock and is skipped when another tab refreshed after our request was
 *      sent (the refresh token rotates; presenting a used one would end the session).
 *  A4. Only a 401 from the refresh itself ends the session; a network failure or 5xx there
 *      leaves the session alone and the caller sees the original 401 (sync retries later).
 */
export function createAuthFetch(deps: AuthFetchDeps): FetchLike {
  const send = (input: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('accept-language', deps.language());
    return deps.fetch(input, { ...init, headers, credentials: 'same-origin' }); // A1
  };

  let inflight: Promise<boolean> | null = null;

  const refresh = async (sentAt: number): Promise<boolean> => {
    if (deps.lastRefreshAt() > sentAt) return true; // A3: another request already renewed it
    let res: Response;
    try {
      res = await send(REFRESH_URL, { method: 'POST' });
    } catch {
      return false; // A4
    }
    if (res.status === 401) {
      deps.onSessionEnded(); // A4
      return false;
    }
    if (!res.ok) return false;
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      return false;
    }
    const parsed = AuthBodySchema.safeParse(body);
    if (!parsed.success) return false;
    deps.onRefreshed(parsed.data, deps.now());
    return true;
  };

  const refreshOnce = (sentAt: number): Promise<boolean> => {
    inflight ??= deps
      .exclusive(() => refresh(sentAt))
      .finally(() => {
        inflight = null;
      }); // A3
    return inflight;
  };

  return async (input, init) => {
    const sentAt = deps.now();
    const first = await send(input, init);
    if (first.status !== 401 || input === REFRESH_URL) return first;
    const renewed = await refreshOnce(sentAt);
    return renewed ? send(input, init) : first; // A2
  };
}
