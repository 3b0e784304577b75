import { checkSession } from './auth-api';
import { currentPhase, requestSignOut, storedSession } from './session';

/**
 * At every app start with a stored session: online, ask the server (renews the profile and
 * offlineUntil; a 401 after the refresh ends the session, auth-fetch A4); then an offline period
 * that has run out leads to the sign-out flow, which tries once more to renew (signout.tsx S3).
 */
export async function checkSessionOnStart(): Promise<void> {
  if (storedSession() === null) return;
  if (navigator.onLine) await checkSession();
  if (storedSession() !== null && currentPhase() === 'expired') requestSignOut('offline_expired');
}
