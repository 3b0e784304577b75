import { describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse, SyncDoc, SyncResult } from '../protocol.ts';
import { ModelClient } from './model-client.ts';

/** The model client must follow RxDB's client rules exactly, or the fuzzer proves nothing. */
const ok = <T>(value: T): SyncResult<T> => ({ ok: true, value });
const d = (id: string, v: number): SyncDoc => ({ id, _deleted: false, v });
const pulled = (documents: SyncDoc[], seq: number): SyncResult<PullResponse> =>
  ok({ type: 'pull_response', documents, checkpoint: { seq } });
const pushed = (conflicts: SyncDoc[]): SyncResult<PushResponse> =>
  ok({ type: 'push_response', conflicts, rejected: [] });

describe('ModelClient', () => {
  it('PULL7: a pulled doc with unpushed local changes is skipped; the checkpoint still moves after the rest', () => {
    const c = new ModelClient('c', ['n'], { push: 10, pull: 10 });
    c.write('n', d('a', 1));
    const out = c.startPull('n');
    if (out === null) throw new Error('no pull');
    c.onPullResult('n', out.requestId, pulled([d('a', 9), d('b', 2)], 7));
    expect(c.docs('n').get('a')?.fork).toEqual(d('a', 1));
    expect(c.docs('n').get('b')).toEqual({ fork: d('b', 2), master: d('b', 2) });
    expect(c.startPull('n')?.request.checkpoint).toEqual({ seq: 7 });
  });

  it('PULL5: a full batch asks for the next one', () => {
    const c = new ModelClient('c', ['n'], { push: 10, pull: 1 });
    const out = c.startPull('n');
    if (out === null) throw new Error('no pull');
    c.onPullResult('n', out.requestId, pulled([d('a', 1)], 1));
    expect(c.wantsPull('n')).toBe(true);
  });

  it('PUSH5: a conflict reply replaces fork and master only if the fork is still what was sent', () => {
    const c = new ModelClient('c', ['n'], { push: 10, pull: 10 });
    c.write('n', d('a', 1));
    c.write('n', d('b', 1));
    const out = c.startPush('n');
    if (out === null) throw new Error('no push');
    c.write('n', d('b', 5)); // typed on while the push was in flight
    c.onPushResult('n', out.requestId, pushed([d('a', 3), d('b', 3)]));
    expect(c.docs('n').get('a')).toEqual({ fork: d('a', 3), master: d('a', 3) });
    expect(c.docs('n').get('b')).toEqual({ fork: d('b', 5), master: null });
    expect(c.pending('n').map((r) => r.newDocumentState.id)).toEqual(['b']);
  });

  it('answers to a timed-out request are ignored', () => {
    const c = new ModelClient('c', ['n'], { push: 10, pull: 10 });
    c.write('n', d('a', 1));
    const out = c.startPush('n');
    if (out === null) throw new Error('no push');
    c.forgetInFlight();
    expect(c.onPushResult('n', out.requestId, pushed([]))).toEqual([]);
    expect(c.docs('n').get('a')?.master).toBeNull();
  });
});
