import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { MotcuaDatabase } from '../db';
import { dossier, memoryDatabase } from '../db/testing/fixtures';
import type { LatenessBounds } from '../dossiers/list/list-query';
import { latenessCounts, workPage } from './queries';
import { inboxQuery, latenessQueries } from './work-queries';

let db: MotcuaDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const day = (n: number): string => new Date(Date.UTC(2026, 2, n, 2)).toISOString();
const ME = 'officer-civil_status-1';
// Now is the 10th; due soon up to the 11th.
const bounds: LatenessBounds = { now: day(10), soonEnd: day(11) };

async function seeded(): Promise<MotcuaDatabase> {
  db = await memoryDatabase();
  const row = (n: number, status: 1 | 2 | 4 | 5 | 6 | 7 | 9, due: number, extra = {}) =>
    dossier(n, {
      receivedAt: new Date(Date.UTC(2026, 1, n, 2)).toISOString(),
      dueAt: day(due),
      status,
      ...extra,
    });
  await db.dossiers.bulkInsert([
    row(1, 4, 8, { assigneeId: ME }), // late
    row(2, 2, 9, { field: 'land' }), // late, another field
    row(3, 4, 30, { rescheduledDueAt: day(31) }), // on time
    row(4, 4, 5, { rescheduledDueAt: day(11) }), // due soon: the apology's date counts
    row(5, 5, 3), // paused: never late
    row(6, 6, 4, { assigneeId: ME }), // paused
    row(7, 7, 2), // withdrawal asked: not open work
    row(8, 1, 1), // the counter's
    row(9, 9, 1), // completed
    row(10, 2, 11), // due soon
  ]);
  return db;
}

const codes = (rows: readonly { code: string }[]): string[] => rows.map((r) => r.code.slice(-2));
const page = (d: MotcuaDatabase, queries: Parameters<typeof workPage>[0], limit = 50) =>
  firstValueFrom(workPage(queries, limit)(d));

describe('processing work queries against the storage', () => {
  it('WQ1: running tabs by appointment, soonest first; paused tabs newest first', async () => {
    const d = await seeded();
    expect(codes(await page(d, [inboxQuery(4)]))).toEqual(['01', '04', '03']);
    expect(codes(await page(d, [inboxQuery(2)]))).toEqual(['02', '10']);
    expect(codes(await page(d, [inboxQuery(7)]))).toEqual(['07']);
    expect(codes(await page(d, [inboxQuery(5)]))).toEqual(['05']);
  });

  it('WQ3: "mine" narrows every tab to the officer’s dossiers', async () => {
    const d = await seeded();
    expect(codes(await page(d, [inboxQuery(4, { assigneeId: ME })]))).toEqual(['01']);
    expect(codes(await page(d, [inboxQuery(6, { assigneeId: ME })]))).toEqual(['06']);
    expect(codes(await page(d, latenessQueries('late', bounds, { assigneeId: ME })))).toEqual(['01']);
  });

  it('WQ3: a field narrows the inbox and the late lists to that field', async () => {
    const d = await seeded();
    expect(codes(await page(d, [inboxQuery(2, { field: 'land' })]))).toEqual(['02']);
    expect(codes(await page(d, [inboxQuery(2, { field: 'civil_status' })]))).toEqual(['10']);
    expect(codes(await page(d, latenessQueries('late', bounds, { field: 'civil_status' })))).toEqual(['01']);
  });

  it('WQ2: late and due soon are open work (2, 4) only, merged by appointment and limited', async () => {
    const d = await seeded();
    expect(codes(await page(d, latenessQueries('late', bounds)))).toEqual(['01', '02']);
    expect(codes(await page(d, latenessQueries('due_soon', bounds)))).toEqual(['04', '10']);
    expect(codes(await page(d, latenessQueries('late', bounds), 1))).toEqual(['01']);
  });

  it('WQ4: counts leave out paused, finished and non-open running dossiers', async () => {
    const d = await seeded();
    expect(await firstValueFrom(latenessCounts(bounds)(d))).toEqual({ late: 2, due_soon: 2 });
  });
});
