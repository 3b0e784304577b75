import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, diffText } from './text-diff';

const hasLoneSurrogate = (s: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

// Text an officer might write: Vietnamese letters (precomposed and combining), spaces, newlines
// and emoji (surrogate pairs), so runs of equal characters and pairs come up often.
const unit = fc.constantFrom('a', 'ă', 'ệ', 'e\u0302', ' ', '\n', '😀', '😃', '𝔸', 'đ');
const text = fc.array(unit, { maxLength: 12 }).map((parts) => parts.join(''));

describe('diffText', () => {
  it('B1: the edit turns the old value into the new one', () => {
    fc.assert(
      fc.property(text, text, (old, next) => {
        const e = diffText(old, next);
        expect(e === null ? old : applyEdit(old, e)).toBe(next);
      }),
    );
  });

  it('B2: an edit never inserts or leaves half a surrogate pair', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (old, next, c) => {
        const e = diffText(old, next, c % (next.length + 1));
        if (e === null) return;
        expect(hasLoneSurrogate(e.insert)).toBe(false);
        expect(hasLoneSurrogate(old.slice(e.index, e.index + e.remove))).toBe(false);
      }),
    );
    expect(diffText('x😀y', 'x😃y')).toEqual({ index: 1, remove: 2, insert: '😃' });
  });

  it('B3: the caret decides where a character typed into a run went', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    // Backspace at position 1 of "aaa": the caret ends at 0.
    expect(diffText('aaa', 'aa', 0)).toEqual({ index: 0, remove: 1, insert: '' });
  });

  it('B1 with any caret: the caret only moves the edit, never changes the result', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (old, next, c) => {
        const e = diffText(old, next, c % (next.length + 1));
        expect(e === null ? old : applyEdit(old, e)).toBe(next);
      }),
    );
  });

  it('replaces a Telex keystroke (a → â → ấ) as one small edit', () => {
    expect(diffText('Vieejt', 'Việt', 3)).toEqual({ index: 2, remove: 3, insert: 'ệ' });
    expect(diffText('', '')).toBeNull();
  });
});
