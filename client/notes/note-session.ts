import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { closeAction, probeAction, probeDue } from './close-policy';
import { noteDbName } from './note-db';
import { INITIAL_CONNECTION, type NoteConnection } from './note-status';
import type { NotePresence } from './presence';
import { NOTES_PROTOCOL_VERSION, NOTES_TEXT, NOTES_VERSION_PARAM } from './protocol';

const RESYNC_MS = 10_000;

/** What a session needs from the page; open-note.ts passes the browser's. */
export interface NoteSessionDeps {
  /** ws(s)://<origin>/api/notes; the room (dossier id) and `?v=` are appended. */
  readonly serverUrl: string;
  readonly user: NotePresence | null;
  readonly online: () => boolean;
  readonly onNetworkChange: (listener: (online: boolean) => void) => () => void;
  /**
   * GETs the room's URL through the refreshing fetch (renewing an expired access cookie on the
   * way) and resolves to the HTTP status, or null without an answer (close-policy C1, C3).
   */
  readonly probe: () => Promise<number | null>;
  readonly now: () => number;
}

/**
 * One dossier's note on this page: a Y.Doc with its text at `notes`, kept on the device by
 * y-indexeddb and exchanged with the server's room by y-websocket. Invariants:
 *  S1. IndexedDB is attached before the socket, so every change, local or from the server, is
 *      stored as it happens (what arrived before the database opened is stored whole once it
 *      opens): the state line may say "saved on the device" (note-status NS2).
 *  S2. The device being offline closes the socket at once instead of letting it stall (this
 *      Chromium keeps a socket open through an offline period and only y-websocket's 30 s
 *      watchdog would notice); coming back online reconnects, and the sync handshake merges
 *      both sides' changes (the server's step 1 is answered with ours before its step 2 makes
 *      us `synced`, note-status NS1).
 *  S3. A refusal for good (close-policy C2) stops reconnecting until the note is opened again.
 *  S4. An open socket hears from the server at least every RESYNC_MS: we re-send our state
 *      vector and the server answers (a few bytes when nothing is missing). The server does not
 *      echo our own presence, so an officer alone in a room would otherwise hear nothing, and
 *      y-websocket drops a socket that heard nothing for 30 s (then "connecting" flickers).
 *  S5. destroy() says goodbye on the awareness channel, closes the socket, then the database,
 *      and resolves when IndexedDB has released it (the wipe deletes it next).
 */
export class NoteSession {
  readonly doc = new Y.Doc();
  readonly text: Y.Text = this.doc.getText(NOTES_TEXT);
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence;
  private readonly listeners = new Set<(c: NoteConnection) => void>();
  private readonly stopNetwork: () => void;
  private current: NoteConnection;
  private lastProbeAt = 0;
  private destroyed = false;

  constructor(
    dossierId: string,
    private readonly deps: NoteSessionDeps,
  ) {
    this.current = { ...INITIAL_CONNECTION, online: deps.online() };
    this.persistence = new IndexeddbPersistence(noteDbName(dossierId), this.doc); // S1
    void this.persistence.whenSynced.then(() => this.set({ loaded: true }));
    this.provider = new WebsocketProvider(deps.serverUrl, encodeURIComponent(dossierId), this.doc, {
      connect: false,
      params: { [NOTES_VERSION_PARAM]: String(NOTES_PROTOCOL_VERSION) },
      maxBackoffTime: 5_000,
      resyncInterval: RESYNC_MS, // S4
      shouldReconnect: (event) => closeAction(event.code).kind !== 'stop', // S3
    });
    if (deps.user !== null) this.provider.awareness.setLocalStateField('user', deps.user);
    this.provider.on('status', ({ status }) => this.set({ connected: status === 'connected' }));
    this.provider.on('sync', (synced) => this.set(synced ? { synced, loaded: true } : { synced }));
    this.provider.on('connection-close', (event) => this.closed(event?.code ?? null));
    this.provider.on('closed', ({ code }) => {
      const action = closeAction(code);
      if (action.kind === 'stop') this.set({ refused: action.reason });
    });
    this.stopNetwork = deps.onNetworkChange((online) => {
      this.set({ online });
      if (!online)
        this.provider.disconnect(); // S2
      else if (this.current.refused === null) this.provider.connect();
    });
    if (this.current.online) this.provider.connect();
  }

  get connection(): NoteConnection {
    return this.current;
  }

  subscribe(listener: (c: NoteConnection) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** S5 */
  async destroy(): Promise<void> {
    this.destroyed = true;
    this.stopNetwork();
    this.listeners.clear();
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    await this.persistence.destroy();
    this.doc.destroy();
  }

  /** close-policy C1, C3; `null` when we closed the socket ourselves. */
  private closed(code: number | null): void {
    if (code === null || !this.deps.online()) return;
    const action = closeAction(code);
    if (action.kind === 'stop') return; // y-websocket emits `closed` next
    const now = this.deps.now();
    const failures = this.provider.wsUnsuccessfulReconnects + 1; // counted after this event
    if (action.kind === 'retry' && !probeDue(failures, this.lastProbeAt, now)) return;
    this.lastProbeAt = now;
    void this.deps.probe().then((status) => {
      const verdict = probeAction(status);
      if (verdict.kind !== 'stop' || this.destroyed) return;
      this.provider.disconnect(); // S3
      this.set({ refused: verdict.reason });
    });
  }

  private set(patch: Partial<NoteConnection>): void {
    const next = { ...this.current, ...patch };
    if (Object.entries(patch).every(([k, v]) => this.current[k as keyof NoteConnection] === v)) return;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}
