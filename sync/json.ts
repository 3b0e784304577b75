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
  return v === undefined ? 'null' : writeCanonical(v);
}

/**
 * canonicalJson's loop, the hot path of the push's bookkeeping hashes: plain loops and string
 * appends instead of filter/sort/map/join chains of temporary arrays. Same output, byte for byte
 * (stored hashes and record ids depend on it: json.test.ts pins it against the reference).
 */
function writeCanonical(v: unknown): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (i > 0) out += ',';
      out += x === undefined ? 'null' : writeCanonical(x);
    }
    return `${out}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const x = o[k];
    if (x === undefined) continue;
    out += first ? quotedKey(k) : `,${quotedKey(k)}`;
    out += writeCanonical(x);
    first = false;
  }
  return `${out}}`;
}

/** Documents repeat the same few field names: their quoted form (with the colon) is kept. */
const quotedKeys = new Map<string, string>();
const QUOTED_KEYS_MAX = 4096;

function quotedKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = `${JSON.stringify(k)}:`;
    if (quotedKeys.size < QUOTED_KEYS_MAX) quotedKeys.set(k, q);
  }
  return q;
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
  return shortHashOfCanonical(...values.map(canonicalJson));
}

/** Stable content hash of JSON values, for ids that must be equal on every retry (CONF5). */
export function contentHash(...values: readonly unknown[]): string {
  const s = canonicalJson(values);
  return cyrb53(s, 1).toString(36) + cyrb53(s, 2).toString(36);
}

/** shortHash of values from their canonicalJson, for callers that already hold it. */
export function shortHashOfCanonical(...canonical: readonly string[]): string {
  return cyrb53(`[${canonical.join(',')}]`, 3).toString(36);
}

/**
 * canonicalJson remembered per object, for the span of one push: a document is hashed as part of
 * a row, as a base and as a stored state, and JSON documents are never changed in place (a new
 * state is a new object), so each is serialised once.
 */
export function canonicalMemo(): (v: unknown) => string {
  const seen = new WeakMap<object, string>();
  return (v) => {
    if (typeof v !== 'object' || v === null) return canonicalJson(v);
    let s = seen.get(v);
    if (s === undefined) {
      s = canonicalJson(v);
      seen.set(v, s);
    }
    return s;
  };
}
