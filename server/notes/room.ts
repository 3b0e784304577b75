import * as Y from 'yjs';
import {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { NoteConnection } from './connection';
import type { NoteStore } from './note-store';
import { admitPresence, decodeAwareness, encodeAwareness } from './presence';
import { decodeClientMessage, encodeServerMessage, type NotesServerMessage } from './wire';

export interface RoomDeps {
  readonly store: NoteStore;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** Compact once the dossier holds more rows than this (N6). */
  readonly compactAbove: number;
  readonly compact: (dossierId: string) => Promise<number>;
  /** The room lost its last connection, or failed: the server unloads it. */
  readonly release: (room: NoteRoom) => void;
}

/**
 * One dossier's notes in memory while someone has them open: the Y.Doc loaded from the store,
 * the presence of those connected, and their connections. Invariants are N1–N7 of
 * notes-server.ts; the code cites them.
 */
export class NoteRoom {
  readonly conns = new Set<NoteConnection>();
  readonly awareness: Awareness;
  closed = false;
  /** Writes in arrival order; every send that may carry document content waits behind it (N3). */
  private writes: Promise<void> = Promise.resolve();
  private compacting = false;

  private constructor(
    readonly dossierId: string,
    readonly doc: Y.Doc,
    private rows: number,
    private readonly d: RoomDeps,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null); // the server has no presence of its own
    this.awareness.on(
      'update',
      (change: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
        const from = origin instanceof NoteConnection ? origin : null; // null: the room itself, or a timeout
        if (from !== null && this.conns.has(from)) {
          for (const id of [...change.added, ...change.updated]) from.controlled.add(id);
          for (const id of change.removed) from.controlled.delete(id);
        }
        const changed = [...change.added, ...change.updated, ...change.removed];
        const update = encodeAwarenessUpdate(this.awareness, changed);
        this.broadcast({ type: 'awareness', update }, from);
      },
    );
  }

  static async load(dossierId: string, d: RoomDeps): Promise<NoteRoom> {
    const { updates } = await d.store.load(dossierId);
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u); // rows were checked before they were stored (N2)
    });
    return new NoteRoom(dossierId, doc, updates.length, d);
  }

  /** false when the room is unloading: the caller loads a fresh one. */
  add(conn: NoteConnection): boolean {
    if (this.closed) return false;
    this.conns.add(conn);
    conn.send(encodeServerMessage({ type: 'sync-step1', stateVector: Y.encodeStateVector(this.doc) }));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0)
      conn.send(
        encodeServerMessage({ type: 'awareness', update: encodeAwarenessUpdate(this.awareness, present) }),
      );
    return true;
  }

  leave(conn: NoteConnection): void {
    if (!this.conns.delete(conn)) return;
    removeAwarenessStates(this.awareness, [...conn.controlled], null); // N5
    if (this.conns.size === 0) this.d.release(this);
  }

  /** N4: anything unreadable ends that connection with bad_message; the room carries on. */
  receive(conn: NoteConnection, bytes: Uint8Array): void {
    if (!this.conns.has(conn)) return;
    const m = decodeClientMessage(bytes);
    if (m === null) return conn.end('bad_message');
    switch (m.type) {
      case 'sync-step1': {
        let update: Uint8Array;
        try {
          update = Y.encodeStateAsUpdate(this.doc, m.stateVector);
        } catch {
          return conn.end('bad_message');
        }
        return this.afterWrites(() => conn.send(encodeServerMessage({ type: 'sync-step2', update }))); // N3
      }
      case 'sync-step2':
      case 'update':
        return this.apply(conn, m.update);
      case 'awareness': {
        const entries = decodeAwareness(m.update);
        if (entries === null) return conn.end('bad_message');
        const owned = (id: number) => [...this.conns].some((c) => c !== conn && c.controlled.has(id));
        const kept = admitPresence(entries, conn.who, conn.controlled, owned); // N5
        // y-protocols' own apply: clocks decide, so a replayed or stale state never wins.
        if (kept.length > 0) applyAwarenessUpdate(this.awareness, encodeAwareness(kept), conn);
        return;
      }
      case 'query-awareness': {
        const all = [...this.awareness.getStates().keys()];
        return conn.send(
          encodeServerMessage({ type: 'awareness', update: encodeAwarenessUpdate(this.awareness, all) }),
        );
      }
    }
  }

  /** Waits for the writes queued so far; then the doc can be dropped (N7). */
  async drain(): Promise<void> {
    await this.writes;
    this.doc.destroy(); // destroys the awareness too (and its timer)
  }

  private apply(conn: NoteConnection, raw: Uint8Array): void {
    try {
      const decoded = Y.decodeUpdate(raw); // N2: fully parsed before anything else
      if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return; // nothing in it
      Y.applyUpdate(this.doc, raw, conn);
    } catch {
      return conn.end('bad_message');
    }
    const update = raw.slice(); // our own bytes, not a view on the socket's buffer
    const at = new Date(this.d.now()).toISOString();
    this.queue(async () => {
      await this.d.store.append(this.dossierId, update, at); // N1: stored…
      this.rows++;
      this.broadcast({ type: 'update', update }, conn); // …then sent
      if (this.rows > this.d.compactAbove) this.compactSoon(); // N6
    });
  }

  private compactSoon(): void {
    if (this.compacting) return;
    this.compacting = true;
    void this.d
      .compact(this.dossierId)
      .then((merged) => {
        if (merged > 1) this.rows -= merged - 1;
      })
      .catch((e: unknown) => this.d.log(`notes ${this.dossierId}: compaction failed: ${String(e)}`))
      .finally(() => {
        this.compacting = false;
      });
  }

  private afterWrites(send: () => void): void {
    this.queue(() => {
      send();
      return Promise.resolve();
    });
  }

  /**
   * Runs even after the room closed: an update applied to the doc is stored whoever is left (N1).
   * A failed write ends every connection of the room (N7): clients resync with a fresh room.
   */
  private queue(task: () => Promise<void>): void {
    this.writes = this.writes.then(task).catch((e: unknown) => {
      this.d.log(`notes ${this.dossierId}: write failed, closing the room: ${String(e)}`);
      for (const c of [...this.conns]) c.end('internal');
    });
  }

  private broadcast(m: NotesServerMessage, except: NoteConnection | null): void {
    const bytes = encodeServerMessage(m);
    for (const c of this.conns) if (c !== except) c.send(bytes);
  }
}
