import type { TextEdit } from './text-diff';

/**
 * Moving positions and a pending local edit through a remote change of the text, given as the
 * Yjs delta of that change (Y.YTextEvent.delta: retain / delete / insert, in old-text units).
 * Pure index arithmetic; the textarea binding uses it to keep the caret where the officer was
 * and to apply an IME composition that ran while colleagues' changes arrived.
 *  M1. A position before a change stays; after it, it shifts by inserted minus deleted units;
 *      inside a deleted range, it collapses to where the range was.
 *  M2. Text inserted exactly at a caret lands after the caret ('before' association): the
 *      officer's next keystroke goes right after their own previous one, so each officer's run
 *      stays contiguous when two type at the same spot.
 *  M3. A character keeps its identity: it moves past text inserted in front of it ('after').
 *  M4. A rebased local edit removes only characters the officer saw that still exist (never a
 *      colleague's text inserted inside the range). Its text goes where the replaced text began
 *      (M3), or, for a pure insertion, at the caret (M2).
 */
export type DeltaOp = { readonly insert?: unknown; readonly retain?: number; readonly delete?: number };
export type TextDelta = readonly DeltaOp[];
export type Assoc = 'before' | 'after';

interface Change {
  readonly at: number; // old index
  readonly deleted: number;
  readonly inserted: number;
}

/** The delta as changes at old indices (an embed counts as one unit, as in Y.Text). */
function changesOf(delta: TextDelta): Change[] {
  const out: Change[] = [];
  let pos = 0;
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain;
    else if (op.delete !== undefined) {
      out.push({ at: pos, deleted: op.delete, inserted: 0 });
      pos += op.delete;
    } else if (op.insert !== undefined) {
      out.push({ at: pos, deleted: 0, inserted: typeof op.insert === 'string' ? op.insert.length : 1 });
    }
  }
  return out;
}

function mapWith(changes: readonly Change[], index: number, assoc: Assoc): number {
  let shift = 0;
  for (const c of changes) {
    if (c.inserted > 0) {
      if (c.at < index || (c.at === index && assoc === 'after')) shift += c.inserted; // M2, M3
    } else if (c.at < index) {
      shift -= Math.min(c.deleted, index - c.at); // M1
    }
  }
  return index + shift;
}

export const mapIndex = (delta: TextDelta, index: number, assoc: Assoc = 'before'): number =>
  mapWith(changesOf(delta), index, assoc);

/**
 * A local edit on its way through remote deltas (M4): the ranges it still removes (current
 * indices, ascending, disjoint) and where its text goes. Invariant: `at` ≤ every range start.
 */
export interface Rebasing {
  readonly removals: readonly (readonly [number, number])[];
  readonly at: number;
  readonly insert: string;
  /** The edit removed text: its insert replaces that text rather than sitting at a caret. */
  readonly replaces: boolean;
}

export const startRebase = (e: TextEdit): Rebasing => ({
  removals: e.remove > 0 ? [[e.index, e.index + e.remove]] : [],
  at: e.index,
  insert: e.insert,
  replaces: e.remove > 0,
});

/** M4: the same edit, for the text after `delta`. */
export function rebaseThrough(r: Rebasing, delta: TextDelta): Rebasing {
  const changes = changesOf(delta);
  const removals: (readonly [number, number])[] = [];
  for (const [start, end] of r.removals) {
    // Cut at remote inserts inside the range and at both ends of remote deletions.
    const cuts = new Set<number>([start, end]);
    for (const c of changes) {
      if (c.at > start && c.at < end) cuts.add(c.at);
      const deletedEnd = c.at + c.deleted;
      if (c.deleted > 0 && deletedEnd > start && deletedEnd < end) cuts.add(deletedEnd);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      const gone = changes.some((c) => c.deleted > 0 && c.at <= from && to <= c.at + c.deleted);
      const mapped = mapWith(changes, from, 'after'); // M3
      if (!gone) removals.push([mapped, mapped + (to - from)]);
    }
  }
  // A replacement goes where the replaced text began (M3); a pure insertion is a caret (M2).
  const at = mapWith(changes, r.at, r.replaces ? 'after' : 'before');
  return { ...r, removals, at };
}

/** Edits to apply in order: removals last-first (earlier indices stay valid), then the insert. */
export function toEdits(r: Rebasing): TextEdit[] {
  const out: TextEdit[] = [...r.removals]
    .reverse()
    .map(([from, to]) => ({ index: from, remove: to - from, insert: '' }));
  if (r.insert !== '') out.push({ index: r.at, remove: 0, insert: r.insert });
  return out;
}

/** M4: `edit`, made against the text before `deltas` (in order), as edits for the text after. */
export const rebaseEdit = (edit: TextEdit, deltas: readonly TextDelta[]): TextEdit[] =>
  toEdits(deltas.reduce(rebaseThrough, startRebase(edit)));
