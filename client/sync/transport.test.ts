import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import type { FetchLike } from './transport';
import { httpTransport } from './transport';

const pull = {
  type: 'pull',
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: 0,
  collection: 'dossiers',
  checkpoint: null,
  batchSize: 10,
} as const;
const answering =
  (status: number, body: unknown): FetchLike =>
  () =>
    Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

describe('HTTP transport', () => {
  it('posts the request to /api/sync/:collection/pull and validates the answer', async () => {
    let seen: { url: string; body: unknown } | undefined;
    const t = httpTransport({
      fetch: (url, init) => {
        seen = { url, body: JSON.parse(typeof init.body === 'string' ? init.body : 'null') };
        return Promise.resolve(
          new Response(
            JSON.stringify({
              type: 'pull_response',
              documents: [{ id: 'a', _deleted: false, x: 1 }],
              checkpoint: { seq: 3 },
            }),
          ),
        );
      },
    });
    const r = await t.pull(pull);
    expect(seen).toEqual({ url: '/api/sync/dossiers/pull', body: pull });
    expect(r).toEqual({
      ok: true,
      value: {
        type: 'pull_response',
        documents: [{ id: 'a', _deleted: false, x: 1 }],
        checkpoint: { seq: 3 },
      },
    });
  });

  it.each([
    [426, 'protocol_too_old', 'update_required'],
    [426, 'schema_too_old', 'update_required'],
    [409, 'schema_too_new', 'server_outdated'],
    [401, 'unauthenticated', 'unauthenticated'],
    [403, 'forbidden', 'forbidden'],
    [400, 'bad_request', 'rejected'],
    [500, 'internal', 'server_error'],
  ] as const)('PULL6: HTTP %i %s is the failure %s', async (status, code, reason) => {
    const r = await httpTransport({ fetch: answering(status, { error: { code, message: 'm' } }) }).pull(pull);
    expect(r).toEqual({ ok: false, failure: { reason, code, detail: 'm' } });
  });

  it('classifies answers without the error shape by status, and a thrown fetch as network', async () => {
    expect(await httpTransport({ fetch: answering(426, 'Upgrade Required') }).pull(pull)).toMatchObject({
      ok: false,
      failure: { reason: 'update_required' },
    });
    expect(await httpTransport({ fetch: answering(502, '<html>') }).pull(pull)).toMatchObject({
      ok: false,
      failure: { reason: 'server_error' },
    });
    const offline: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await httpTransport({ fetch: offline }).pull(pull)).toMatchObject({
      ok: false,
      failure: { reason: 'network' },
    });
  });

  it('refuses a 200 answer that breaks the protocol instead of handing it to RxDB', async () => {
    const r = await httpTransport({
      fetch: answering(200, { type: 'pull_response', documents: [{ nope: true }], checkpoint: { seq: 1 } }),
    }).pull(pull);
    expect(r).toMatchObject({ ok: false, failure: { reason: 'server_error' } });
  });
});
