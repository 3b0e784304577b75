import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  canonicalMemo,
  contentHash,
  jsonEqual,
  shortHash,
  shortHashOfCanonical,
} from './json.ts';

/** canonicalJson as first written (sort, filter, map, join): stored hashes and record ids depend on its output. */
function referenceCanonical(v: unknown): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(referenceCanonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    const parts = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${referenceCanonical(o[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('json helpers', () => {
  it('CONF1: equality ignores key order and treats a missing key as undefined', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(false);
  });

  it('CONF5: content hashes are stable across key order and differ on content', () => {
    expect(canonicalJson({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });

  it('CONF5/CONF7: canonical JSON is byte for byte the reference serialisation', () => {
    const values: unknown[] = [
      { b: 1, a: [true, null, undefined, { z: 'x', y: undefined }], 'k"\n': { ế: 'Hồ sơ “Tiếng Việt”' } },
      [[], {}, '', 0, -0, 1.5e300, NaN, Infinity, 'a\u2028b\ud800'],
      { applicant: { phone: '0912', address: { ward: 'P1' } }, _deleted: false, id: 'd1' },
      null,
      undefined,
      'text',
      42,
    ];
    for (const v of values) expect(canonicalJson(v)).toBe(referenceCanonical(v));
  });

  it('PUSH10/CONF7: hashes from remembered canonical JSON equal the direct ones', () => {
    const base = { id: 'a', v: 1, nested: { b: 2, a: 1 } };
    const next = { ...base, v: 2 };
    const canon = canonicalMemo();
    expect(shortHashOfCanonical(canon(base), canon(next))).toBe(shortHash(base, next));
    expect(shortHashOfCanonical(canon(null), canon(next))).toBe(shortHash(null, next));
    expect(shortHashOfCanonical(canon(next))).toBe(shortHash(next));
    expect(canon(base)).toBe(canonicalJson(base));
  });
});
