/**
 * An in-memory transport whose queue moves only when the test says so (house rule: no sleeps).
 * Every message in flight sits in one list; the test delivers any of them (reordering), copies
 * one (duplicate delivery, later replay) or drops one (lost request or lost acknowledgement).
 */
export interface Envelope<M> {
  readonly id: number;
  /** The peer the message belongs to, so a disconnect can drop all of its traffic. */
  readonly peer: string;
  readonly message: M;
}

export class TestNetwork<M> {
  private inFlight: Envelope<M>[] = [];
  private nextId = 1;

  send(peer: string, message: M): void {
    this.inFlight.push({ id: this.nextId++, peer, message });
  }

  get size(): number {
    return this.inFlight.length;
  }

  peek(): readonly Envelope<M>[] {
    return this.inFlight;
  }

  /** Removes and returns the message at `index` for the test to deliver. */
  take(index: number): Envelope<M> | undefined {
    return this.inFlight.splice(index, 1)[0];
  }

  duplicate(index: number): void {
    const e = this.inFlight[index];
    if (e !== undefined) this.inFlight.push({ ...e, id: this.nextId++ });
  }

  drop(index: number): void {
    this.inFlight.splice(index, 1);
  }

  dropPeer(peer: string): void {
    this.inFlight = this.inFlight.filter((e) => e.peer !== peer);
  }

  clear(): void {
    this.inFlight = [];
  }
}
