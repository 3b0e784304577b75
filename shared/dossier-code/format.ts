import { RECEIVING_UNIT_CODE_PATTERN } from '../schemas/service-point';
import { MAX_SERIAL } from './scheme';
import { isVnDay } from './vn-day';

/** A dossier code taken apart. `day` is `YYMMDD` in Asia/Ho_Chi_Minh. */
export interface DossierCodeParts {
  readonly unitCode: string;
  readonly day: string;
  readonly serial: number;
}

export const DOSSIER_CODE_ERROR_CODES = [
  'malformed',
  'unit_code_invalid',
  'day_invalid',
  'serial_invalid',
] as const;
export type DossierCodeErrorCode = (typeof DOSSIER_CODE_ERROR_CODES)[number];
export type DossierCodeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: DossierCodeErrorCode } };

/** Longest possible code: a 4-segment unit code (35 chars) + "-YYMMDD-XXXX". */
export const DOSSIER_CODE_MAX_LENGTH = 35 + 12;

const fail = <T>(code: DossierCodeErrorCode): DossierCodeResult<T> => ({ ok: false, error: { code } });

function check(parts: DossierCodeParts): DossierCodeErrorCode | null {
  if (!RECEIVING_UNIT_CODE_PATTERN.test(parts.unitCode)) return 'unit_code_invalid';
  if (!isVnDay(parts.day)) return 'day_invalid';
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > MAX_SERIAL)
    return 'serial_invalid';
  return null;
}

export function formatDossierCode(parts: DossierCodeParts): DossierCodeResult<string> {
  const error = check(parts);
  if (error !== null) return fail(error);
  return { ok: true, value: `${parts.unitCode}-${parts.day}-${String(parts.serial).padStart(4, '0')}` };
}

/**
 * Splits from the right: the unit code may itself contain '-' (e.g. "HN-CN01"), but its
 * segments start with a letter, so the last two segments are always the day and the serial.
 */
export function parseDossierCode(code: string): DossierCodeResult<DossierCodeParts> {
  const serialAt = code.lastIndexOf('-');
  const dayAt = serialAt > 0 ? code.lastIndexOf('-', serialAt - 1) : -1;
  if (dayAt <= 0) return fail('malformed');
  const unitCode = code.slice(0, dayAt);
  const day = code.slice(dayAt + 1, serialAt);
  const serialText = code.slice(serialAt + 1);
  if (!/^\d{4}$/.test(serialText)) return fail('serial_invalid');
  const parts: DossierCodeParts = { unitCode, day, serial: Number(serialText) };
  const error = check(parts);
  return error === null ? { ok: true, value: parts } : fail(error);
}

export const isDossierCode = (code: string): boolean => parseDossierCode(code).ok;
