import type * as Y from 'yjs';
import { mapIndex, rebaseThrough, startRebase, toEdits, type TextDelta } from './delta-map';
import { diffText } from './text-diff';

/**
 * Keeps a <textarea> and a Y.Text equal, both ways. Invariants:
 *  T1. Outside an IME composition, `shown` (what the textarea displays) equals the Y.Text after
 *      every event: a local input is applied at once (text-diff B1), a remote change is drawn
 *      at once with the caret and selection moved through it (delta-map M1–M2).
 *  T2. During a composition (Vietnamese on a phone keyboard composes every word) the textarea is
 *      not touched, since setting its value would cancel the composition; remote changes wait in
 *      `pending`. At its end, the composed edit is rebased through them (delta-map M4), applied,
 *      and the merged text drawn, caret after the composed text.
 *  T3. Our own transactions carry `origin`, so their events are not drawn twice.
 * Returns the function that unbinds.
 */
export function bindTextarea(el: HTMLTextAreaElement, text: Y.Text): () => void {
  const origin = { binding: el };
  let shown = text.toJSON();
  let composing = false;
  let pending: TextDelta[] = [];
  el.value = shown;

  const draw = (caret: (index: number) => number): void => {
    const focused = el.ownerDocument.activeElement === el;
    const [start, end, dir] = [el.selectionStart, el.selectionEnd, el.selectionDirection];
    const scroll = el.scrollTop;
    shown = text.toJSON();
    el.value = shown;
    if (focused) el.setSelectionRange(caret(start), caret(end), dir);
    el.scrollTop = scroll;
  };

  const observer = (event: Y.YTextEvent, tr: Y.Transaction): void => {
    if (tr.origin === origin) return; // T3
    const delta = event.delta as TextDelta;
    if (composing)
      pending.push(delta); // T2
    else draw((i) => mapIndex(delta, i)); // T1
  };

  const commit = (): void => {
    const edit = diffText(shown, el.value, el.selectionEnd);
    const deltas = pending;
    pending = [];
    if (edit === null) {
      if (deltas.length > 0) draw((i) => deltas.reduce((at, d) => mapIndex(d, at), i));
      return;
    }
    const rebased = deltas.reduce(rebaseThrough, startRebase(edit)); // T2
    text.doc?.transact(() => {
      for (const e of toEdits(rebased)) {
        if (e.remove > 0) text.delete(e.index, e.remove);
        if (e.insert !== '') text.insert(e.index, e.insert);
      }
    }, origin);
    if (deltas.length === 0 && text.toJSON() === el.value)
      shown = el.value; // T1
    else draw(() => rebased.at + rebased.insert.length);
  };

  const onInput = (e: Event): void => {
    if (!composing && !(e as InputEvent).isComposing) commit();
  };
  const onStart = (): void => {
    composing = true;
  };
  const onEnd = (): void => {
    composing = false;
    commit();
  };
  text.observe(observer);
  el.addEventListener('input', onInput);
  el.addEventListener('compositionstart', onStart);
  el.addEventListener('compositionend', onEnd);
  el.addEventListener('blur', onEnd); // a composition cut short by leaving the field still counts
  return () => {
    text.unobserve(observer);
    el.removeEventListener('input', onInput);
    el.removeEventListener('compositionstart', onStart);
    el.removeEventListener('compositionend', onEnd);
    el.removeEventListener('blur', onEnd);
  };
}
