import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';
import { openLiveStream } from './live-stream';
import { FakeEventSource } from './testing/fake-event-source';
import { manualTimers } from './testing/manual-timers';

function setup() {
  const timers = manualTimers();
  const sources: FakeEventSource[] = [];
  const log: string[] = [];
  const stream = openLiveStream({
    create: (url) => {
      const s = new FakeEventSource(url);
      sources.push(s);
      return s;
    },
    collections: ['dossiers', 'conflicts'],
    timers,
    backoff: new Backoff(timers, () => 0, { baseMs: 100, maxMs: 1000 }),
    onChanged: (c) => log.push(`changed ${c}`),
    onResync: () => log.push('resync'),
    silenceMs: 1000,
  });
  return { timers, sources, log, stream };
}

const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('live stream (SSE)', () => {
  it('subscribes to the collections and maps changed/resync events (STREAM1, STREAM4)', () => {
    const { sources, log } = setup();
    expect(sources[0]?.url).toBe('/api/sync/stream?collections=dossiers,conflicts');
    sources[0]?.emit('resync', { type: 'resync', reason: 'connected' });
    sources[0]?.emit('changed', { type: 'changed', collection: 'dossiers', checkpoint: { seq: 4 } });
    sources[0]?.emit('heartbeat', {});
    expect(log).toEqual(['resync', 'changed dossiers']);
  });

  it('ignores malformed events: they carry no data, the next pull covers them', () => {
    const { sources, log } = setup();
    sources[0]?.emit('changed', { collection: 42 });
    expect(log).toEqual([]);
  });

  it('reconnects after a back-off when the browser gives up on the connection', async () => {
    const { sources, timers } = setup();
    sources[0]?.fail();
    await flush();
    expect(sources).toHaveLength(1);
    timers.advance(50);
    await flush();
    expect(sources).toHaveLength(2);
    expect(sources[0]?.readyState).toBe(2);
  });

  it('reconnects when the stream goes silent (no heartbeat), and stops for good on close()', async () => {
    const { sources, timers, stream } = setup();
    timers.advance(999);
    sources[0]?.emit('heartbeat', { type: 'heartbeat' });
    timers.advance(999);
    expect(sources).toHaveLength(1);
    timers.advance(1);
    await flush();
    timers.advance(50);
    await flush();
    expect(sources).toHaveLength(2);
    stream.close();
    timers.advance(10_000);
    await flush();
    expect(sources).toHaveLength(2);
    expect(sources[1]?.readyState).toBe(2);
  });
});
