import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mapIndex, rebaseEdit, type TextDelta } from './delta-map';
import { applyEdit, type TextEdit } from './text-diff';

/** The delta Yjs itself reports when `change` is applied to a text holding `base`. */
function yDelta(base: string, change: (t: Y.Text) => void): { delta: TextDelta; after: string } {
  const doc = new Y.Doc();
  const text = doc.getText('notes');
  text.insert(0, base);
  let delta: TextDelta = [];
  text.observe((e) => {
    delta = e.delta;
  });
  doc.transact(() => change(text));
  return { delta, after: text.toJSON() };
}

const applyAll = (s: string, edits: readonly TextEdit[]): string => edits.reduce(applyEdit, s);

describe('mapIndex', () => {
  const { delta } = yDelta('abcdef', (t) => {
    t.delete(1, 2); // a|bc|def → adef
    t.insert(3, 'XY'); // adeXYf  (old index 5)
  });

  it('M1: before a change stays, after it shifts, inside a deletion collapses', () => {
    expect(mapIndex(delta, 0)).toBe(0);
    expect(mapIndex(delta, 2)).toBe(1);
    expect(mapIndex(delta, 3)).toBe(1);
    expect(mapIndex(delta, 6)).toBe(6);
  });

  it('M2/M3: an insert at the caret lands after it; a character moves past it', () => {
    expect(mapIndex(delta, 5, 'before')).toBe(3);
    expect(mapIndex(delta, 5, 'after')).toBe(5);
  });
});

describe('rebaseEdit', () => {
  it('M4: removes only what still exists and keeps a colleague’s insert inside the range', () => {
    // Local: "bcde" replaced by "Z". Remote: "cd" → "c!d" and "e" deleted.
    const { delta, after } = yDelta('abcdef', (t) => {
      t.insert(3, '!');
      t.delete(5, 1);
    });
    expect(after).toBe('abc!df');
    const edits = rebaseEdit({ index: 1, remove: 4, insert: 'Z' }, [delta]);
    expect(applyAll(after, edits)).toBe('aZ!f');
  });

  it('M2: an insertion at the spot of a remote insertion goes in front of it', () => {
    const { delta, after } = yDelta('ab', (t) => t.insert(1, 'R'));
    expect(applyAll(after, rebaseEdit({ index: 1, remove: 0, insert: 'L' }, [delta]))).toBe('aLRb');
  });

  it('M4 through several deltas in order', () => {
    const first = yDelta('abcdef', (t) => t.insert(0, '12'));
    const second = yDelta(first.after, (t) => t.delete(4, 2)); // 12abcdef → 12abef
    // Local, against "abcdef": "cde" → "Q"; "cd" is already gone, so only "e" is left to remove.
    const edits = rebaseEdit({ index: 2, remove: 3, insert: 'Q' }, [first.delta, second.delta]);
    expect(applyAll(second.after, edits)).toBe('12abQf');
  });

  // Unique characters, so every character can be followed through both edits.
  const edit = (len: number) =>
    fc
      .tuple(fc.nat(len), fc.nat(len), fc.string({ maxLength: 3 }))
      .map(([a, b, s]) => ({ index: Math.min(a, b), remove: Math.abs(a - b), insert: s }));

  it('M4 agrees with Yjs merging the same two edits when they do not touch', () => {
    const base = 'abcdefghijklmnop';
    fc.assert(
      fc.property(edit(base.length), edit(base.length), (local, remote) => {
        const apart = local.index + local.remove < remote.index || remote.index + remote.remove < local.index;
        fc.pre(apart);
        const toY = (e: TextEdit) => (t: Y.Text) => {
          t.delete(e.index, e.remove);
          t.insert(e.index, e.insert.toUpperCase());
        };
        const r = yDelta(base, toY(remote));
        const mine = { ...local, insert: local.insert.toUpperCase() };
        const rebased = applyAll(r.after, rebaseEdit(mine, [r.delta]));
        // Yjs: both edits made concurrently on two replicas, then exchanged.
        const a = new Y.Doc();
        a.getText('notes').insert(0, base);
        const b = new Y.Doc();
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        toY(remote)(a.getText('notes'));
        toY(mine)(b.getText('notes'));
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
        expect(rebased).toBe(a.getText('notes').toJSON());
      }),
    );
  });

  it('M4: whatever the overlap, every character survives unless one side removed it', () => {
    const base = 'abcdefghij';
    fc.assert(
      fc.property(edit(base.length), edit(base.length), (local, remote) => {
        const r = yDelta(base, (t) => {
          t.delete(remote.index, remote.remove);
          t.insert(remote.index, 'R'.repeat(remote.insert.length));
        });
        const mine = { ...local, insert: 'L'.repeat(local.insert.length) };
        const result = applyAll(r.after, rebaseEdit(mine, [r.delta]));
        const removed = (e: TextEdit, i: number) => i >= e.index && i < e.index + e.remove;
        const survivors = [...base].filter((_, i) => !removed(local, i) && !removed(remote, i)).join('');
        expect(result.replace(/[LR]/g, '')).toBe(survivors);
        expect(result.split('R').length - 1).toBe(remote.insert.length);
        expect(result).toContain(mine.insert);
      }),
    );
  });
});
