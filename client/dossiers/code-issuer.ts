import {
  createAllocator,
  issueDossierCode,
  vnDay,
  type AllocatorErrorCode,
  type SerialAllocatorState,
} from '../../shared/dossier-code';

/**
 * Dossier codes issued on this device, offline (shared/dossier-code/scheme.ts).
 *
 * STAND-IN until devices are enrolled with accounts and sync (scheme B2/B3): the server is meant
 * to hand each device a home block per receiving unit and lease overflow blocks. Until then the
 * device derives its home block from a random device id kept in localStorage:
 *  K1. blocks 1–49 only: block 0 is the demo data generator's device and its leases come from the
 *      top (shared/demo/generate.ts), so demo codes and device codes never meet;
 *  K2. two devices can draw the same block (1 in 49 per pair), and then may issue the same code.
 *      That is the known gap the server-assigned home block closes; nothing here may outlive it;
 *  K3. the allocator state is advanced and saved BEFORE the dossier is written: a crash between
 *      the two skips a serial (harmless) rather than issuing it twice (scheme B4 asks for one
 *      transaction; localStorage and IndexedDB cannot share one, so we err on the safe side).
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const DEVICE_ID_KEY = 'motcua.deviceId';
export const allocatorKey = (unitCode: string): string => `motcua.codeAllocator.${unitCode}`;

const FIRST_DEVICE_BLOCK = 1;
const DEVICE_BLOCKS = 49;

/** The device's random id, made once and kept. */
export function deviceIdOf(storage: KeyValueStorage, newId: () => string): string {
  const known = storage.getItem(DEVICE_ID_KEY);
  if (known !== null && known !== '') return known;
  const id = newId();
  storage.setItem(DEVICE_ID_KEY, id);
  return id;
}

/** K1: a stable block in 1–49 from the device id (FNV-1a: tiny, stable, well spread). */
export function homeBlockOf(deviceId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < deviceId.length; i++) {
    h ^= deviceId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return FIRST_DEVICE_BLOCK + (h % DEVICE_BLOCKS);
}

const isState = (v: unknown): v is SerialAllocatorState => {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s['unitCode'] === 'string' &&
    typeof s['day'] === 'string' &&
    Array.isArray(s['blocks']) &&
    s['blocks'].every((b) => typeof b === 'number') &&
    typeof s['issued'] === 'number'
  );
};

const parse = (raw: string | null): unknown => {
  try {
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
};

export type IssueResult =
  | { readonly ok: true; readonly code: string; readonly state: SerialAllocatorState }
  | { readonly ok: false; readonly error: AllocatorErrorCode };

/**
 * Pure core: the next code for `unitCode` at `receivedAt`, continuing `saved` when it is this
 * unit's allocator for that Vietnamese day, else starting the day afresh from the home block.
 */
export function nextCode(
  saved: unknown,
  unitCode: string,
  homeBlock: number,
  receivedAt: string,
): IssueResult {
  const day = vnDay(receivedAt);
  if (day === null) return { ok: false, error: 'day_mismatch' };
  let state: SerialAllocatorState;
  if (isState(saved) && saved.unitCode === unitCode && saved.day === day) state = saved;
  else {
    const fresh = createAllocator(unitCode, day, homeBlock);
    if (!fresh.ok) return { ok: false, error: fresh.error.code };
    state = fresh.state;
  }
  const issued = issueDossierCode(state, receivedAt);
  return issued.ok
    ? { ok: true, code: issued.code, state: issued.state }
    : { ok: false, error: issued.error.code };
}

/** Issues and records a code (K3): one key per unit holding that unit's current day. */
export function issueCode(
  storage: KeyValueStorage,
  unitCode: string,
  receivedAt: string,
  newId: () => string,
): IssueResult {
  const block = homeBlockOf(deviceIdOf(storage, newId));
  const result = nextCode(parse(storage.getItem(allocatorKey(unitCode))), unitCode, block, receivedAt);
  if (result.ok) storage.setItem(allocatorKey(unitCode), JSON.stringify(result.state));
  return result;
}
