import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, matches, search } from './match';

describe('token-prefix matching', () => {
  it.each([
    ['nguyen van duc', 'Nguyễn Văn Đức'],
    ['Nguyễn văn đức', 'Nguyễn Văn Đức'],
    ['duc nguyen', 'Nguyễn Văn Đức'],
    ['ng v d', 'Nguyễn Văn Đức'],
    ['dang ky khai sinh', 'Đăng ký khai sinh'],
    ['khai sinh', 'Đăng ký khai sinh'],
    ['ket hon', 'Đăng ký kết hôn'],
    ['v van', 'Văn Vũ'],
    ['', 'anything'],
  ])('%j finds %j', (query, text) => expect(matches(query, text)).toBe(true));

  it.each([
    ['nguyen van duc', 'Nguyễn Văn Dũng Anh'],
    ['van van', 'Nguyễn Văn Đức'],
    ['khai tu', 'Đăng ký khai sinh'],
    ['uyen', 'Nguyễn Văn Đức'],
  ])('%j does not find %j', (query, text) => expect(matches(query, text)).toBe(false));

  it('orders exact-word hits first, then by position, stably', () => {
    const people = ['Trần Văn Anh', 'Lê Thị An', 'An Văn Bình', 'Phạm Anh Tú'];
    expect(search('an', people, (p) => p)).toEqual([
      'An Văn Bình',
      'Lê Thị An',
      'Phạm Anh Tú',
      'Trần Văn Anh',
    ]);
    expect(search('', people, (p) => p)).toEqual(people);
  });

  it('every text matches each of its own word prefixes, with or without diacritics (property)', () => {
    const word = fc.constantFrom(
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Đặng',
      'Văn',
      'Thị',
      'Đức',
      'Hương',
      'Thủy',
      'Ánh',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.nat(), (words, cut) => {
        const text = words.join(' ');
        const m = createMatcher(words.map((w) => w.slice(0, 1 + (cut % w.length))).join(' '));
        expect(m(text)).toBe(true);
      }),
    );
  });
});
