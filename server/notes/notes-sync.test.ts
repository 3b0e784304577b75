import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Jar } from '../testing/harness';
import { COMPACT_EVERY_MS } from './notes-server';
import { SqliteNoteStore } from './sqlite-note-store';
import {
  notesClient,
  startLive,
  storedDossier,
  waitFor,
  type LiveServer,
  type NotesClient,
} from './test-kit';

/** Editing, persistence across a restart and compaction, through the real composed server. */
const COMPACT_ABOVE = 20;
let live: LiveServer;
let counter: Jar;
let officer: Jar;
let boss: Jar;
const clients: NotesClient[] = [];

beforeAll(async () => {
  live = await startLive({ compactAbove: COMPACT_ABOVE });
  [counter, officer, boss] = await Promise.all([
    live.h.login('tiepnhan'),
    live.h.login('chuyenvien'),
    live.h.login('giamsat'),
  ]);
});
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});
afterAll(() => live.close());

const connect = async (jar: Jar, dossierId: string, server = live): Promise<NotesClient> => {
  const c = notesClient(server, jar, dossierId);
  clients.push(c);
  await waitFor(() => c.provider.synced, 'the first sync');
  return c;
};
const rowsOf = async (dataDir: string, dossierId: string) => {
  const store = new SqliteNoteStore(join(dataDir, 'motcua.sqlite'));
  try {
    return await store.load(dossierId);
  } finally {
    await store.close();
  }
};
const textOf = (updates: readonly Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getText('notes').toJSON();
};

describe('shared notes: editing and storage', () => {
  it('N1/N3: two officers editing the same dossier’s notes converge', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const a = await connect(counter, id);
    const b = await connect(officer, id);
    a.text.insert(0, 'Thiếu bản sao sổ đỏ. ');
    b.text.insert(0, 'Đã gọi điện cho công dân. ');
    await waitFor(() => a.text.length > 30 && a.text.toJSON() === b.text.toJSON(), 'convergence');
    expect(a.text.toJSON()).toContain('Thiếu bản sao sổ đỏ.');
    expect(a.text.toJSON()).toContain('Đã gọi điện cho công dân.');
    // N1: what the other side received was already stored.
    expect(textOf((await rowsOf(live.h.dataDir, id)).updates)).toBe(a.text.toJSON());
  });

  it('N6: past the threshold a dossier is compacted while edited; content and later rows stay', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const a = await connect(counter, id);
    const b = await connect(officer, id);
    for (let i = 0; i < 3 * COMPACT_ABOVE; i++) a.text.insert(a.text.length, String(i % 10));
    await waitFor(() => b.text.length === 3 * COMPACT_ABOVE, 'all edits to arrive');
    const stored = await rowsOf(live.h.dataDir, id);
    expect(stored.updates.length).toBeLessThanOrEqual(COMPACT_ABOVE + 1);
    expect(textOf(stored.updates)).toBe(a.text.toJSON());
  });

  it('N6/C1: the periodic compaction leaves one row per dossier with the same text', async () => {
    const id = await storedDossier(live.h, boss, 'hn-center', 'land');
    const a = await connect(counter, id);
    a.text.insert(0, 'một hai ba bốn');
    a.text.delete(0, 4); // deleted words must not stay on disk (C1)
    a.text.insert(a.text.length, ' năm');
    const expected = 'hai ba bốn năm';
    await waitFor(async () => textOf((await rowsOf(live.h.dataDir, id)).updates) === expected, 'storage');
    expect((await rowsOf(live.h.dataDir, id)).updates.length).toBeGreaterThan(1);

    live.ticks.get(COMPACT_EVERY_MS)?.();
    await waitFor(async () => (await rowsOf(live.h.dataDir, id)).updates.length === 1, 'one row');
    const [merged] = (await rowsOf(live.h.dataDir, id)).updates;
    expect(textOf([merged!])).toBe(expected);
    expect(Buffer.from(merged!).includes(Buffer.from('một'))).toBe(false);
    // The room is still open: editing goes on over the compacted rows.
    a.text.insert(0, '> ');
    await waitFor(async () => textOf((await rowsOf(live.h.dataDir, id)).updates) === `> ${expected}`, 'more');
  });
});

describe('shared notes: restart', () => {
  it('N2/NS2: an update survives closing the server and composing it again on the same data', async () => {
    const first = await startLive();
    const jar = await first.h.login('tiepnhan');
    const bossJar = await first.h.login('giamsat');
    const id = await storedDossier(first.h, bossJar, 'hn-center', 'civil_status');
    const a = await connect(jar, id, first);
    const text = 'Hẹn trả kết quả thứ Hai.';
    a.text.insert(0, text);
    await waitFor(async () => textOf((await rowsOf(first.h.dataDir, id)).updates) === text, 'storage');
    a.destroy();
    await first.close();

    const again = await startLive({ dataDir: first.h.dataDir });
    try {
      const b = await connect(jar, id, again); // the session and its cookie outlive the restart
      expect(b.text.toJSON()).toBe(text);
    } finally {
      await again.close();
    }
  });
});
