import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueCode, issueMessage, VALIDATION_CODES, validationMessage } from './messages';

describe('validation messages', () => {
  it('every code has a Vietnamese and an English text, and they differ', () => {
    for (const code of VALIDATION_CODES) {
      const vi = validationMessage(code, 'vi');
      const en = validationMessage(code, 'en');
      expect(vi.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(vi).not.toBe(en);
    }
  });

  it('maps our codes through and zod built-ins onto generic codes', () => {
    const S = z.object({
      a: z.string().max(2),
      b: z.string(),
      c: z.string().refine(() => false, { error: 'phone_invalid' }),
    });
    const issues = S.safeParse({ a: 'long', c: 'x' }).error?.issues ?? [];
    expect(issues.map((i) => issueCode(i))).toEqual(['too_long', 'required', 'phone_invalid']);
    expect(issueMessage(issues[2]!, 'vi')).toMatch(/^Số điện thoại không hợp lệ/);
    const wrongType = S.safeParse({ a: 1, b: 'x', c: 'x' }).error?.issues[0];
    expect(wrongType && issueCode(wrongType)).toBe('value_invalid');
  });

  it('with the input at hand, tells a missing enum from a wrong one', () => {
    const S = z.object({ kind: z.enum(['a', 'b']) });
    const missing = S.safeParse({}).error?.issues[0];
    const wrong = S.safeParse({ kind: 'c' }).error?.issues[0];
    expect(missing && issueCode(missing, {})).toBe('required');
    expect(wrong && issueCode(wrong, { kind: 'c' })).toBe('value_invalid');
  });
});
