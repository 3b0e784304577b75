import { getDatabase } from '../db';
import type { Dossier } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { ConflictRecord } from '../db/record-schemas';
import { restoreLosingValue, resolutionPatch } from './conflicts';
import type { Actor } from './demo-actor';
import type { DossierPatch } from './edit-form';

/**
 * Every write of the dossier screens. Each is a local RxDB write and nothing else: it resolves as
 * soon as IndexedDB has it, online or not, and replication carries it to the server later
 * (PRODUCT.md: nobody waits on a spinner, no write is lost).
 */

/**
 * W1. The dossier first, then its events one insert each, register before accept: the server
 *     checks each event against those it already stored (sync/domain EVT2) in push order, and
 *     separate inserts keep that order in the push; one bulk insert would leave it to the ids.
 */
export async function insertIntake(dossier: Dossier, events: readonly DossierEvent[]): Promise<void> {
  const db = await getDatabase();
  await db.dossiers.insert(dossier);
  for (const event of events) await db.dossier_events.insert(event); // W1
}

export async function patchDossier(id: string, patch: DossierPatch): Promise<void> {
  const db = await getDatabase();
  const doc = await db.dossiers.findOne(id).exec();
  if (doc === null) throw new Error('dossier not found on this device');
  await doc.incrementalPatch(patch);
}

async function resolve(
  record: ConflictRecord,
  resolution: 'kept_winning' | 'used_losing',
  by: Actor,
): Promise<void> {
  const db = await getDatabase();
  const doc = await db.conflicts.findOne(record.id).exec();
  if (doc === null) throw new Error('conflict record not found on this device');
  await doc.incrementalPatch(resolutionPatch(resolution, by.id, new Date()));
}

export const keepWinningValue = (record: ConflictRecord, by: Actor): Promise<void> =>
  resolve(record, 'kept_winning', by);

export type UseLosingOutcome = 'done' | 'not_restorable' | 'invalid_value' | 'not_found';

/**
 * Puts the losing value back into the dossier, then resolves the record. The value is checked
 * against the current document first so that a refused value leaves the record open; the write
 * itself re-applies it to the freshest state (incrementalModify), as a sync pull may have landed.
 */
export async function useLosingValue(record: ConflictRecord, by: Actor): Promise<UseLosingOutcome> {
  const db = await getDatabase();
  const doc = await db.dossiers.findOne(record.docId).exec();
  if (doc === null) return 'not_found';
  const check = restoreLosingValue(doc.toMutableJSON(), record.field, record.losingValue, new Date());
  if (!check.ok) return check.error;
  await doc.incrementalModify((current) => {
    const next = restoreLosingValue(current, record.field, record.losingValue, new Date());
    return next.ok ? next.dossier : current;
  });
  await resolve(record, 'used_losing', by);
  return 'done';
}
