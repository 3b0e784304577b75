import { servicePoints } from '../../shared/catalogue';
import { ProcedureFieldSchema } from '../../shared/schemas/procedure';
import type { ReadableKeys } from '../../sync/scope';
import { dossierScopeKey, PUBLIC_SCOPE_KEY, ticketScopeKey } from '../../sync/domain/scope-keys';
import type { Principal } from './principal';

/**
 * Which scope keys (sync/domain/scope-keys.ts) each role reads, per collection. Explicit lists,
 * so storage filters by an index and a key nobody lists is read by nobody (K5):
 *  R1. intake officer, mobile team: their point × every field, their point's queue, the catalogue;
 *  R2. processing officer: every point × their fields, the catalogue;
 *  R3. supervisor: everything ('all'); with a service point (a branch), that point and every point
 *      below it (parent links) × every field, and those points' queues;
 *  R4. administrator and citizen: the catalogue only. Administrators configure; citizens get their
 *      own dossiers from GET /api/me/dossiers, never through sync.
 * The point network comes from the shipped catalogue (shared/catalogue), read once.
 */
const FIELDS = ProcedureFieldSchema.options;
const POINT_IDS: readonly string[] = servicePoints.map((p) => p.id);

const children = new Map<string, string[]>();
for (const p of servicePoints) {
  if (p.parentId !== undefined) children.set(p.parentId, [...(children.get(p.parentId) ?? []), p.id]);
}

/** A point and every point below it (the catalogue's parent links form a tree, S2). */
export function pointsUnder(root: string): readonly string[] {
  const out: string[] = [];
  const todo = [root];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (out.includes(id)) continue;
    out.push(id);
    todo.push(...(children.get(id) ?? []));
  }
  return out;
}

const dossierKeys = (points: readonly string[], fields: readonly string[]): string[] =>
  points.flatMap((p) => fields.map((f) => dossierScopeKey(p, f)));

export function readableKeysOf(p: Principal, collection: string): ReadableKeys {
  if (collection === 'catalogue') return [PUBLIC_SCOPE_KEY];
  const dossierLike = collection === 'dossiers' || collection === 'dossier_events';
  switch (p.role) {
    case 'intake_officer':
    case 'mobile_team': {
      const point = p.servicePointId;
      if (point === undefined) return [];
      if (dossierLike) return dossierKeys([point], FIELDS);
      return collection === 'queue_tickets' ? [ticketScopeKey(point)] : [];
    }
    case 'processing_officer':
      return dossierLike ? dossierKeys(POINT_IDS, p.fields ?? []) : [];
    case 'supervisor': {
      if (p.servicePointId === undefined) return 'all';
      const points = pointsUnder(p.servicePointId);
      if (dossierLike) return dossierKeys(points, FIELDS);
      return collection === 'queue_tickets' ? points.map(ticketScopeKey) : [];
    }
    case 'administrator':
    case 'citizen':
      return [];
  }
}
