import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import type { ConflictRecord } from '../db/record-schemas';

/**
 * Conflict records of a dossier (SPEC CONF4) and how an officer settles them. Invariants:
 *  R1. A device changes a record only by status/resolution/resolvedBy/resolvedAt (SCOPE5), and
 *      only ever to `resolved`: records are created by the server alone.
 *  R2. "Use the overwritten value" writes the losing value into the dossier as an ordinary local
 *      edit (a new push that the merge treats like any edit), then resolves the record. A null
 *      losing value means the field was absent (CONF4), so the field is removed.
 *  R3. Fields only the status projection writes (DossierSchema D1: status, pauses,
 *      rescheduledDueAt), the identity fields (id, code) and a deletion (`_deleted`, CONF3) cannot
 *      be restored from here: the first would contradict the event log, the others are not edits.
 *  R4. `updatedAt` is not shown: every edit sets it, so any two concurrent edits of one dossier
 *      also "conflict" on it, and neither value carries anything an officer could decide on.
 *      (The server no longer records those, CONF8; old records may remain.)
 *  R5. A record's `field` may be a dotted path into an object (`applicant.phone`, CONF9): the
 *      rules above apply to its top-level field, and restoring writes just that key.
 */
export const RESOLUTIONS = ['kept_winning', 'used_losing'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

const NOT_RESTORABLE: ReadonlySet<string> = new Set([
  'id',
  'code',
  'status',
  'pauses',
  'rescheduledDueAt',
  '_deleted',
  'updatedAt',
]);
const HIDDEN: ReadonlySet<string> = new Set(['updatedAt']); // R4

/** Open conflicts of this dossier an officer should see, oldest first. */
export function openConflictsOf(records: readonly ConflictRecord[], dossierId: string): ConflictRecord[] {
  return records
    .filter(
      (r) =>
        r.recordOf === 'dossiers' &&
        r.docId === dossierId &&
        r.status === 'open' &&
        !HIDDEN.has(topField(r.field)),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

const topField = (path: string): string => path.split('.')[0] ?? path;

export const canRestore = (field: string): boolean =>
  !NOT_RESTORABLE.has(topField(field)) && topField(field) in DossierSchema.shape; // R5

/** R2/R5: `target` with the value at a dotted path set, or removed when null/undefined. */
function withPath(
  target: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return target;
  const next = { ...target };
  if (rest.length > 0) {
    const child = next[key];
    next[key] = withPath(isRecord(child) ? child : {}, rest, value);
  } else if (value === null || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** R1: the only fields a device writes on a conflict record. */
export function resolutionPatch(
  resolution: Resolution,
  by: string,
  now: Date,
): Pick<ConflictRecord, 'status' | 'resolution' | 'resolvedBy' | 'resolvedAt'> {
  return { status: 'resolved', resolution, resolvedBy: by, resolvedAt: now.toISOString() };
}

export type RestoreResult =
  | { readonly ok: true; readonly dossier: Dossier }
  | { readonly ok: false; readonly error: 'not_restorable' | 'invalid_value' };

/** R2, R3: the dossier with the losing value put back, validated, updatedAt now. */
export function restoreLosingValue(
  current: Dossier,
  field: string,
  losingValue: unknown,
  now: Date,
): RestoreResult {
  if (!canRestore(field)) return { ok: false, error: 'not_restorable' };
  const next = withPath({ ...current, updatedAt: now.toISOString() }, field.split('.'), losingValue);
  const parsed = DossierSchema.safeParse(next);
  return parsed.success ? { ok: true, dossier: parsed.data } : { ok: false, error: 'invalid_value' };
}

/** A value as one line for the panel: objects as `key: value` pairs, absence as null. */
export function describeValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => describeValue(v) ?? '—').join('; ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${describeValue(v) ?? '—'}`)
      .join(', ');
  }
  return JSON.stringify(value) ?? null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The two sides of a conflict as the panel shows them. A nested object is one value to the merge
 * (CONF1), but an officer needs to see what differs: for two objects only the differing keys are
 * shown, which also keeps unrelated personal data (the citizen ID) off the screen.
 */
export function describeSides(
  winning: unknown,
  losing: unknown,
): { readonly winning: string | null; readonly losing: string | null } {
  if (!isRecord(winning) || !isRecord(losing))
    return { winning: describeValue(winning), losing: describeValue(losing) };
  const keys = [...new Set([...Object.keys(winning), ...Object.keys(losing)])].filter(
    (k) => JSON.stringify(winning[k]) !== JSON.stringify(losing[k]),
  );
  const pick = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
  return { winning: describeValue(pick(winning)), losing: describeValue(pick(losing)) };
}
