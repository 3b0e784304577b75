import type { StreamEvent } from '../protocol.ts';

/**
 * Fans committed changes out to live subscribers. Only SyncServer publishes, and only after the
 * storage transaction has committed (PUSH1, STREAM2). Events are hints without documents: a
 * subscriber may be told too much, never too little (STREAM3).
 */
export interface Change {
  readonly collection: string;
  readonly scopeKey: string;
  readonly seq: number;
}

export type Listener = (event: StreamEvent) => void;

interface Subscriber {
  readonly collections: ReadonlySet<string>;
  readonly wants: (collection: string, scopeKey: string) => boolean;
  readonly listener: Listener;
}

export class ChangeHub {
  private readonly subscribers = new Map<string, Subscriber>();

  add(id: string, sub: Subscriber): () => void {
    this.subscribers.set(id, sub);
    return () => {
      this.subscribers.delete(id);
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  publish(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    for (const [id, sub] of [...this.subscribers]) {
      const head = new Map<string, number>();
      for (const c of changes) {
        if (!sub.collections.has(c.collection) || !sub.wants(c.collection, c.scopeKey)) continue;
        head.set(c.collection, Math.max(head.get(c.collection) ?? 0, c.seq));
      }
      for (const [collection, seq] of head)
        this.deliver(id, sub, { type: 'changed', collection, checkpoint: { seq } });
    }
  }

  deliver(id: string, sub: Subscriber, event: StreamEvent): void {
    try {
      sub.listener(event);
    } catch {
      this.subscribers.delete(id); // a broken listener must not fail a committed push
    }
  }
}
