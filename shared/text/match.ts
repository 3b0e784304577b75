import { searchTokens } from './normalize';

/**
 * Token-prefix matching for procedure and person search: every word of the query must be the
 * start of a different word of the text, in any order. "nguyen van duc", "duc nguyen" and
 * "ng v d" all find "Nguyễn Văn Đức"; "dang ky khai sinh" finds "Đăng ký khai sinh"; but
 * "van van" does not match a name with one "Văn" (each text word answers one query word).
 */
export type Matcher = (text: string) => boolean;

/**
 * Whether query words can each take a distinct text word they prefix. Small bipartite matching
 * (augmenting paths): queries and names are a handful of words, so this is cheap, and unlike a
 * greedy pass it does not fail on "v van" against "Văn Vũ" by spending "Văn" on "v".
 */
function assignable(query: readonly string[], words: readonly string[]): boolean {
  const owner: (number | undefined)[] = new Array<number | undefined>(words.length).fill(undefined);
  const tryAssign = (q: number, seen: boolean[]): boolean => {
    for (let w = 0; w < words.length; w++) {
      if (seen[w] === true || !(words[w] ?? '').startsWith(query[q] ?? '')) continue;
      seen[w] = true;
      const current = owner[w];
      if (current === undefined || tryAssign(current, seen)) {
        owner[w] = q;
        return true;
      }
    }
    return false;
  };
  return query.every((_, q) => tryAssign(q, []));
}

/** Prepares a query once; the returned matcher is called per candidate. A blank query matches all. */
export function createMatcher(query: string): Matcher {
  const q = searchTokens(query);
  if (q.length === 0) return () => true;
  return (text) => assignable(q, searchTokens(text));
}

export const matches = (query: string, text: string): boolean => createMatcher(query)(text);

/**
 * Filters and orders candidates: exact word matches before prefix-only ones, then earlier
 * first-word hits, then the original order (stable), so "an" lists "An" before "Anh".
 */
export function search<T>(query: string, items: readonly T[], textOf: (item: T) => string): T[] {
  const q = searchTokens(query);
  const match = createMatcher(query);
  const scored = items.flatMap((item, index) => {
    const text = textOf(item);
    if (!match(text)) return [];
    const words = searchTokens(text);
    const exact = q.filter((t) => words.includes(t)).length;
    const first = q.length === 0 ? 0 : words.findIndex((w) => w.startsWith(q[0] ?? ''));
    return [{ item, index, exact, first }];
  });
  scored.sort((a, b) => b.exact - a.exact || a.first - b.first || a.index - b.index);
  return scored.map((s) => s.item);
}
