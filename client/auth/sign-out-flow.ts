import { syncStatus } from '../sync/status-store';
import { pendingSnapshot, wakeAppSync } from '../sync/app-sync';
import { getDatabase } from '../db';
import { idsToLookUp, planWipe, type PendingIds, type WipePlan } from './wipe-plan';

/**
 * Steps of the sign-out flow the screen drives (routes/auth/signout.tsx):
 *  F1. Online, push what is pending and wait — bounded — until the device has nothing pending.
 *  F2. Then name what would still be lost (wipe-plan.ts) from the pending ids and the dossiers.
 *  F3. The pending trackers settle shortly after replication starts (their first scan), so the
 *      ids are read until two readings agree; when this tab cannot know (another tab leads the
 *      replication) the answer is `null`, "unknown", and the screen warns without names.
 */
export const FLUSH_TIMEOUT_MS = 15_000;
const SETTLE_TIMEOUT_MS = 6_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([p, sleep(ms).then(() => null)]);

const same = (a: PendingIds, b: PendingIds): boolean =>
  a.size === b.size &&
  [...a].every(([k, ids]) => b.get(k)?.size === ids.size && [...ids].every((id) => b.get(k)?.has(id)));
const count = (p: PendingIds): number => [...p.values()].reduce((n, ids) => n + ids.size, 0);

/** F3 */
async function settledPending(): Promise<PendingIds | null> {
  let last = await withTimeout(pendingSnapshot(), SETTLE_TIMEOUT_MS);
  if (last === null) return null;
  for (let i = 0; i < 8; i++) {
    await sleep(300);
    const next = await pendingSnapshot();
    if (i >= 2 && same(last, next)) return next;
    last = next;
  }
  return last;
}

/** F1: true when nothing is pending any more, false on timeout, offline or when sync cannot push. */
export async function flushPending(timeoutMs = FLUSH_TIMEOUT_MS): Promise<boolean> {
  if (!navigator.onLine) return false;
  wakeAppSync();
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const s = syncStatus();
    if (s.problem === 'unauthenticated' || s.problem === 'forbidden' || s.problem === 'update_required')
      return false;
    if (s.phase !== 'waiting' && s.pending === 0) {
      const pending = await withTimeout(pendingSnapshot(), 1_000);
      if (pending !== null && count(pending) === 0) return true;
    }
    await sleep(250);
  }
  return false;
}

/** F2: what a wipe now would lose; null when this tab cannot tell (F3). */
export async function unsyncedChanges(): Promise<WipePlan | null> {
  const pending = await settledPending();
  if (pending === null) return null;
  const wanted = idsToLookUp(pending);
  const dossierCodes = new Map<string, string>();
  const eventDossiers = new Map<string, string>();
  if (wanted.dossiers.length > 0 || wanted.events.length > 0) {
    const db = await getDatabase();
    const events = await db.dossier_events.findByIds(wanted.events).exec();
    for (const [id, e] of events) eventDossiers.set(id, e.dossierId);
    const dossierIds = [...new Set([...wanted.dossiers, ...eventDossiers.values()])];
    const dossiers = await db.dossiers.findByIds(dossierIds).exec();
    for (const [id, d] of dossiers) dossierCodes.set(id, d.code);
  }
  return planWipe(pending, { dossierCodes, eventDossiers });
}
