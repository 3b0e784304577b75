import { NOTES_CLOSE, type NotesCloseReason } from '../../sync/notes-protocol';
import type { Principal } from '../auth/principal';
import type { PresenceOwner } from './presence';

/** What a connection needs of a WebSocket; routes.ts adapts the node-server socket to it. */
export interface NoteSocket {
  send(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Ask the peer for a pong; the adapter reports it with NoteConnection.heard(). */
  ping(): void;
  /** Drop the connection without a closing handshake (the peer stopped answering). */
  terminate(): void;
}

/** Who is on the other end, fixed when the upgrade was authorized; `name` is the account's. */
export interface NotesIdentity extends PresenceOwner {
  readonly principal: Principal;
}

/**
 * One officer's socket on one dossier's notes, from the authorized upgrade request to its end.
 * It exists before the socket does, so that a session ended during the handshake still closes
 * it: `end` before `attach` makes `attach` close the socket at once.
 */
export class NoteConnection {
  /** Awareness clientIDs this connection speaks for (presence.ts P2); cleared from the room when it leaves. */
  readonly controlled = new Set<number>();
  /** Set by a message or a pong, cleared by each liveness check (notes-server.ts N8). */
  alive = true;
  private socket: NoteSocket | null = null;
  private endedWith: NotesCloseReason | 'dropped' | 'peer' | null = null;

  constructor(
    readonly dossierId: string,
    readonly who: NotesIdentity,
    private readonly onEnd: (conn: NoteConnection) => void,
  ) {}

  get ended(): boolean {
    return this.endedWith !== null;
  }

  get attached(): boolean {
    return this.socket !== null;
  }

  /** false when the connection ended before its socket opened (the socket is closed then). */
  attach(socket: NoteSocket): boolean {
    this.socket = socket;
    this.alive = true;
    if (this.endedWith === null) return true;
    const reason = this.endedWith === 'dropped' || this.endedWith === 'peer' ? 'internal' : this.endedWith;
    socket.close(NOTES_CLOSE[reason], reason);
    return false;
  }

  heard(): void {
    this.alive = true;
  }

  send(bytes: Uint8Array): void {
    if (this.endedWith === null) this.socket?.send(bytes);
  }

  ping(): void {
    this.socket?.ping();
  }

  /** The server ends it, telling the client why. */
  end(reason: NotesCloseReason): void {
    if (this.finish(reason)) this.socket?.close(NOTES_CLOSE[reason], reason);
  }

  /** The peer is gone silent: cut it off. */
  drop(): void {
    if (this.finish('dropped')) this.socket?.terminate();
  }

  /** The socket closed from the other side (or after end/drop; then it is a no-op). */
  closedByPeer(): void {
    this.finish('peer');
  }

  private finish(how: NonNullable<NoteConnection['endedWith']>): boolean {
    if (this.endedWith !== null) return false;
    this.endedWith = how;
    this.onEnd(this);
    return true;
  }
}
