import type { z } from 'zod';
import {
  CodeBlocksAnswerSchema,
  issueFromGrants,
  remainingOn,
  type BlockGrant,
  type CodeBlocksAnswer,
  type DeviceCodeError,
  isAllocatorState,
  type SerialAllocatorState,
} from '../../shared/dossier-code';

/**
 * Dossier codes issued on this device, offline, from blocks the server granted it
 * (shared/dossier-code/scheme.ts, blocks-api.ts, device-blocks.ts). Invariants:
 *  K1. Codes come only from blocks in the server's answer, kept in `motcua.codeBlocks` (the last
 *      answer: the session, its unit and its grants) or from a day's allocator already saved.
 *      No answer yet (never online since sign-in) means `no_block`: the screen asks to connect.
 *  K2. One saved allocator per unit (`motcua.codeAllocator.<unit>`) for its current day; it is
 *      continued across sessions (device-blocks.ts DB2), so a re-sign-in the same day cannot
 *      restart the serials of blocks this device already used.
 *  K3. The allocator state is advanced and saved BEFORE the dossier is written: a crash between
 *      the two skips a serial (harmless) rather than issuing it twice (scheme B4 asks for one
 *      transaction; localStorage and IndexedDB cannot share one, so we err on the safe side).
 *      Tabs of one device share the state: the caller serialises issuing (intake.ts).
 * localStorage, not RxDB: it is read and written synchronously, so K3 holds without awaiting.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const BLOCKS_KEY = 'motcua.codeBlocks';
export const allocatorKey = (unitCode: string): string => `motcua.codeAllocator.${unitCode}`;

const parse = <T>(raw: string | null, schema: z.ZodType<T>): T | null => {
  if (raw === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

const savedState = (storage: KeyValueStorage, unitCode: string): SerialAllocatorState | null => {
  try {
    const raw = storage.getItem(allocatorKey(unitCode));
    const v: unknown = raw === null ? null : JSON.parse(raw);
    return isAllocatorState(v) ? v : null;
  } catch {
    return null;
  }
};

export const storedBlocks = (storage: KeyValueStorage): CodeBlocksAnswer | null =>
  parse(storage.getItem(BLOCKS_KEY), CodeBlocksAnswerSchema);

/** Keeps the server's latest answer (K1). */
export const storeBlocks = (storage: KeyValueStorage, answer: CodeBlocksAnswer): void =>
  storage.setItem(BLOCKS_KEY, JSON.stringify(answer));

/** The grants of the stored answer when it is for `unitCode` (K1); the queue numbers from them too. */
export const grantsFor = (storage: KeyValueStorage, unitCode: string): readonly BlockGrant[] => {
  const answer = storedBlocks(storage);
  return answer !== null && answer.unitCode === unitCode ? answer.grants : [];
};

/** Serials this device can still issue for `unitCode` on `day` (YYMMDD). */
export const remainingCodes = (storage: KeyValueStorage, unitCode: string, day: string): number =>
  remainingOn(savedState(storage, unitCode), unitCode, grantsFor(storage, unitCode), day);

export type IssueResult =
  | { readonly ok: true; readonly code: string; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: DeviceCodeError };

/** Issues and records a code (K1–K3). */
export function issueCode(storage: KeyValueStorage, unitCode: string, receivedAt: string): IssueResult {
  const result = issueFromGrants(
    savedState(storage, unitCode),
    unitCode,
    grantsFor(storage, unitCode),
    receivedAt,
  );
  if (result.ok) storage.setItem(allocatorKey(unitCode), JSON.stringify(result.state)); // K3
  return result;
}

/**
 * The device's random id and a stable block in 1–49 derived from it. No longer used for dossier
 * codes (K1); kept for the queue's provisional ticket numbers (client/queue/ticket-number.ts
 * T1'), used only while the device holds no grant for its unit.
 */
export const DEVICE_ID_KEY = 'motcua.deviceId';

export function deviceIdOf(storage: KeyValueStorage, newId: () => string): string {
  const known = storage.getItem(DEVICE_ID_KEY);
  if (known !== null && known !== '') return known;
  const id = newId();
  storage.setItem(DEVICE_ID_KEY, id);
  return id;
}

/** FNV-1a of the device id into 1–49: tiny, stable, well spread. */
export function homeBlockOf(deviceId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < deviceId.length; i++) {
    h ^= deviceId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 1 + (h % 49);
}
