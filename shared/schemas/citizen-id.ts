import { z } from 'zod';
import type { ValidationCode } from './messages';

/**
 * Citizen ID (số định danh cá nhân, printed on the CCCD card): 12 digits.
 *
 * Structure (Decree 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA Art. 7 and Annex 1; the same
 * structure continues under the 2023 Law on Identification):
 *   digits 1–3  code of the province where the birth was registered (or a country code for births
 *               registered abroad);
 *   digit  4    century + sex: 1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, 2200s 6/7, 2300s 8/9;
 *   digits 5–6  last two digits of the birth year;
 *   digits 7–12 a random serial.
 *
 * What we check, and why no more:
 *   1. exactly 12 ASCII digits;
 *   2. digits 1–3 are one of the 63 province codes of Circular 07/2016 Annex 1. Numbers issued
 *      before the 2025 province merger keep their code, and the merger did not renumber existing
 *      IDs, so the 63-code list is the one that appears on cards. Births registered abroad carry
 *      a country code, which this check rejects: such applicants are rare at a provincial centre
 *      and an officer can record them with their passport instead;
 *   3. if the date of birth is known, digit 4 names its century and digits 5–6 its year.
 *      Sex is not checked: we do not collect it, and the law (Decree 356/2025) says keep only
 *      what the procedure needs.
 * There is no check digit in the standard, so a typo inside the random part cannot be detected.
 */
// prettier-ignore
export const PROVINCE_BIRTH_CODES = [
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022',
  '024', '025', '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042',
  '044', '045', '046', '048', '049', '051', '052', '054', '056', '058', '060', '062', '064', '066',
  '067', '068', '070', '072', '074', '075', '077', '079', '080', '082', '083', '084', '086', '087',
  '089', '091', '092', '093', '094', '095', '096',
] as const;

const PROVINCES: ReadonlySet<string> = new Set(PROVINCE_BIRTH_CODES);

export type CitizenIdCheck =
  | { ok: true }
  | {
      ok: false;
      code: Extract<
        ValidationCode,
        'citizen_id_invalid' | 'citizen_id_province_unknown' | 'citizen_id_birth_year_mismatch'
      >;
    };

/** Century digit expected for a birth year: even digit of the male/female pair (Art. 7). */
export const centuryPair = (birthYear: number): readonly [number, number] => {
  const c = Math.floor((birthYear - 1900) / 100) * 2;
  return [c, c + 1];
};

/** @param dateOfBirth ISO date `YYYY-MM-DD`, when known. */
export function checkCitizenId(id: string, dateOfBirth?: string): CitizenIdCheck {
  if (!/^\d{12}$/.test(id)) return { ok: false, code: 'citizen_id_invalid' };
  if (!PROVINCES.has(id.slice(0, 3))) return { ok: false, code: 'citizen_id_province_unknown' };
  if (dateOfBirth !== undefined && /^\d{4}-/.test(dateOfBirth)) {
    const year = Number(dateOfBirth.slice(0, 4));
    const digit = Number(id[3]);
    const [male, female] = centuryPair(year);
    const yy = id.slice(4, 6);
    if ((digit !== male && digit !== female) || yy !== dateOfBirth.slice(2, 4)) {
      return { ok: false, code: 'citizen_id_birth_year_mismatch' };
    }
  }
  return { ok: true };
}

/** Structure checks 1–2; check 3 needs the birth date and runs in ApplicantSchema. */
export const CitizenIdSchema = z
  .string()
  .length(12, { error: 'citizen_id_invalid', abort: true }) // also gives JSON Schema the maxLength an index needs
  .regex(/^\d{12}$/, { error: 'citizen_id_invalid', abort: true })
  .refine((id) => PROVINCES.has(id.slice(0, 3)), { error: 'citizen_id_province_unknown' });
