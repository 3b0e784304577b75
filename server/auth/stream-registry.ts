/**
 * Open live streams (SSE) by user and session, so that signing out, revoking a device or
 * disabling a user ends them at once: a stream's principal is fixed when it opens, and it would
 * otherwise keep hinting at changes until the connection drops.
 */
export interface TrackedStream {
  readonly userId: string;
  readonly sessionId: string;
  readonly end: () => void;
}

export class StreamRegistry {
  private readonly open = new Set<TrackedStream>();

  /** Returns the function that forgets the stream (call it when it closes on its own). */
  track(stream: TrackedStream): () => void {
    this.open.add(stream);
    return () => {
      this.open.delete(stream);
    };
  }

  get size(): number {
    return this.open.size;
  }

  closeUser(userId: string): void {
    this.closeWhere((s) => s.userId === userId);
  }

  closeSessions(sessionIds: readonly string[]): void {
    this.closeWhere((s) => sessionIds.includes(s.sessionId));
  }

  private closeWhere(match: (s: TrackedStream) => boolean): void {
    for (const s of [...this.open]) {
      if (!match(s)) continue;
      this.open.delete(s);
      s.end();
    }
  }
}
