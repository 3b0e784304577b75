import type { Applicant } from '../schemas/applicant';
import { centuryPair, PROVINCE_BIRTH_CODES } from '../schemas/citizen-id';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './names';
import { addressLine, HANOI_WARDS } from './places';
import type { Rng } from './prng';
import { searchKey } from '../text/normalize';

/** Network prefixes in use for mobiles (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile). */
// prettier-ignore
const MOBILE_PREFIXES = [
  '032', '033', '034', '035', '036', '037', '038', '039', '052', '056', '058', '059', '070', '076', '077',
  '078', '079', '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096',
  '097', '098',
];

const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => rng.int(0, 9)).join('');
const two = (n: number): string => String(n).padStart(2, '0');

/**
 * An invented adult resident of Hà Nội. The CCCD is structurally valid for the birth date
 * (citizen-id.ts): mostly registered in Hà Nội (001), a third elsewhere, as in a capital city.
 */
export function makeApplicant(rng: Rng, now: Date): Applicant {
  const male = rng.chance(0.5);
  const sex = male ? 'male' : 'female';
  const fullName = [rng.weighted(FAMILY_NAMES), rng.pick(MIDDLE_NAMES[sex]), rng.pick(GIVEN_NAMES[sex])].join(
    ' ',
  );
  const year = now.getUTCFullYear() - rng.int(18, 80);
  const dateOfBirth = `${year}-${two(rng.int(1, 12))}-${two(rng.int(1, 28))}`;
  const province = rng.chance(0.65) ? '001' : rng.pick(PROVINCE_BIRTH_CODES);
  const century = centuryPair(year)[male ? 0 : 1];
  const citizenId = `${province}${century}${String(year % 100).padStart(2, '0')}${digits(rng, 6)}`;
  const { ward, streets } = rng.pick(HANOI_WARDS);
  const address = addressLine(
    rng.int(1, 200),
    rng.chance(0.6) ? rng.int(1, 300) : null,
    rng.pick(streets),
    ward,
  );
  const applicant: Applicant = {
    fullName,
    citizenId,
    dateOfBirth,
    phone: `${rng.pick(MOBILE_PREFIXES)}${digits(rng, 7)}`,
    address,
  };
  return rng.chance(0.3)
    ? { ...applicant, email: `${asciiHandle(fullName)}${rng.int(1, 999)}@example.vn` }
    : applicant;
}

/** "Nguyễn Văn Đức" → "nguyenvanduc" (diacritics off, as people write email handles). */
const asciiHandle = (name: string): string => searchKey(name).replace(/ /g, '');
