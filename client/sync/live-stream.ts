import type { StreamEvent } from '../../sync/protocol';
import { StreamEventSchema } from '../../sync/protocol';
import type { Backoff } from './backoff';
import type { Timers } from './timers';

/** The part of the browser's EventSource the stream uses; tests pass a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

/** EventSource.CLOSED: the browser gave up (HTTP error, wrong content type) and will not retry. */
const CLOSED = 2;

export interface LiveStreamOptions {
  readonly create: EventSourceFactory;
  readonly collections: readonly string[];
  readonly timers: Timers;
  readonly backoff: Backoff;
  /** `changed` (STREAM1): pull this collection from its own checkpoint. */
  readonly onChanged: (collection: string) => void;
  /** `resync`, sent first on every (re)connect (STREAM4): pull everything, the network is back. */
  readonly onResync: () => void;
  /** No event at all for this long means a dead connection (heartbeats stopped): reconnect. */
  readonly silenceMs?: number;
  /** Prefix of the sync routes; `/api/sync` on the app's own origin. */
  readonly baseUrl?: string;
}

export interface LiveStream {
  close(): void;
}

/**
 * `GET {base}/stream?collections=a,b` as Server-Sent Events: `event:` is the StreamEvent type,
 * `data:` its JSON. Events carry no documents (STREAM1), so a malformed or unknown event is
 * ignored without risk; the next `resync` or pull covers it. Reconnects: the browser retries a
 * dropped connection itself; when it gives up (CLOSED) or the stream goes silent, we reconnect
 * after a back-off.
 */
export function openLiveStream(opts: LiveStreamOptions): LiveStream {
  const url = `${opts.baseUrl ?? '/api/sync'}/stream?collections=${opts.collections.map(encodeURIComponent).join(',')}`;
  const silenceMs = opts.silenceMs ?? 90_000;
  let source: EventSourceLike | null = null;
  let closed = false;
  let reconnecting = false;
  let cancelWatchdog = (): void => undefined;

  const handle = (event: StreamEvent): void => {
    if (event.type === 'changed') opts.onChanged(event.collection);
    else if (event.type === 'resync') {
      opts.backoff.reset();
      opts.onResync();
    }
  };

  const watch = (): void => {
    cancelWatchdog();
    cancelWatchdog = opts.timers.after(silenceMs, () => void reconnect());
  };

  const listen = (type: StreamEvent['type']) => (message: MessageEvent<string>) => {
    watch();
    let json: unknown;
    try {
      json = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = StreamEventSchema.safeParse({ ...(typeof json === 'object' ? json : {}), type });
    if (parsed.success) handle(parsed.data);
  };

  function connect(): void {
    if (closed) return;
    const s = opts.create(url);
    source = s;
    for (const type of ['changed', 'heartbeat', 'resync'] as const) s.addEventListener(type, listen(type));
    s.addEventListener('error', () => {
      if (s.readyState === CLOSED && source === s) void reconnect();
    });
    watch();
  }

  async function reconnect(): Promise<void> {
    if (reconnecting) return; // the watchdog and an error event can both ask
    reconnecting = true;
    cancelWatchdog();
    source?.close();
    source = null;
    await opts.backoff.wait();
    reconnecting = false;
    connect();
  }

  connect();
  return {
    close: () => {
      closed = true;
      cancelWatchdog();
      source?.close();
      source = null;
    },
  };
}
