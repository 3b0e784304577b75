import { describe, expect, it } from 'vitest';
import { isMobile, normalizePhone, PhoneInputSchema, PhoneSchema } from './phone';

describe('Vietnamese phone numbers', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084912345678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['(+84) 36-123-4567', '0361234567'],
    ['912345678', '0912345678'],
    ['0867 123 456', '0867123456'],
    ['024 3825 1234', '02438251234'], // Hà Nội landline
    ['+84 28 3829 1234', '02838291234'], // TP.HCM landline
  ])('normalises %j to %s', (raw, stored) => {
    expect(normalizePhone(raw)).toBe(stored);
    expect(PhoneInputSchema.parse(raw)).toBe(stored);
  });

  it.each([
    '',
    '0123456789',
    '0412345678',
    '0612345678',
    '091234567',
    '09123456789',
    '+1 650 555 1234',
    'abc',
  ])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
    expect(PhoneInputSchema.safeParse(raw).error?.issues[0]?.message).toBe('phone_invalid');
  });

  it('stores only the normalised form', () => {
    expect(PhoneSchema.safeParse('+84912345678').success).toBe(false);
    expect(PhoneSchema.safeParse('0912345678').success).toBe(true);
    expect(isMobile('0912345678')).toBe(true);
    expect(isMobile('02438251234')).toBe(false);
  });
});
