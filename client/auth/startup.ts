import { checkSession, sendPendingLogout } from './auth-api';
import { MAX_PIN_FAILURES } from './idle';
import { pinFailures } from './pin-store';
import { currentPhase, requestSignOut, storedSession } from './session';

/**
 * At every app start with a stored session: online, ask the server (renews the profile and
 * offlineUntil; a 401 after the refresh ends the session, auth-fetch A4); then an offline period
 * that has run out leads to the sign-out flow, which tries once more to renew (signout.tsx S3).
 * An interrupted wipe after too many wrong PINs (lock.ts L4) is resumed before anything else.
 * Before all of it, a logout made offline is sent (pending-logout.ts PL2).
 */
export async function checkSessionOnStart(): Promise<void> {
  // PL2: a sign-out made offline reaches the server now, or when the network comes back.
  window.addEventListener('online', () => void sendPendingLogout());
  await sendPendingLogout();
  if (storedSession() === null) return;
  // L4: a wipe after too many wrong PINs that a reload interrupted is resumed first.
  if (pinFailures() >= MAX_PIN_FAILURES) {
    requestSignOut('pin_failed');
    return;
  }
  if (navigator.onLine) await checkSession();
  if (storedSession() !== null && currentPhase() === 'expired') requestSignOut('offline_expired');
}
