import { afterEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter } from 'rxjs';
import type { MotcuaDatabase } from '../../db';
import { dossier, memoryDatabase } from '../../db/testing/fixtures';
import { dossierStatusCounts, listPage } from '../queries';
import { buildListQueries, type LatenessBounds } from './list-query';
import { runList } from './run-list';
import { parseSearch } from '../list-filter';

let db: MotcuaDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const day = (n: number): string => new Date(Date.UTC(2026, 2, n, 2)).toISOString();

async function seeded(): Promise<MotcuaDatabase> {
  db = await memoryDatabase();
  await db.dossiers.bulkInsert([
    dossier(1, { receivedAt: day(1), dueAt: day(5), status: 2 }),
    dossier(2, {
      receivedAt: '2026-03-03T09:00:00.000+07:00', // 02:00Z: offsets must not change the order (K3)
      dueAt: day(6),
      status: 4,
      applicant: {
        fullName: 'Trần Thị Hồng',
        citizenId: '001190000123',
        phone: '0912345678',
        address: 'Hà Nội',
      },
    }),
    dossier(3, { receivedAt: day(2), dueAt: day(20), status: 10, procedureId: 'proc-other' }),
    dossier(4, { receivedAt: day(4), dueAt: day(4), rescheduledDueAt: day(30), status: 2 }),
  ]);
  return db;
}

const codes = (rows: readonly { code: string }[]): string[] => rows.map((r) => r.code.slice(-4));

describe('runList against the storage', () => {
  it('Q1: newest first and limited, and RxDB documents never carry the keys (K1)', async () => {
    const d = await seeded();
    expect(codes(await runList(d.dossiers, buildListQueries({}), 3))).toEqual(['0004', '0002', '0003']);
    const doc = (await d.dossiers.findOne(dossier(1).id).exec())?.toJSON() as Record<string, unknown>;
    expect(Object.keys(doc).filter((k) => k.startsWith('list'))).toEqual([]);
  });

  it('filters by status, procedure and received days', async () => {
    const d = await seeded();
    expect(codes(await runList(d.dossiers, buildListQueries({ status: 2 }), 50))).toEqual(['0004', '0001']);
    expect(codes(await runList(d.dossiers, buildListQueries({ procedureId: 'proc-other' }), 50))).toEqual([
      '0003',
    ]);
    const range = buildListQueries({ from: '2026-03-02', to: '2026-03-03' });
    expect(codes(await runList(d.dossiers, range, 50))).toEqual(['0002', '0003']);
  });

  it('filters by lateness on the running appointment, finished dossiers in none', async () => {
    const d = await seeded();
    const bounds: LatenessBounds = { now: day(5), soonEnd: day(6) };
    const run = (lateness: 'late' | 'due_soon' | 'on_time') =>
      runList(d.dossiers, buildListQueries({ lateness }, bounds), 50);
    expect(codes(await run('late'))).toEqual([]);
    expect(codes(await run('due_soon'))).toEqual(['0001', '0002']);
    expect(codes(await run('on_time'))).toEqual(['0004']); // rescheduled to the 30th
  });

  it('searches code prefixes, citizen IDs and names without diacritics', async () => {
    const d = await seeded();
    const search = (text: string) => runList(d.dossiers, buildListQueries({ search: parseSearch(text) }), 50);
    expect(codes(await search('hn-tt-260105-000'))).toEqual(['0001', '0002', '0003', '0004']);
    expect(codes(await search('001190000123'))).toEqual(['0002']);
    expect(codes(await search('tran thi'))).toEqual(['0002']);
    expect(codes(await search('hong'))).toEqual(['0002']);
    expect(await search('pham')).toEqual([]);
  });

  it('keeps the keys in step with edits', async () => {
    const d = await seeded();
    const doc = await d.dossiers.findOne(dossier(2).id).exec();
    await doc?.incrementalPatch({
      applicant: { ...dossier(2).applicant, fullName: 'Phạm Minh' },
      status: 10,
    });
    const search = (text: string) => runList(d.dossiers, buildListQueries({ search: parseSearch(text) }), 50);
    expect(codes(await search('pham minh'))).toEqual(['0002']);
    expect(await search('tran')).toEqual([]);
    const bounds: LatenessBounds = { now: day(5), soonEnd: day(6) };
    expect(codes(await runList(d.dossiers, buildListQueries({ lateness: 'due_soon' }, bounds), 50))).toEqual([
      '0001',
    ]);
  });

  it('listPage re-reads after a write; status counts follow the change stream (C2)', async () => {
    const d = await seeded();
    const counts = dossierStatusCounts(d);
    expect(await firstValueFrom(counts)).toMatchObject({ 2: 2, 4: 1, 10: 1, 1: 0 });
    const later = firstValueFrom(counts.pipe(filter((c) => c[2] === 3)));
    const page = firstValueFrom(
      listPage(
        {},
        undefined,
        2,
      )(d).pipe(filter((rows) => rows.length === 2 && rows[0]?.code.endsWith('0005') === true)),
    );
    await new Promise((r) => setTimeout(r, 20));
    await d.dossiers.insert(dossier(5, { receivedAt: day(9), dueAt: day(12), status: 2 }));
    expect((await later)[2]).toBe(3);
    expect(codes(await page)).toEqual(['0005', '0004']);
  });
});
