import { describe, expect, it, vi } from 'vitest';
import { generateDossiers } from '../../shared/demo';
import { DossierSchema } from '../../shared/schemas/dossier';
import { counterIds, manualClock } from '../../sync/clock';
import { domainCollections, SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { parseDossierDoc } from '../../sync/domain/parse-dossier-doc';
import { MemoryStorage } from '../../sync/engine/memory-storage';
import { rowHash, stateHash } from '../../sync/engine/merge-meta';
import { SyncServer } from '../../sync/engine/sync-server';
import type { PushRequest, SyncDoc } from '../../sync/protocol';
import { MAX_BATCH_SIZE, PushRequestSchema } from '../../sync/protocol';
import { openScope } from '../../sync/scope';
import { pushReq, row } from '../../sync/testing/fixtures';
import { catalogueDocs } from '../demo/catalogue-docs';
import { applyPrepared, MAX_DEPTH, preparePush } from './prepare-push';

const generated = generateDossiers({ seed: 11, count: 4, now: new Date('2026-11-20T03:00:00Z') }).dossiers;
const dossier = (i: number): SyncDoc => ({ ...(generated[i] as unknown as SyncDoc), _deleted: false });
const dossierPush = (rows: Parameters<typeof row>[]): PushRequest =>
  pushReq(
    'dossiers',
    rows.map(([base, next]) => row(base, next)),
    SCHEMA_VERSIONS.dossiers,
  );

describe('preparePush', () => {
  it('1: refuses exactly what JSON.parse or the protocol schema refuses', () => {
    expect(preparePush('{"type":"push",')).toEqual({ ok: false });
    expect(preparePush(JSON.stringify({ type: 'push', collection: 'dossiers' }))).toEqual({ ok: false });
    const good = JSON.stringify(dossierPush([[null, dossier(0)]]));
    const prepared = preparePush(good);
    expect(prepared.ok && prepared.request).toEqual(PushRequestSchema.parse(JSON.parse(good)));
  });

  it("1: every row's hashes are the formulas' values", () => {
    const base = dossier(0);
    const next = { ...base, updatedAt: '2026-11-21T01:00:00.000Z' };
    const prepared = preparePush(
      JSON.stringify(
        dossierPush([
          [base, next],
          [null, dossier(1)],
        ]),
      ),
    );
    expect(prepared.ok && prepared.rows).toEqual([
      { row: rowHash(base, next), next: stateHash(next), base: stateHash(base), parsesAsIs: true },
      { row: rowHash(null, dossier(1)), next: stateHash(dossier(1)), base: null, parsesAsIs: true },
    ]);
  });

  it('2: a dossier parses as is only when valid and free of keys the schema would strip', () => {
    const extra = { ...dossier(0), note: 'not a dossier field' };
    const invalid = { ...dossier(1), code: 'not a code' };
    const deleted = { ...dossier(2), _deleted: true };
    const prepared = preparePush(
      JSON.stringify(
        dossierPush([
          [null, dossier(0)],
          [null, extra],
          [null, invalid],
          [null, deleted],
        ]),
      ),
    );
    expect(prepared.ok && prepared.rows.map((r) => r.parsesAsIs)).toEqual([true, false, false, false]);
    const notes = preparePush(JSON.stringify(pushReq('queue_tickets', [row(null, dossier(0))])));
    expect(notes.ok && notes.rows.map((r) => r.parsesAsIs)).toEqual([false]);
  });

  it('1: refuses a body nested deeper than MAX_DEPTH, and takes every document the app has', () => {
    const nested = (depth: number): unknown => (depth <= 1 ? 0 : { a: nested(depth - 1) });
    // the request, its rows array, a row and its document are levels 1-4; `deep` adds depth - 4
    const push = (depth: number) =>
      JSON.stringify(
        pushReq('queue_tickets', [row(null, { id: 'q', _deleted: false, deep: nested(depth - 3) })]),
      );
    expect(preparePush(push(MAX_DEPTH)).ok).toBe(true);
    expect(preparePush(push(MAX_DEPTH + 1)).ok).toBe(false);
    expect(preparePush('['.repeat(200_000) + ']'.repeat(200_000))).toEqual({ ok: false });
    const catalogue = catalogueDocs('2026-11-20T03:00:00.000Z').map((d) =>
      row(null, { ...(d as unknown as SyncDoc), _deleted: false }),
    );
    for (let i = 0; i < catalogue.length; i += MAX_BATCH_SIZE)
      expect(
        preparePush(JSON.stringify(pushReq('catalogue', catalogue.slice(i, i + MAX_BATCH_SIZE)))).ok,
      ).toBe(true);
    expect(catalogue.length).toBeGreaterThan(0);
  });

  it('3: the writer parses a dossier that parsed as is elsewhere no more', () => {
    const prepared = preparePush(JSON.stringify(dossierPush([[null, dossier(2)]])));
    if (!prepared.ok) throw new Error('not prepared');
    const received = structuredClone(prepared);
    const parse = vi.spyOn(DossierSchema, 'safeParse');
    try {
      applyPrepared(received);
      const next = received.request.rows[0]?.newDocumentState;
      if (next === undefined) throw new Error('no row');
      expect(parseDossierDoc(next).success).toBe(true);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("3: the received objects get the very parse result the writer's thread would compute", () => {
    const prepared = preparePush(JSON.stringify(dossierPush([[null, dossier(3)]])));
    if (!prepared.ok) throw new Error('not prepared');
    const received = structuredClone(prepared); // as a worker's answer arrives
    applyPrepared(received);
    const next = received.request.rows[0]?.newDocumentState;
    if (next === undefined) throw new Error('no row');
    const { _deleted: _ignored, ...fields } = next;
    expect(parseDossierDoc(next)).toEqual(DossierSchema.safeParse(fields));
  });
});

describe('a prepared push', () => {
  const server = (storage: MemoryStorage) =>
    new SyncServer<unknown>({
      storage,
      collections: domainCollections,
      scope: openScope,
      clock: manualClock(),
      ids: counterIds('t'),
    });

  it('stores and answers exactly what the same push computed on the writer thread does', async () => {
    const plain = new MemoryStorage();
    const prepared = new MemoryStorage();
    const a = dossier(0);
    const a2 = { ...a, updatedAt: '2026-11-21T01:00:00.000Z' };
    const a3 = { ...a, updatedAt: '2026-11-21T02:00:00.000Z', code: 'changed' };
    const b = { ...dossier(1), extra: true };
    const pushes = [
      dossierPush([
        [null, a],
        [null, b],
      ]),
      dossierPush([[a, a2]]),
      dossierPush([[a, a2]]), // a replay (PUSH10)
      dossierPush([[a, a3]]), // a stale base: merged
    ];
    for (const req of pushes) {
      const p = preparePush(JSON.stringify(req));
      if (!p.ok) throw new Error('not prepared');
      const received = structuredClone(p);
      const viaWorker = await server(prepared).push('p', received.request, applyPrepared(received));
      expect(viaWorker).toEqual(await server(plain).push('p', structuredClone(req)));
    }
    expect(prepared.data.rows).toEqual(plain.data.rows);
    expect(prepared.data.head).toBe(plain.data.head);
  });
});
