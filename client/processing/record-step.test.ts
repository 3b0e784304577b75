import { afterEach, describe, expect, it } from 'vitest';
import type { MotcuaDatabase } from '../db';
import { memoryDatabase, testUuid } from '../db/testing/fixtures';
import { buildStep } from './build-step';
import { readStoredLog } from './queries';
import { recordStep } from './record-step';
import { accepted, deadline, intakeLog } from './testing/log';

let db: MotcuaDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

const officer = { id: 'officer-civil_status-1', role: 'processing_officer' } as const;

async function seeded(): Promise<MotcuaDatabase> {
  db = await memoryDatabase();
  await db.dossiers.insert(accepted);
  // As intake writes them (writes.ts W1): one insert each, register first.
  for (const e of intakeLog) await db.dossier_events.insert(e);
  return db;
}

async function step(
  d: MotcuaDatabase,
  action: 'start_processing' | 'request_supplement',
  at: string,
  n: number,
) {
  const dossier = (await d.dossiers.findOne(accepted.id).exec())!.toMutableJSON();
  const log = await readStoredLog(d, accepted.id);
  const now = new Date(at);
  const built = buildStep(
    { dossier, log, actor: officer, now, eventId: testUuid(700 + n), projection: { deadline } },
    { action, reason: 'Tờ khai' },
  );
  if (!built.ok) throw new Error(built.error);
  await recordStep(d, built.event, { deadline }, now);
  return built;
}

describe('recordStep (local write)', () => {
  it('RS1/RS2: appends the event, then writes the cache the builder showed', async () => {
    const d = await seeded();
    const built = await step(d, 'start_processing', '2026-01-06T02:00:00.000Z', 1);
    const stored = (await d.dossiers.findOne(accepted.id).exec())!.toMutableJSON();
    expect(stored).toEqual(built.dossier);
    expect((await readStoredLog(d, accepted.id)).map((e) => e.type)).toEqual([
      'register',
      'accept',
      'start_processing',
    ]);
  });

  it('RS2: the log is read as stored: a step written later replays later, whatever its clock says', async () => {
    const d = await seeded();
    await step(d, 'start_processing', '2026-01-06T02:00:00.000Z', 1);
    // This device's clock went back an hour: the supplement request still follows the start.
    await step(d, 'request_supplement', '2026-01-06T01:00:00.000Z', 2);
    const stored = (await d.dossiers.findOne(accepted.id).exec())!.toMutableJSON();
    expect(stored.status).toBe(5);
    expect((await readStoredLog(d, accepted.id)).map((e) => e.type).at(-1)).toBe('request_supplement');
  });

  it('RS3: a dossier whose cache already says what the log says is not written again', async () => {
    const d = await seeded();
    const now = new Date('2026-01-06T02:00:00.000Z');
    const built = buildStep(
      {
        dossier: accepted,
        log: intakeLog,
        actor: officer,
        now,
        eventId: testUuid(800),
        projection: { deadline },
      },
      { action: 'start_processing' },
    );
    if (!built.ok) throw new Error(built.error);
    // The server's projection of this very event was pulled first (EVT6).
    await (await d.dossiers.findOne(accepted.id).exec())!.incrementalPatch({ status: 4 });
    const before = (await d.dossiers.findOne(accepted.id).exec())!.revision;
    await recordStep(d, built.event, { deadline }, now);
    expect((await d.dossiers.findOne(accepted.id).exec())!.revision).toBe(before);
  });
});
