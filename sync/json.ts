/**
 * JSON value helpers the merge and the record ids depend on. Documents are plain JSON: key order
 * never matters (1), and a missing key equals an `undefined` value (2), so that a field written
 * by one client and never touched by another compares equal wherever it travelled.
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality over JSON values (invariants 1 and 2). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Serialisation with sorted keys and `undefined` members dropped (invariants 1 and 2). */
export function canonicalJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isPlainObject(v)) {
    const parts = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(v);
}

/** cyrb53: a 53-bit non-cryptographic string hash; two seeds give ~106 bits for record ids. */
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Shorter (53-bit) content hash, for the per-document bookkeeping where a collision is moot. */
export function shortHash(...values: readonly unknown[]): string {
  return cyrb53(canonicalJson(values), 3).toString(36);
}

/** Stable content hash of JSON values, for ids that must be equal on every retry (CONF5). */
export function contentHash(...values: readonly unknown[]): string {
  const s = canonicalJson(values);
  return cyrb53(s, 1).toString(36) + cyrb53(s, 2).toString(36);
}
