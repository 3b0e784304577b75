/**
 * The local PIN that unlocks the app after idling. It never leaves the device and is never stored:
 * only PBKDF2-SHA-256 of it with a random 16-byte salt. PIN1: 4–6 digits. PIN2: iterations are
 * stored with the hash, so a later release can raise them for new PINs and still read old ones.
 * A 4–6 digit PIN cannot resist an attacker who copies the device's storage (10^6 guesses); it
 * guards an unattended, unlocked app, and 5 wrong tries wipe the device (lock.ts).
 */
export const PIN_ITERATIONS = 310_000;
export const PIN_PATTERN = /^\d{4,6}$/;

export interface PinRecord {
  readonly v: 1;
  readonly userId: string;
  readonly salt: string; // base64
  readonly hash: string; // base64, 32 bytes
  readonly iterations: number;
}

export const isValidPin = (pin: string): boolean => PIN_PATTERN.test(pin); // PIN1

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashPin(
  pin: string,
  userId: string,
  opts: { readonly iterations?: number; readonly salt?: Uint8Array<ArrayBuffer> } = {},
): Promise<PinRecord> {
  if (!isValidPin(pin)) throw new Error('pin_invalid');
  const salt = opts.salt ?? crypto.getRandomValues(new Uint8Array(16));
  const iterations = opts.iterations ?? PIN_ITERATIONS;
  const hash = await derive(pin, salt, iterations);
  return { v: 1, userId, salt: toBase64(salt), hash: toBase64(hash), iterations };
}

/** Constant-time over the hash length, so the comparison leaks nothing about the stored hash. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const hash = await derive(pin, fromBase64(record.salt), record.iterations);
  return sameBytes(hash, fromBase64(record.hash));
}

export function parsePinRecord(raw: string | null): PinRecord | null {
  if (raw === null) return null;
  try {
    const r = JSON.parse(raw) as Partial<PinRecord> | null;
    const ok =
      r !== null &&
      r.v === 1 &&
      typeof r.userId === 'string' &&
      typeof r.salt === 'string' &&
      typeof r.hash === 'string' &&
      typeof r.iterations === 'number' &&
      r.iterations >= 100_000;
    return ok ? (r as PinRecord) : null;
  } catch {
    return null;
  }
}
