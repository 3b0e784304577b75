import type { Principal } from '../auth/principal';
import { NotesCompactor } from './compactor';
import { NoteConnection, type NoteSocket, type NotesIdentity } from './connection';
import type { NoteStore } from './note-store';
import { NoteRoom, type RoomDeps } from './room';

/** Runs `run` every `ms` until the returned function is called; compose.ts uses unref'd intervals. */
export type Every = (ms: number, run: () => void) => () => void;

export interface NotesServerDeps {
  readonly store: NoteStore;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly every: Every;
  /** Registers a connection with the StreamRegistry; returns the function that forgets it (N9). */
  readonly track: (p: Principal, end: () => void) => () => void;
  /** access.ts notesVerdict, re-checked on open connections (N8). */
  readonly verdict: (p: Principal, dossierId: string) => 'ok' | 'not_found' | 'forbidden';
  readonly compactAbove?: number;
}

export const COMPACT_ABOVE = 200;
export const COMPACT_EVERY_MS = 10 * 60_000;
export const CHECK_EVERY_MS = 30_000;

/**
 * The server of per-dossier shared notes: y-websocket's protocol over our own rooms, store and
 * access rules. Invariants (tests cite them):
 *  N1. Stored, then sent: an update is appended to the store before it is relayed to anyone.
 *  N2. Checked, then stored: an update is fully decoded and applied to the room's doc first; one
 *      that fails is never stored. So every stored row applies when a room loads.
 *  N3. Nothing leaves the server that is not on disk: the answer to a sync step 1 is computed when
 *      it arrives and sent after the writes queued before it have committed.
 *  N4. A frame that cannot be read — framing, update, state vector or presence — closes that
 *      connection with 4400 bad_message; the room and the other connections carry on.
 *  N5. Presence: only states naming the connection's own user, stamped with the account's name
 *      and role (presence.ts P1–P4); a connection's states are removed when it leaves.
 *  N6. Compaction (compactor.ts C1–C4) when a loaded dossier passes COMPACT_ABOVE rows, when its
 *      room unloads, and every COMPACT_EVERY_MS for every dossier with more than one row.
 *  N7. One room per dossier, loaded on first join after any unload of the same dossier has
 *      finished, unloaded when its last connection leaves: queued writes finish first. A failed
 *      write closes the room's connections (1011); they reconnect to a fresh room and resync.
 *  N8. Every CHECK_EVERY_MS: a connection that sent nothing and answered no ping since the last
 *      check is dropped; one whose dossier left its officer's scope is closed 4403 forbidden; one
 *      authorized but never opened is forgotten.
 *  N9. A connection is tracked in the StreamRegistry from its authorized upgrade on: signing out,
 *      revoking the device, disabling the user or changing their scope closes it 4401.
 * Refusals before the upgrade (HTTP 400/401/403/404/426) are access.ts A1–A7.
 */
export class NotesServer {
  private readonly rooms = new Map<string, Promise<NoteRoom>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly conns = new Set<NoteConnection>();
  private readonly roomOf = new Map<NoteConnection, NoteRoom>();
  private readonly compactor: NotesCompactor;
  private readonly roomDeps: RoomDeps;
  private readonly stopTimers: (() => void)[];
  private closing: Promise<void> | null = null;

  constructor(private readonly d: NotesServerDeps) {
    this.compactor = new NotesCompactor(d.store, d.now);
    this.roomDeps = {
      store: d.store,
      now: d.now,
      log: d.log,
      compactAbove: d.compactAbove ?? COMPACT_ABOVE,
      compact: (id) => this.compactor.compact(id),
      release: (room) => this.unload(room),
    };
    this.stopTimers = [
      d.every(
        COMPACT_EVERY_MS,
        () => void this.compactAll().catch((e: unknown) => this.fail('compaction', e)),
      ),
      d.every(CHECK_EVERY_MS, () => this.check()),
    ];
  }

