/**
 * What a textarea's `input` event changed, as one contiguous edit that Y.Text can apply
 * (delete, then insert, at one index; indices in UTF-16 code units, as both use). Pure.
 *  B1. Applying the edit to the old value gives the new value, exactly.
 *  B2. No boundary of the edit falls between the two halves of a surrogate pair: Yjs would
 *      store a lone half, and its UTF-8 encoding on the wire turns that into U+FFFD (an emoji
 *      replaced by another must not corrupt a colleague's copy).
 *  B3. With the caret after the input (selectionEnd), an ambiguous edit in a run of equal
 *      characters ("aa" → "aaa") is placed where the officer typed, so Yjs anchors the new
 *      character next to the one the officer saw, which is what concurrent merges go by.
 */
export interface TextEdit {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

export function diffText(old: string, next: string, caret?: number): TextEdit | null {
  if (old === next) return null;
  const shortest = Math.min(old.length, next.length);
  const samePrefix = (n: number): boolean => old.charCodeAt(n) === next.charCodeAt(n);
  const sameSuffix = (n: number): boolean =>
    old.charCodeAt(old.length - 1 - n) === next.charCodeAt(next.length - 1 - n);
  let prefix = 0;
  let suffix = 0;
  if (caret === undefined) {
    // No caret: the change goes as late as it can (typing at the end is the common case).
    while (prefix < shortest && samePrefix(prefix)) prefix++;
    while (suffix < shortest - prefix && sameSuffix(suffix)) suffix++;
  } else {
    // B3: the edit ends at the caret in `next`, so at most `next.length - caret` units follow it.
    const suffixCap = Math.max(0, Math.min(shortest, next.length - caret));
    while (suffix < suffixCap && sameSuffix(suffix)) suffix++;
    while (prefix < shortest - suffix && samePrefix(prefix)) prefix++;
  }
  // B2: step back out of a pair on either side (the edit then spans the whole pair).
  if (prefix > 0 && isHigh(old.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(old.charCodeAt(old.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: old.length - prefix - suffix,
    insert: next.slice(prefix, next.length - suffix),
  };
}

/** B1, as the tests and the binding use it. */
export const applyEdit = (text: string, e: TextEdit): string =>
  text.slice(0, e.index) + e.insert + text.slice(e.index + e.remove);
