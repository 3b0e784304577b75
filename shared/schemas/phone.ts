import { z } from 'zod';

/**
 * Vietnamese phone numbers in their one stored form: national format with a leading 0.
 *
 * Mobile: 10 digits, 0 + a 9-digit subscriber number whose network prefix is 3x, 5x, 7x, 8x or 9x
 * (the 11-digit numbers were converted to these prefixes in 2018). Landline: 11 digits starting
 * 02 (area codes 2xx since the 2017 renumbering, e.g. 024 Hà Nội, 028 TP.HCM).
 * Input may carry +84 / 84 / 0084 / 0 prefixes, spaces, dots, dashes or brackets: `normalizePhone`
 * maps them to the stored form or returns null.
 */
const STORED = /^0(?:[35789]\d{8}|2\d{9})$/;

export function normalizePhone(raw: string): string | null {
  let digits = raw.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (digits.startsWith('0084')) digits = '0' + digits.slice(4);
  else if (/^84\d{9,10}$/.test(digits)) digits = '0' + digits.slice(2);
  else if (/^[35789]\d{8}$/.test(digits)) digits = '0' + digits; // leading 0 dropped by the typist
  return STORED.test(digits) ? digits : null;
}

export const isMobile = (stored: string): boolean => /^0[35789]\d{8}$/.test(stored);

/** Stored form only: what the database and the wire carry. */
export const PhoneSchema = z.string().regex(STORED, { error: 'phone_invalid' });

/**
 * Form and request input: accepts any prefix style and outputs the stored form. Transforms do
 * not survive JSON Schema, so entity schemas use PhoneSchema and forms parse with this first.
 */
export const PhoneInputSchema = z
  .string()
  .transform((raw, ctx) => {
    const phone = normalizePhone(raw);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return z.NEVER;
    }
    return phone;
  })
  .pipe(PhoneSchema);
