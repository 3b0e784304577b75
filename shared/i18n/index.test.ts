import { describe, expect, it } from 'vitest';
import { en } from './en';
import { localeFromAcceptLanguage, translate } from './index';
import { vi } from './vi';

describe('i18n dictionary', () => {
  it('English translates exactly the Vietnamese keys, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(en[key]), key).toEqual(holes(vi[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'error.invalid_field', { field: 'phone', detail: 'sai' })).toBe(
      'Trường "phone" không hợp lệ: sai',
    );
    expect(translate('en', 'error.invalid_field', { field: 'phone' })).toBe(
      'Field "phone" is not valid: {detail}',
    );
  });
});

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.5,vi;q=0.7', 'vi'],
    ['fr-FR,de;q=0.5', 'vi'],
    ['en;q=0,vi;q=0.1', 'vi'],
  ] as const)('%s → %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});
