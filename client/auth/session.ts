import { accessChanged } from './access-change';
import { createRoot, createSignal, type Accessor } from 'solid-js';
import type { PublicUser, AuthBody } from './schemas';
import type { SignOutReason } from './sign-out-reason';
import {
  parseStoredSession,
  sessionPhase,
  toStored,
  type SessionPhase,
  type StoredSession,
} from './stored-session';

/**
 * The signed-in user on this device, as Solid signals. Kept in localStorage (stored-session.ts:
 * the public profile and offlineUntil, never a token) so the app knows it synchronously at first
 * paint, offline included. Another tab signing in or out updates this one (`storage` event).
 */
export const SESSION_KEY = 'motcua.session';
export const REFRESHED_AT_KEY = 'motcua.auth.refreshedAt';

const read = (): StoredSession | null => {
  try {
    return parseStoredSession(localStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
};

const state = createRoot(() => {
  const [stored, setStored] = createSignal<StoredSession | null>(read());
  const [ending, setEnding] = createSignal<SignOutReason | null>(null);
  if (typeof window !== 'undefined')
    window.addEventListener('storage', (e) => {
      if (e.key === SESSION_KEY || e.key === null) setStored(read());
    });
  return { stored, setStored, ending, setEnding };
});

export const storedSession: Accessor<StoredSession | null> = state.stored;
export const currentUser = (): PublicUser | null => state.stored()?.user ?? null;
export const currentPhase = (): SessionPhase => sessionPhase(state.stored(), Date.now());

export function saveSession(body: AuthBody): void {
  const stored = toStored(body);
  const before = state.stored()?.user;
  // The device holds the old scope's dossiers: sign out and wipe (access-change.ts). The old
  // profile stays stored until the wipe, so a reload before it sees the change again.
  if (before !== undefined && accessChanged(before, stored.user)) {
    requestSignOut('access_changed');
    return;
  }
  state.setStored(stored);
  try {
    localStorage.setItem(SESSION_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the session still holds for this visit.
  }
}

export function clearSession(): void {
  state.setStored(null);
  state.setEnding(null);
  try {
    localStorage.removeItem(SESSION_KEY);
    localStorage.removeItem(REFRESHED_AT_KEY);
  } catch {
    // Nothing stored to remove.
  }
}

/** A sign-out the app must carry out (session ended, PIN failures); the shell navigates to it. */
export const pendingSignOut: Accessor<SignOutReason | null> = state.ending;
export function requestSignOut(reason: SignOutReason): void {
  if (state.stored() !== null && state.ending() === null) state.setEnding(reason);
}
export const signOutHandled = (): void => {
  state.setEnding(null);
};

export function lastRefreshAt(): number {
  try {
    return Number(localStorage.getItem(REFRESHED_AT_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}
export function markRefreshed(at: number): void {
  try {
    localStorage.setItem(REFRESHED_AT_KEY, String(at));
  } catch {
    // Best effort: a missing mark only costs a redundant refresh.
  }
}
