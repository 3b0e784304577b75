import type { EventSourceLike } from '../live-stream';

/** An EventSource whose events the test (or the in-process server) dispatches. */
export class FakeEventSource implements EventSourceLike {
  readyState = 0;
  private readonly listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (e: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data: unknown): void {
    if (this.readyState === 2) return;
    this.readyState = 1;
    for (const l of this.listeners.get(type) ?? []) l({ data: JSON.stringify(data) } as MessageEvent<string>);
  }

  /** The browser gave up on the connection (e.g. the server answered an error status). */
  fail(): void {
    this.readyState = 2;
    for (const l of this.listeners.get('error') ?? []) l({ data: '' } as MessageEvent<string>);
  }

  close(): void {
    this.readyState = 2;
  }
}
