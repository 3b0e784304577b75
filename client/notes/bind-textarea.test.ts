import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindTextarea } from './bind-textarea';

/** Just enough of a focused <textarea> for the binding; counts how often its value is set. */
class FakeTextarea extends EventTarget {
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: 'forward' | 'backward' | 'none' = 'none';
  scrollTop = 0;
  draws = 0;
  readonly ownerDocument = { activeElement: this as unknown };
  private text = '';
  get value(): string {
    return this.text;
  }
  set value(v: string) {
    this.draws++;
    this.text = v;
  }
  setSelectionRange(start: number, end: number): void {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  /** The officer types `s` at the caret (a browser sets value and caret, then fires input). */
  type(s: string, events = true): void {
    const at = this.selectionStart;
    this.text = this.text.slice(0, at) + s + this.text.slice(this.selectionEnd);
    this.selectionStart = this.selectionEnd = at + s.length;
    if (events) this.dispatchEvent(new Event('input'));
  }
}

/** Two replicas of one note, updates exchanged at once (the server's room, in memory). */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
  return { a: a.getText('notes'), b: b.getText('notes') };
}

function bound(text: Y.Text): FakeTextarea {
  const el = new FakeTextarea();
  bindTextarea(el as unknown as HTMLTextAreaElement, text);
  return el;
}

describe('textarea binding', () => {
  it('T1: typing reaches the Y.Text; a colleague’s insert before the caret moves it along', () => {
    const { a, b } = pair();
    const el = bound(a);
    el.type('Đã nhận đủ giấy tờ.');
    expect(b.toJSON()).toBe('Đã nhận đủ giấy tờ.');
    b.insert(0, 'Ghi chú: ');
    expect(el.value).toBe('Ghi chú: Đã nhận đủ giấy tờ.');
    expect(el.selectionStart).toBe(el.value.length);
    el.type(' Hẹn thứ Hai.');
    expect(b.toJSON()).toBe('Ghi chú: Đã nhận đủ giấy tờ. Hẹn thứ Hai.');
  });

  it('T1/M2: two officers typing at the same spot each keep their own words together', () => {
    const { a, b } = pair();
    const ea = bound(a);
    const eb = bound(b);
    for (const [x, y] of [...'Anh'].map((c, i) => [c, 'Bình'[i] ?? ''])) {
      ea.type(x ?? '');
      eb.type(y ?? '');
    }
    eb.type('h');
    expect(ea.value).toBe(eb.value);
    expect(ea.value).toMatch(/^(AnhBình|BìnhAnh)$/);
  });

  it('T2: a composition is not disturbed, then merges with what arrived meanwhile', () => {
    const { a, b } = pair();
    const el = bound(a);
    el.type('Viet Nam');
    el.selectionStart = el.selectionEnd = 4;
    el.dispatchEvent(new Event('compositionstart'));
    const drawsBefore = el.draws;
    el.selectionStart = 0;
    el.type('Việt', false); // the keyboard replaces the word "Viet" as it composes
    el.selectionStart = el.selectionEnd = 4;
    b.insert(b.length, ' ơi'); // a colleague appends meanwhile
    b.insert(0, '» ');
    expect(el.draws).toBe(drawsBefore);
    el.dispatchEvent(new Event('compositionend'));
    expect(a.toJSON()).toBe('» Việt Nam ơi');
    expect(b.toJSON()).toBe('» Việt Nam ơi');
    expect(el.value).toBe('» Việt Nam ơi');
    expect(el.selectionStart).toBe('» Việt'.length);
  });

  it('T3: our own edits are not drawn back into the textarea', () => {
    const { a } = pair();
    const el = bound(a);
    const before = el.draws;
    el.type('abc');
    expect(el.draws).toBe(before);
    expect(a.toJSON()).toBe('abc');
  });

  // Two officers on a slow network: updates wait in a queue until the run delivers them, while
  // each types, deletes, moves the caret and composes. Both must end with the same text as their
  // Y.Text (T1, T2); fast-check prints the seed and the steps of any failing run.
  const step = fc.record({
    who: fc.constantFrom(0, 1),
    kind: fc.constantFrom('type', 'type', 'erase', 'caret', 'select', 'compose', 'deliver'),
    at: fc.nat(40),
    s: fc.constantFrom('a', 'ệ', 'xin chào', '😀', ' '),
  });

  it('T1/T2: random typing, compositions and late delivery converge', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const docs = [new Y.Doc(), new Y.Doc()] as const;
        const queues: Uint8Array[][] = [[], []];
        docs.forEach((d, i) =>
          d.on('update', (u: Uint8Array, origin: unknown) => {
            if (origin !== 'remote') queues[1 - i]?.push(u);
          }),
        );
        const deliver = (to: 0 | 1): void => {
          for (const u of queues[to]?.splice(0) ?? []) Y.applyUpdate(docs[to], u, 'remote');
        };
        const els = docs.map((d) => bound(d.getText('notes')));
        for (const { who, kind, at, s } of steps) {
          const el = els[who] as FakeTextarea;
          // A browser never puts the caret inside a surrogate pair, nor erases half of one.
          const snap = (i: number): number => (/[\uDC00-\uDFFF]/.test(el.value[i] ?? '') ? i - 1 : i);
          const caret = snap(Math.min(at, el.value.length));
          if (kind === 'type') el.type(s);
          else if (kind === 'erase' && el.selectionStart > 0) {
            el.selectionStart = snap(el.selectionStart - 1);
            el.type('');
          } else if (kind === 'caret') el.selectionStart = el.selectionEnd = caret;
          else if (kind === 'compose') {
            el.dispatchEvent(new Event('compositionstart'));
            deliver(who); // colleagues' changes arrive while the officer composes
            el.type(s, false);
            el.dispatchEvent(new Event('compositionend'));
          } else if (kind === 'deliver') deliver(who);
        }
        deliver(0);
        deliver(1);
        deliver(0);
        const texts = docs.map((d) => d.getText('notes').toJSON());
        expect(texts[1]).toBe(texts[0]);
        expect(els.map((e) => e.value)).toEqual(texts);
      }),
      { numRuns: 500 },
    );
  });
});
