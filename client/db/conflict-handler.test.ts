import { describe, expect, it } from 'vitest';
import { serverMergeConflictHandler } from './conflict-handler';

type Doc = { id: string; _deleted: boolean; a?: number; b?: { x: number; y: number } };

describe('conflict handler (PUSH5)', () => {
  const h = serverMergeConflictHandler<Doc>();

  it('isEqual is JSON equality: key order and absent-vs-undefined do not matter', () => {
    expect(
      h.isEqual(
        { id: '1', _deleted: false, b: { x: 1, y: 2 } },
        { b: { y: 2, x: 1 }, _deleted: false, id: '1', a: undefined },
        't',
      ),
    ).toBe(true);
    expect(h.isEqual({ id: '1', _deleted: false, a: 1 }, { id: '1', _deleted: false, a: 2 }, 't')).toBe(
      false,
    );
    expect(h.isEqual({ id: '1', _deleted: false }, { id: '1', _deleted: true }, 't')).toBe(false);
  });

  it('resolve adopts the server state, which the server has already merged', async () => {
    const real = { id: '1', _deleted: false, a: 3 };
    expect(
      await h.resolve({ realMasterState: real, newDocumentState: { id: '1', _deleted: false, a: 1 } }, 't'),
    ).toBe(real);
  });
});
