import { createRoot, createSignal } from 'solid-js';
import { MAX_PIN_FAILURES, isIdleExpired, parseIdleMinutes, startsLocked } from './idle';
import { hashPin, verifyPin } from './pin';
import { clearPin, pinFailures, readPin, savePin, setPinFailures } from './pin-store';
import { currentUser } from './session';

/**
 * The app lock (idle.ts L1, L2). The unlocked mark and the last activity live in sessionStorage:
 * a reload keeps them, closing and reopening the app forgets them, so the app opens locked.
 * The idle period is a device setting in localStorage (the settings screen).
 */
const UNLOCKED_KEY = 'motcua.lock.unlockedAt';
const ACTIVE_KEY = 'motcua.lock.lastActive';
const IDLE_KEY = 'motcua.lock.idleMinutes';

const session = {
  get: (key: string): number | null => {
    try {
      const raw = sessionStorage.getItem(key);
      return raw === null ? null : Number(raw) || null;
    } catch {
      return null;
    }
  },
  set: (key: string, value: number | null): void => {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, String(value));
    } catch {
      // sessionStorage blocked: the lock state is kept in memory only.
    }
  },
};
const readIdle = (): number => {
  try {
    return parseIdleMinutes(localStorage.getItem(IDLE_KEY));
  } catch {
    return parseIdleMinutes(null);
  }
};

const userHasPin = (): boolean => {
  const user = currentUser();
  return user !== null && readPin(user.id) !== null;
};

const state = createRoot(() => {
  const [locked, setLocked] = createSignal(
    currentUser() !== null &&
      startsLocked({
        hasPin: userHasPin(),
        unlockedAt: session.get(UNLOCKED_KEY),
        lastActiveMs: session.get(ACTIVE_KEY),
        nowMs: Date.now(),
        idleMinutes: readIdle(),
      }),
  );
  const [idleMinutes, setIdleMinutes] = createSignal(readIdle());
  const [pinVersion, setPinVersion] = createSignal(0); // re-evaluates hasPin after a change
  return { locked, setLocked, idleMinutes, setIdleMinutes, pinVersion, setPinVersion };
});

export const isLocked = state.locked;
export const idleMinutes = state.idleMinutes;
export const hasPin = (): boolean => {
  state.pinVersion();
  return userHasPin();
};

export function setIdleMinutes(minutes: number): void {
  const value = parseIdleMinutes(String(minutes));
  state.setIdleMinutes(value);
  try {
    localStorage.setItem(IDLE_KEY, String(value));
  } catch {
    // Applies for this visit.
  }
}

let lastActive = session.get(ACTIVE_KEY) ?? Date.now();
let lastPersisted = 0;

function markActive(now: number): void {
  lastActive = now;
  if (now - lastPersisted > 5_000) {
    lastPersisted = now;
    session.set(ACTIVE_KEY, now);
  }
}

function markUnlocked(): void {
  const now = Date.now();
  session.set(UNLOCKED_KEY, now);
  lastPersisted = 0;
  markActive(now);
  state.setLocked(false);
}

export function lockNow(): void {
  if (!userHasPin()) return;
  session.set(UNLOCKED_KEY, null);
  state.setLocked(true);
}

/** Sets (or changes) the PIN of the signed-in user; the app is unlocked afterwards. */
export async function setPin(pin: string): Promise<void> {
  const user = currentUser();
  if (user === null) throw new Error('not signed in');
  savePin(await hashPin(pin, user.id));
  state.setPinVersion((v) => v + 1);
  markUnlocked();
}

export type UnlockOutcome =
  { readonly kind: 'ok' } | { readonly kind: 'wrong'; readonly left: number } | { readonly kind: 'wipe' };

/** L3: the fifth wrong PIN in a row (counted across reloads) asks for a sign-out with wipe. */
export async function unlock(pin: string): Promise<UnlockOutcome> {
  const user = currentUser();
  const record = user === null ? null : readPin(user.id);
  if (record === null) return { kind: 'wipe' };
  // L4: once the limit is reached no PIN is checked any more — not even the right one — until
  // the wipe has run; a reload during the wipe must not buy another guess.
  if (pinFailures() >= MAX_PIN_FAILURES) return { kind: 'wipe' };
  if (await verifyPin(pin, record)) {
    setPinFailures(0);
    markUnlocked();
    return { kind: 'ok' };
  }
  const failures = pinFailures() + 1;
  setPinFailures(failures);
  return failures >= MAX_PIN_FAILURES
    ? { kind: 'wipe' }
    : { kind: 'wrong', left: MAX_PIN_FAILURES - failures };
}

/** Forgets the PIN and the lock state (part of the wipe). */
export function resetLock(): void {
  clearPin();
  session.set(UNLOCKED_KEY, null);
  session.set(ACTIVE_KEY, null);
  state.setPinVersion((v) => v + 1);
  state.setLocked(false);
}

/**
 * Watches input and locks after the idle period (L1). Checked every second and when the app
 * comes back to the foreground, so a device that slept past the period is locked on waking.
 */
export function watchIdle(): () => void {
  const onInput = (): void => {
    if (!state.locked()) markActive(Date.now());
  };
  const check = (): void => {
    if (!state.locked() && userHasPin() && isIdleExpired(lastActive, Date.now(), state.idleMinutes()))
      lockNow();
  };
  const events = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
  for (const e of events) window.addEventListener(e, onInput, { capture: true, passive: true });
  document.addEventListener('visibilitychange', check);
  const timer = setInterval(check, 1_000);
  return () => {
    for (const e of events) window.removeEventListener(e, onInput, { capture: true });
    document.removeEventListener('visibilitychange', check);
    clearInterval(timer);
  };
}
