import type { ApiResult } from './api-result';

/**
 * A sign-out the server has not heard of yet (security review, issue 5 leftover). Signing out
 * offline wipes the device, but the session's httpOnly cookies stay in the browser and the server
 * session stays valid until it expires: anyone holding the device could renew it. Invariants:
 *  PL1. The wipe marks the logout pending unless the server confirmed it (marked outside the
 *       session's storage, so the wipe does not clear it).
 *  PL2. The pending logout is sent at the next start online and whenever the network comes back;
 *       only an answer from the server clears it (logout answers 204 with or without a session).
 *  PL3. It is sent before any new sign-in: a sign-in replaces the cookies, after which nothing on
 *       the device could name the old session any more.
 */
export const PENDING_LOGOUT_KEY = 'motcua.pendingLogout';

export interface PendingLogoutDeps {
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  readonly signOut: () => Promise<ApiResult<undefined>>;
  readonly online: () => boolean;
}

export const markPendingLogout = (d: Pick<PendingLogoutDeps, 'storage'>): void =>
  d.storage.setItem(PENDING_LOGOUT_KEY, '1'); // PL1

export const hasPendingLogout = (d: Pick<PendingLogoutDeps, 'storage'>): boolean =>
  d.storage.getItem(PENDING_LOGOUT_KEY) !== null;

/** PL2/PL3: true when nothing is pending any more. */
export async function flushPendingLogout(d: PendingLogoutDeps): Promise<boolean> {
  if (!hasPendingLogout(d)) return true;
  if (!d.online()) return false;
  const result = await d.signOut();
  // Done when the server ended it, or says there is no session left to end; kept on no answer,
  // a rate limit or a server failure.
  const done = result.ok || result.error.status === 401 || result.error.status === 403;
  if (done) d.storage.removeItem(PENDING_LOGOUT_KEY);
  return done;
}