  /** An authorized upgrade: the connection exists (and is tracked, N9) before its socket. */
  accept(dossierId: string, who: NotesIdentity): NoteConnection {
    let forget = () => {};
    const conn = new NoteConnection(dossierId, who, (c) => {
      this.conns.delete(c);
      forget();
      this.roomOf.get(c)?.leave(c);
      this.roomOf.delete(c);
    });
    this.conns.add(conn);
    forget = this.d.track(who.principal, () => conn.end('session_ended'));
    if (this.closing !== null) conn.end('server_stopping');
    return conn;
  }

  /** The socket is open: join the room; frames wait for the join, in order. */
  open(conn: NoteConnection, socket: NoteSocket): (bytes: Uint8Array | null) => void {
    if (!conn.attach(socket)) return () => {};
    const joined = this.join(conn).catch((e: unknown) => {
      this.fail(conn.dossierId, e);
      conn.end('internal');
      return null;
    });
    return (bytes) => {
      conn.heard();
      if (bytes === null) return conn.end('bad_message'); // N4: the protocol is binary, a text frame is not
      void joined
        .then((room) => room?.receive(conn, bytes))
        .catch((e: unknown) => {
          this.fail(conn.dossierId, e); // N4: a bug in reading a frame ends one connection, not the process
          conn.end('bad_message');
        });
    };
  }

  /** N6, the periodic part; errors are logged per dossier and the rest carry on. */
  async compactAll(): Promise<void> {
    for (const id of await this.d.store.crowded(1)) {
      await this.compactor.compact(id).catch((e: unknown) => this.fail(id, e));
    }
  }

  /** Ends every connection and unloads every room (compacting it); for SIGTERM and tests. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const stop of this.stopTimers) stop();
      for (const c of [...this.conns]) c.end('server_stopping');
      const loaded = await Promise.allSettled([...this.rooms.values()]);
      for (const r of loaded) if (r.status === 'fulfilled') this.unload(r.value);
      await Promise.allSettled([...this.unloading.values()]);
    })();
    return this.closing;
  }

  private async join(conn: NoteConnection): Promise<NoteRoom | null> {
    for (;;) {
      await this.unloading.get(conn.dossierId); // N7
      const room = await this.roomFor(conn.dossierId);
      if (conn.ended) {
        if (room.conns.size === 0) this.unload(room);
        return null;
      }
      if (room.add(conn)) {
        this.roomOf.set(conn, room);
        return room;
      }
    }
  }

  private roomFor(dossierId: string): Promise<NoteRoom> {
    let room = this.rooms.get(dossierId);
    if (room === undefined) {
      room = NoteRoom.load(dossierId, this.roomDeps);
      this.rooms.set(dossierId, room);
      void room.catch(() => this.rooms.delete(dossierId)); // the next join tries again
    }
    return room;
  }

  private unload(room: NoteRoom): void {
    if (room.closed) return;
    room.closed = true;
    this.rooms.delete(room.dossierId);
    const done = room
      .drain()
      .then(() => this.compactor.compact(room.dossierId)) // N6
      .then(
        () => undefined,
        (e: unknown) => this.fail(room.dossierId, e),
      )
      .finally(() => {
        if (this.unloading.get(room.dossierId) === done) this.unloading.delete(room.dossierId);
      });
    this.unloading.set(room.dossierId, done);
  }

  /** Logs names and ids only: an error's message never carries the notes' text. */
  private fail(where: string, e: unknown): void {
    this.d.log(`notes ${where}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }

  /** N8. */
  private check(): void {
    for (const conn of [...this.conns]) {
      if (!conn.alive) {
        conn.drop();
        continue;
      }
      conn.alive = false;
      if (!conn.attached) continue;
      const verdict = this.d.verdict(conn.who.principal, conn.dossierId);
      if (verdict === 'ok') conn.ping();
      else conn.end('forbidden');
    }
  }
}
