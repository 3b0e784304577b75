import { describe, expect, it } from 'vitest';
import type { StreamEvent, SyncResult } from '../protocol.ts';
import { CONFLICTS_COLLECTION, PROTOCOL_VERSION } from '../protocol.ts';
import type { SyncScope } from '../scope.ts';
import { fieldScope } from '../scope.ts';
import { doc, NOTES, pullReq, pushReq, row, testServer } from '../testing/fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

function unwrap<T>(r: SyncResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Principals are unit codes: each may read and write its own unit; `boss` sees both. */
const keys: Record<string, readonly string[]> = { hn: ['HN'], sg: ['SG'], boss: ['HN', 'SG'], none: [] };
const scope = fieldScope<string>('unit', (p) => keys[p] ?? []);

const setup = async () => {
  const server = testServer<string>({ storage: new MemoryStorage(), scope });
  unwrap(
    await server.push(
      'boss',
      pushReq(NOTES, [
        row(null, doc('h1', { unit: 'HN', v: 0 })),
        row(null, doc('s1', { unit: 'SG', v: 0 })),
      ]),
    ),
  );
  return server;
};

describe('scope', () => {
  it('SCOPE3: pulls carry only the principal’s scope, and batches stay full', async () => {
    const server = await setup();
    unwrap(
      await server.push(
        'boss',
        pushReq(NOTES, [row(null, doc('h2', { unit: 'HN' })), row(null, doc('s2', { unit: 'SG' }))]),
      ),
    );
    const hn = unwrap(await server.pull('hn', pullReq(NOTES, null, 2)));
    expect(hn.documents.map((d) => d.id)).toEqual(['h1', 'h2']);
    expect(unwrap(await server.pull('none', pullReq(NOTES, null))).documents).toEqual([]);
    expect(unwrap(await server.pull('boss', pullReq(NOTES, null))).documents).toHaveLength(4);
  });

  it('SCOPE4: out-of-scope rows are refused per row; unreadable state is never revealed', async () => {
    const server = await setup();
    const res = unwrap(
      await server.push(
        'hn',
        pushReq(NOTES, [
          row(null, doc('h9', { unit: 'HN' })),
          row(doc('s1', { unit: 'SG', v: 0 }), doc('s1', { unit: 'SG', v: 9 })),
          row(doc('h1', { unit: 'HN', v: 0 }), doc('h1', { unit: 'SG', v: 0 })),
        ]),
      ),
    );
    expect(res.rejected).toEqual([
      { id: 's1', reason: 'forbidden' },
      { id: 'h1', reason: 'forbidden' },
    ]);
    expect(res.conflicts).toEqual([doc('s1', {}, true), doc('h1', { unit: 'HN', v: 0 })]);
    const all = unwrap(await server.pull('boss', pullReq(NOTES, null))).documents;
    expect(all.find((d) => d.id === 's1')?.['v']).toBe(0);
    expect(all.map((d) => d.id)).toContain('h9');
  });

  it('STREAM3/SCOPE3: subscribers hear only of changes they may read', async () => {
    const server = await setup();
    const heard: Record<string, StreamEvent[]> = { hn: [], sg: [] };
    for (const p of ['hn', 'sg'] as const) {
      unwrap(
        server.subscribe(
          p,
          { type: 'subscribe', protocolVersion: PROTOCOL_VERSION, collections: [NOTES] },
          (e) => heard[p]?.push(e),
        ),
      );
    }
    unwrap(
      await server.push(
        'hn',
        pushReq(NOTES, [row(doc('h1', { unit: 'HN', v: 0 }), doc('h1', { unit: 'HN', v: 1 }))]),
      ),
    );
    expect(heard['hn']).toEqual([
      { type: 'resync', reason: 'connected' },
      { type: 'changed', collection: NOTES, checkpoint: { seq: 3 } },
    ]);
    expect(heard['sg']).toEqual([{ type: 'resync', reason: 'connected' }]);
  });

  it('SCOPE5: conflict records follow the scope of their document', async () => {
    const server = await setup();
    const base = doc('h1', { unit: 'HN', v: 0 });
    unwrap(await server.push('hn', pushReq(NOTES, [row(base, doc('h1', { unit: 'HN', v: 1 }))])));
    unwrap(await server.push('hn', pushReq(NOTES, [row(base, doc('h1', { unit: 'HN', v: 2 }))])));
    expect(unwrap(await server.pull('hn', pullReq(CONFLICTS_COLLECTION, null))).documents).toHaveLength(1);
    expect(unwrap(await server.pull('sg', pullReq(CONFLICTS_COLLECTION, null))).documents).toEqual([]);
  });
});

describe('scope and batches', () => {
  it('PULL5/SCOPE2: rows the storage returns but canRead refuses are replaced, so batches stay full', async () => {
    // hn reads events of both units but notes of HN only: storage filters conflict records by
    // the union of keys, canRead then drops the SG note's record, and the pull fetches on
    const notesOnlyHn: SyncScope<string> = {
      ...fieldScope<string>('unit', () => ['HN', 'SG']),
      readableKeys: (p, c) => (p === 'hn' && c === NOTES ? ['HN'] : ['HN', 'SG']),
      canRead: (p, c, d) => (p === 'hn' && c === NOTES ? d['unit'] === 'HN' : true),
    };
    const server = testServer<string>({ storage: new MemoryStorage(), scope: notesOnlyHn });
    for (const [id, unit] of [
      ['s', 'SG'],
      ['h', 'HN'],
    ] as const) {
      const base = doc(id, { unit, v: 0 });
      unwrap(await server.push('boss', pushReq(NOTES, [row(null, base)])));
      unwrap(await server.push('boss', pushReq(NOTES, [row(base, doc(id, { unit, v: 1 }))])));
      unwrap(await server.push('boss', pushReq(NOTES, [row(base, doc(id, { unit, v: 2 }))])));
    }
    const batch = unwrap(await server.pull('hn', pullReq(CONFLICTS_COLLECTION, null, 1)));
    expect(batch.documents.map((d) => d['docId'])).toEqual(['h']);
    const rest = unwrap(await server.pull('hn', pullReq(CONFLICTS_COLLECTION, batch.checkpoint.seq, 1)));
    expect(rest.documents).toEqual([]);
  });
});
