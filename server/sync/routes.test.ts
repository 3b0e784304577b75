import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { domainTestServer } from '../../sync/testing/domain-server';
import { syncRoutes } from './routes';

function setup() {
  const server = domainTestServer();
  const logged: string[] = [];
  const api = syncRoutes({
    server,
    principalOf: () => 'anyone',
    log: (l) => logged.push(l),
    heartbeatMs: 20,
  });
  const app = createApp({ version: 't', log: (l) => logged.push(l), api: [{ path: '/sync', app: api }] });
  return { app, server, logged };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const base = { protocolVersion: PROTOCOL_VERSION, schemaVersion: 0 };
const ticket = { id: 'q-1', _deleted: false, number: 1, state: 'waiting' };

describe('sync HTTP routes', () => {
  it('PUSH2/PULL1: a pushed document comes back on pull with a server checkpoint', async () => {
    const { app } = setup();
    const push = await app.request(
      '/api/sync/queue_tickets/push',
      json({
        type: 'push',
        ...base,
        collection: 'queue_tickets',
        rows: [{ assumedMasterState: null, newDocumentState: ticket }],
      }),
    );
    expect(push.status).toBe(200);
    expect(await push.json()).toMatchObject({ type: 'push_response', conflicts: [], rejected: [] });
    const pull = await app.request(
      '/api/sync/queue_tickets/pull',
      json({ type: 'pull', ...base, collection: 'queue_tickets', checkpoint: null, batchSize: 10 }),
    );
    const body = (await pull.json()) as { documents: unknown[]; checkpoint: { seq: number } };
    expect(body.documents).toEqual([ticket]);
    expect(body.checkpoint.seq).toBeGreaterThan(0);
  });

  it('PULL6: refuses a too-old protocol with 426 and a message in the caller’s language', async () => {
    const { app } = setup();
    const req = {
      type: 'pull',
      protocolVersion: 0,
      schemaVersion: 0,
      collection: 'dossiers',
      checkpoint: null,
      batchSize: 5,
    };
    const vi = await app.request('/api/sync/dossiers/pull', json(req));
    expect(vi.status).toBe(426);
    expect(await vi.json()).toEqual({
      error: { code: 'protocol_too_old', message: 'Ứng dụng đã cũ; vui lòng tải lại để cập nhật.' },
    });
    const en = await app.request('/api/sync/dossiers/pull', json(req, { 'accept-language': 'en' }));
    expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/out of date/);
  });

  it.each([
    ['not JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' }],
    ['a wrong content type', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }],
    [
      'a body for another collection',
      json({ type: 'pull', ...base, collection: 'catalogue', checkpoint: null, batchSize: 5 }),
    ],
    [
      'a batch size over the limit',
      json({ type: 'pull', ...base, collection: 'dossiers', checkpoint: null, batchSize: 100000 }),
    ],
  ])('PUSH7: answers %s with 400 bad_request, never a 500', async (_name, init) => {
    const { app } = setup();
    const res = await app.request('/api/sync/dossiers/pull', init);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('PUSH7: answers a push nested deeper than any document with 400, not a stack overflow', async () => {
    const { app } = setup();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const body = `{"type":"push","protocolVersion":${PROTOCOL_VERSION},"schemaVersion":0,"collection":"queue_tickets","rows":[{"assumedMasterState":null,"newDocumentState":{"id":"q-9","_deleted":false,"n":${deep}}}]}`;
    const res = await app.request('/api/sync/queue_tickets/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request' } });
  });

  it('answers an unknown collection with 404 unknown_collection', async () => {
    const { app } = setup();
    const res = await app.request(
      '/api/sync/secrets/pull',
      json({ type: 'pull', ...base, collection: 'secrets', checkpoint: null, batchSize: 5 }),
    );
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'unknown_collection' } });
  });

  it('STREAM4/STREAM2: the stream opens with resync, then tells of a committed push, with heartbeats', async () => {
    const { app, server } = setup();
    const controller = new AbortController();
    const res = await app.request('/api/sync/stream?collections=queue_tickets', {
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}: ${text}`);
        text += decoder.decode(value);
      }
    };
    await readUntil('event: resync');
    await server.push('anyone', {
      type: 'push',
      ...base,
      collection: 'queue_tickets',
      rows: [{ assumedMasterState: null, newDocumentState: ticket }],
    });
    await readUntil('event: changed');
    expect(text).toMatch(
      /data: \{"type":"changed","collection":"queue_tickets","checkpoint":\{"seq":\d+\}\}/,
    );
    await readUntil('event: heartbeat');
    controller.abort();
    await reader.cancel();
    // A closed stream unsubscribes, so dead connections never pile up in the change hub.
    await vi.waitFor(() => expect(server.subscriberCount).toBe(0));
  });
});
