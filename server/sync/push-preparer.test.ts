import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../sync/protocol';
import { bundleWorker, dyingWorker } from '../testing/bundle-worker';
import { preparePush } from './prepare-push';
import { inThreadPreparer, workerPreparer, type PushPreparer } from './push-preparer';

let built: URL;
beforeAll(async () => {
  built = await bundleWorker('server/sync/prepare-push-worker.ts');
});

const bytes = (body: unknown): ArrayBuffer =>
  new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)).buffer;

const ticket = { id: 'q-1', _deleted: false, number: 1, state: 'waiting' };
const push = {
  type: 'push',
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: 0,
  collection: 'queue_tickets',
  rows: [{ assumedMasterState: null, newDocumentState: ticket }],
};

const open: PushPreparer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

describe('push preparation threads', () => {
  it('1: answer what preparePush answers, for good and bad bodies alike', async () => {
    const logged: string[] = [];
    const pool = workerPreparer({ url: built, workers: 2, log: (l) => logged.push(l) });
    open.push(pool);
    const bodies = [push, { ...push, rows: 'none' }, '{"type":', '\uFEFF' + JSON.stringify(push)];
    for (const body of bodies) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      expect(await pool.prepare(bytes(body))).toEqual(preparePush(text.replace(/^\uFEFF/, '')));
    }
    const deep = '['.repeat(200_000) + ']'.repeat(200_000); // a stack overflow would end a thread
    expect(await pool.prepare(bytes(deep))).toEqual({ ok: false });
    const many = await Promise.all(Array.from({ length: 20 }, () => pool.prepare(bytes(push))));
    expect(many.every((p) => p.ok)).toBe(true);
    expect(logged).toEqual([]);
  });

  it('2: a thread that dies loses no request: the main thread prepares it, and the ones after', async () => {
    const logged: string[] = [];
    const pool = workerPreparer({ url: dyingWorker(3), workers: 1, log: (l) => logged.push(l) });
    open.push(pool);
    const expected = preparePush(JSON.stringify(push));
    expect(await pool.prepare(bytes(push))).toEqual(expected);
    expect(await pool.prepare(bytes(push))).toEqual(expected);
    expect(logged).toEqual(['push preparation thread stopped (exit 3); preparing on the main thread']);
  });

  it('the calling thread prepares when no worker is wanted', async () => {
    expect(await inThreadPreparer.prepare(bytes(push))).toEqual(preparePush(JSON.stringify(push)));
  });
});
