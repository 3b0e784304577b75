/**
 * Search keys for Vietnamese text: people type without diacritics (Telex/VNI switched off, or a
 * foreign keyboard), in any case, with stray spaces. `searchKey` maps all of these to one form:
 *   1. NFD, so every tone and vowel mark becomes a combining mark, then drop the marks
 *      (Unicode category M): "Nguyễn" → "Nguyen", whether the input was NFC or NFD;
 *   2. đ/Đ → d: the only Vietnamese letter that is a separate code point, not a base + mark;
 *   3. lower case; every run of non-letters/digits becomes one space; trimmed.
 * It is lossy by design ("Đức", "Dục" and "đúc" share a key): for matching, never for display.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search key; empty for blank text. */
export function searchTokens(text: string): string[] {
  const key = searchKey(text);
  return key === '' ? [] : key.split(' ');
}
