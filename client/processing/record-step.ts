import type { DossierEvent } from '../../shared/schemas/dossier-event';
import { projectDossier, type ProjectionContext } from '../../shared/status/project-dossier';
import type { MotcuaDatabase } from '../db';
import { readStoredLog } from './queries';

/**
 * The local write of one officer step (build-step.ts made and checked it). A local RxDB write and
 * nothing else: it resolves once IndexedDB has it, online or not; replication carries it later.
 * Invariants:
 *  RS1. The event first: it is the truth (DossierSchema D1). If the dossier write then fails, the
 *       cache is stale, never ahead of the log, and the server's projection (EVT6) mends it.
 *  RS2. The cache is projectDossier of the log AS STORED after the insert (stored-order.ts), on
 *       the freshest document (incrementalModify: a pull may have landed since the screen read
 *       it), so a device writes exactly what the server will compute from the same log.
 *  RS3. A projection that changes nothing writes nothing (P5): no sync traffic for a no-op.
 */
export async function recordStep(
  db: MotcuaDatabase,
  event: DossierEvent,
  projection: ProjectionContext,
  now: Date,
): Promise<void> {
  await db.dossier_events.insert(event); // RS1
  const log = await readStoredLog(db, event.dossierId);
  const doc = await db.dossiers.findOne(event.dossierId).exec();
  if (doc === null) throw new Error('dossier not found on this device');
  if (!projectDossier(doc.toMutableJSON(), log, projection).changed) return; // RS3
  await doc.incrementalModify((current) => {
    const p = projectDossier(current, log, projection); // RS2
    return p.changed ? { ...p.dossier, updatedAt: now.toISOString() } : current;
  });
}
