import * as Y from 'yjs';
import type { NoteStore } from './note-store';

/**
 * Replaces a dossier's rows by one update holding the same document (NS3 does the storing).
 *  C1. The merge goes through a Y.Doc (applied, then encodeStateAsUpdate), not Y.mergeUpdates:
 *      the doc garbage-collects deleted text, so words an officer deleted do not stay on disk in
 *      the merged row, and the row is smaller. Pending structs (whose predecessors never arrived)
 *      are part of encodeStateAsUpdate's output, so nothing received is dropped.
 *  C2. Only the rows that were loaded are replaced (ids ≤ upTo): rows appended meanwhile stay.
 *  C3. A row that does not apply stops the compaction of that dossier (its rows stay as they
 *      are, the error is logged): compaction never turns a doubtful row into a lost one.
 *  C4. One compaction per dossier at a time; asking again while one runs joins it.
 */
export class NotesCompactor {
  private readonly running = new Map<string, Promise<number>>();

  constructor(
    private readonly store: NoteStore,
    private readonly now: () => number,
  ) {}

  /** Returns how many rows were merged into one (0 when there was nothing to merge). */
  compact(dossierId: string): Promise<number> {
    const running = this.running.get(dossierId);
    if (running !== undefined) return running; // C4
    const run = this.merge(dossierId).finally(() => this.running.delete(dossierId));
    this.running.set(dossierId, run);
    return run;
  }

  private async merge(dossierId: string): Promise<number> {
    const { updates, upTo } = await this.store.load(dossierId);
    if (updates.length < 2) return 0;
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        for (const update of updates) Y.applyUpdate(doc, update); // throws: C3
      });
      const merged = Y.encodeStateAsUpdate(doc); // C1
      await this.store.replace(dossierId, upTo, merged, new Date(this.now()).toISOString()); // C2
      return updates.length;
    } finally {
      doc.destroy();
    }
  }
}
