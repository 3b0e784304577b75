import { describe, expect, it } from 'vitest';
import type { CodeBlocksAnswer } from '../../shared/dossier-code';
import { allocatorKey, issueCode, remainingCodes, storeBlocks, type KeyValueStorage } from './code-issuer';

const memoryStorage = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const answer = (sessionId: string, block: number, unitCode = 'HN-TT'): CodeBlocksAnswer => ({
  sessionId,
  unitCode,
  grants: [{ kind: 'home', block, firstDay: '261120', lastDay: '261127' }],
});
const AT = '2026-11-20T03:00:00Z';

describe('device code issuing from server-granted blocks (K1–K3)', () => {
  it('K1: without an answer from the server there is no code, only no_block', () => {
    const storage = memoryStorage();
    expect(issueCode(storage, 'HN-TT', AT)).toEqual({ ok: false, error: 'no_block' });
    storeBlocks(storage, answer('s1', 4, 'HN-MB01'));
    expect(issueCode(storage, 'HN-TT', AT)).toEqual({ ok: false, error: 'no_block' }); // another unit's blocks
    expect(remainingCodes(storage, 'HN-TT', '261120')).toBe(0);
  });

  it('issues consecutive codes from the granted block and saves the allocator before answering (K3)', () => {
    const storage = memoryStorage();
    storeBlocks(storage, answer('s1', 4));
    const first = issueCode(storage, 'HN-TT', AT);
    const second = issueCode(storage, 'HN-TT', AT);
    expect(first.ok && first.code).toBe('HN-TT-261120-0405');
    expect(second.ok && second.code).toBe('HN-TT-261120-0406');
    expect(JSON.parse(storage.data.get(allocatorKey('HN-TT')) ?? '{}')).toMatchObject({
      issued: 2,
      blocks: [4],
    });
    expect(remainingCodes(storage, 'HN-TT', '261120')).toBe(99);
  });

  it('K2: after a re-sign-in the same day the old block’s serials are not issued again', () => {
    const storage = memoryStorage();
    storeBlocks(storage, answer('s1', 4));
    const before = issueCode(storage, 'HN-TT', AT);
    storeBlocks(storage, answer('s2', 7));
    const after = issueCode(storage, 'HN-TT', AT);
    expect(before.ok && before.code).toBe('HN-TT-261120-0405');
    expect(after.ok && after.code).toBe('HN-TT-261120-0406'); // continues the saved day
  });

  it('two devices with their own grants never issue the same code', () => {
    const a = memoryStorage();
    const b = memoryStorage();
    storeBlocks(a, answer('sa', 1));
    storeBlocks(b, answer('sb', 2));
    const codes = new Set<string>();
    for (let i = 0; i < 150; i++)
      for (const s of [a, b]) {
        const r = issueCode(s, 'HN-TT', AT);
        if (r.ok) {
          expect(codes.has(r.code)).toBe(false);
          codes.add(r.code);
        } else expect(r.error).toBe('exhausted');
      }
    expect(codes.size).toBe(2 * 101);
  });

  it('ignores a corrupt saved state or answer', () => {
    const storage = memoryStorage();
    storage.setItem('motcua.codeBlocks', '{not json');
    storage.setItem(allocatorKey('HN-TT'), 'garbage');
    expect(issueCode(storage, 'HN-TT', AT)).toEqual({ ok: false, error: 'no_block' });
  });
});
