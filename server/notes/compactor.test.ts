import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NotesCompactor } from './compactor';
import { MemoryNoteStore } from './memory-note-store';
import type { NoteStore } from './note-store';
import { SqliteNoteStore } from './sqlite-note-store';

const AT = '2026-11-20T03:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'motcua-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Updates of one officer typing, one update per keystroke, as y-websocket sends them. */
function typing(words: string): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (const ch of words) doc.getText('notes').insert(doc.getText('notes').length, ch);
  return { updates, doc };
}
const textOf = (updates: readonly Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('notes').toJSON();
};

/** A store whose `replace` first lets `meanwhile` run: an append racing the merge. */
function racing(store: NoteStore, meanwhile: () => Promise<void>): NoteStore {
  return {
    ...store,
    append: (...a) => store.append(...a),
    load: (id) => store.load(id),
    crowded: (n) => store.crowded(n),
    close: () => store.close(),
    replace: async (...a) => {
      await meanwhile();
      await store.replace(...a);
    },
  };
}

describe.each([
  ['memory', () => new MemoryNoteStore()],
  ['sqlite', () => new SqliteNoteStore(join(dir, `${Math.random()}.sqlite`))],
])('NotesCompactor over %s', (_name, open) => {
  it('C1/C2: one row with the same text, and a row appended during the merge survives', async () => {
    const store = open();
    const { updates: live, doc } = typing('Biên nhận số 12');
    const updates = [...live]; // `live` goes on growing with the late edit below
    for (const u of updates) await store.append('d1', u, AT);
    await store.append('d2', updates[0]!, AT);
    let late: Uint8Array | undefined;
    doc.on('update', (u: Uint8Array) => (late = u));
    doc.getText('notes').insert(0, '* ');
    const compactor = new NotesCompactor(
      racing(store, () => store.append('d1', late!, AT)),
      () => 0,
    );
    expect(await compactor.compact('d1')).toBe(updates.length);
    const after = await store.load('d1');
    expect(after.updates).toHaveLength(2); // the merged row and the late one
    expect(textOf(after.updates)).toBe('* Biên nhận số 12');
    expect((await store.load('d2')).updates).toHaveLength(1);
    await store.close();
  });

  it('C3: a row that does not apply stops the compaction and every row stays', async () => {
    const store = open();
    const { updates } = typing('abc');
    for (const u of updates) await store.append('d1', u, AT);
    await store.append('d1', new Uint8Array([0, 2, 9, 9, 9]), AT); // stored by some older bug
    await expect(new NotesCompactor(store, () => 0).compact('d1')).rejects.toThrow();
    expect((await store.load('d1')).updates).toHaveLength(4);
    await store.close();
  });

  it('C4: compacting a dossier twice at once runs one merge', async () => {
    const store = open();
    for (const u of typing('xyz').updates) await store.append('d1', u, AT);
    const compactor = new NotesCompactor(store, () => 0);
    const [a, b] = await Promise.all([compactor.compact('d1'), compactor.compact('d1')]);
    expect([a, b]).toEqual([3, 3]);
    expect(await compactor.compact('d1')).toBe(0); // one row: nothing to merge
    await store.close();
  });
});
