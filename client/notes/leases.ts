/**
 * One live value per key, shared by everyone who holds a lease on it (yjs-free, so that the wipe
 * can import it without pulling Yjs into its chunk).
 *  L1. The first lease creates the value; later leases share it; the last release disposes it.
 *  L2. Releasing a lease twice counts once.
 *  L3. closeAll disposes every live value whoever holds it, and resolves once all are disposed
 *      (the wipe runs it before deleting the IndexedDB databases those values keep open).
 *      Leases still held afterwards release nothing.
 */
export interface Lease<V> {
  readonly value: V;
  release(): void;
}

interface Entry<V> {
  readonly value: V;
  count: number;
}

export class Leases<K, V> {
  private readonly live = new Map<K, Entry<V>>();
  private readonly closing = new Set<Promise<void>>();

  constructor(private readonly dispose: (value: V) => Promise<void>) {}

  acquire(key: K, create: () => V): Lease<V> {
    let entry = this.live.get(key);
    if (entry === undefined) {
      entry = { value: create(), count: 0 }; // L1
      this.live.set(key, entry);
    }
    entry.count++;
    const held = entry;
    let released = false;
    return {
      value: held.value,
      release: () => {
        if (released) return; // L2
        released = true;
        held.count--;
        if (held.count === 0 && this.live.get(key) === held) {
          this.live.delete(key);
          this.track(held.value);
        }
      },
    };
  }

  get size(): number {
    return this.live.size;
  }

  /** L3 */
  async closeAll(): Promise<void> {
    for (const entry of this.live.values()) this.track(entry.value);
    this.live.clear();
    await Promise.all([...this.closing]);
  }

  private track(value: V): void {
    const done = this.dispose(value)
      .catch(() => undefined)
      .finally(() => this.closing.delete(done));
    this.closing.add(done);
  }
}
