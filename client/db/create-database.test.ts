import { afterEach, describe, expect, it } from 'vitest';
import type { MotcuaDatabase } from './collections';
import { migrationStrategiesFor } from './testing/migration-probe';
import { COLLECTION_NAMES } from './names';
import { MIGRATIONS, schemaVersionOf } from './migrations';
import { dossier, memoryDatabase } from './testing/fixtures';

const open: MotcuaDatabase[] = [];
const fresh = async (): Promise<MotcuaDatabase> => {
  const db = await memoryDatabase();
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

describe('device database', () => {
  it('opens every collection under dev-mode schema checks, at the version its migrations give (M1)', async () => {
    const db = await fresh();
    expect(Object.keys(db.collections).sort()).toEqual([...COLLECTION_NAMES].sort());
    for (const name of COLLECTION_NAMES) {
      expect(db.collections[name].schema.version).toBe(schemaVersionOf(name));
      expect(migrationStrategiesFor(db, name)).toBe(MIGRATIONS[name]);
    }
  });

  it('stores a valid dossier and finds it through the list indexes', async () => {
    const db = await fresh();
    await db.dossiers.bulkInsert([dossier(1, { status: 4, dueAt: '2026-01-09T10:00:00.000Z' }), dossier(2)]);
    const due = await db.dossiers.find({ selector: { status: 4 }, sort: [{ dueAt: 'asc' }] }).exec();
    expect(due.map((d) => d.code)).toEqual(['HN-TT-260105-0001']);
    const byCode = await db.dossiers.findOne({ selector: { code: dossier(2).code } }).exec();
    expect(byCode?.id).toBe(dossier(2).id);
  });

  it('refuses a document that breaks the schema (ajv in dev builds)', async () => {
    const db = await fresh();
    await expect(db.dossiers.insert({ ...dossier(3), status: 42 } as never)).rejects.toThrow();
  });
});
