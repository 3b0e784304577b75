import { parsePinRecord, type PinRecord } from './pin';

/**
 * Where the PIN's hash and the count of wrong tries live: localStorage, so both survive a reload
 * (restarting the app must not reset the tries). Only a salted PBKDF2 hash (pin.ts).
 */
const PIN_KEY = 'motcua.pin';
const FAILURES_KEY = 'motcua.pin.failures';

const get = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const put = (key: string, value: string | null): void => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the PIN lasts for this visit only.
  }
};

/** The PIN of `userId`; a record left by another account does not count. */
export function readPin(userId: string): PinRecord | null {
  const record = parsePinRecord(get(PIN_KEY));
  return record?.userId === userId ? record : null;
}
export const savePin = (record: PinRecord): void => {
  put(PIN_KEY, JSON.stringify(record));
  put(FAILURES_KEY, null);
};
export const pinFailures = (): number => Number(get(FAILURES_KEY) ?? 0) || 0;
export const setPinFailures = (n: number): void => put(FAILURES_KEY, n === 0 ? null : String(n));
export function clearPin(): void {
  put(PIN_KEY, null);
  put(FAILURES_KEY, null);
}
