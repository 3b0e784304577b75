import type { NoteStore, StoredNotes } from './note-store';

interface Row {
  readonly id: number;
  readonly dossierId: string;
  readonly update: Uint8Array;
}

/** The rows of a MemoryNoteStore; pass the same object to a new store to "restart" over it. */
export interface MemoryNotesData {
  rows: Row[];
  lastId: number;
}

export const createMemoryNotesData = (): MemoryNotesData => ({ rows: [], lastId: 0 });

/** NoteStore in memory, for tests and as the reference the contract suite checks SQLite against. */
export class MemoryNoteStore implements NoteStore {
  constructor(private readonly data: MemoryNotesData = createMemoryNotesData()) {}

  append(dossierId: string, update: Uint8Array): Promise<void> {
    // A copy: the caller's array may be a view on a socket buffer (NS5).
    this.data.rows.push({ id: ++this.data.lastId, dossierId, update: update.slice() });
    return Promise.resolve();
  }

  load(dossierId: string): Promise<StoredNotes> {
    const mine = this.data.rows.filter((r) => r.dossierId === dossierId);
    return Promise.resolve({
      updates: mine.map((r) => r.update.slice()),
      upTo: mine.reduce((max, r) => Math.max(max, r.id), 0),
    });
  }

  replace(dossierId: string, upTo: number, merged: Uint8Array): Promise<void> {
    const covered = (r: Row) => r.dossierId === dossierId && r.id <= upTo;
    if (!this.data.rows.some(covered)) return Promise.resolve(); // NS3: already compacted
    const kept = this.data.rows.filter((r) => !covered(r));
    kept.push({ id: upTo, dossierId, update: merged.slice() });
    this.data.rows = kept.sort((a, b) => a.id - b.id);
    return Promise.resolve();
  }

  crowded(moreThan: number): Promise<readonly string[]> {
    const counts = new Map<string, number>();
    for (const r of this.data.rows) counts.set(r.dossierId, (counts.get(r.dossierId) ?? 0) + 1);
    return Promise.resolve([...counts].filter(([, n]) => n > moreThan).map(([id]) => id));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
