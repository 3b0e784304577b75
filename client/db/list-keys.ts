import type { RxJsonSchema } from 'rxdb';
import { searchKey } from '../../shared/text';
import { PAUSED_STATUSES } from '../../shared/status/statuses';
import type { Dossier } from '../../shared/schemas/dossier';

/**
 * Device-local index keys of the dossier list (issue 6, 100,000 dossiers on a device). They are
 * derived from a dossier's own fields by the storage (list-keys-storage.ts) on every write, so
 * every writer is covered: local writes, pulled documents, migrations, other tabs. Invariants:
 *  K1. The keys exist only inside the storage: RxDB documents, the replication, the wire and the
 *      server never see them, so they cannot conflict, leak or make a pulled document "pending".
 *  K2. Each key is a pure function of the document: recomputing never changes a stored key.
 *  K3. Key order is index order: ISO instants with offsets do not sort as strings, so every
 *      instant is normalised to epoch milliseconds first.
 *  K4. Every key is always present: RxDB's Dexie storage indexes only required fields (DXE1).
 */
export interface ListKeys {
  /** Newest first in ascending index order: MAX_MS − receivedAt, 16 zero-padded digits. */
  listNewest: string;
  /**
   * The running appointment (rescheduledDueAt ?? dueAt) as UTC ISO; '' when not running, which
   * sorts before every instant, so no lateness range holds it (RxDB's Dexie storage refuses
   * optional index fields, DXE1).
   */
  listDue: string;
  /** searchKey(fullName): "Nguyễn Văn Đức" → "nguyen van duc". */
  listName: string;
  /** The same, given name first (Vietnamese names end with it): "duc nguyen van". */
  listGiven: string;
}

export const LIST_KEY_FIELDS = ['listNewest', 'listDue', 'listName', 'listGiven'] as const;

/** The dossiers schema version from which the storage keeps these keys (migrations.ts M1). */
export const LIST_KEYS_SINCE = 1;

const MAX_MS = 8_640_000_000_000_000; // the largest Date (ECMAScript), so the key is never negative
const NAME_MAX = 256;

/** K3: receivedAt (any offset) → ascending key for newest first. */
export const newestKey = (instantMs: number): string => String(MAX_MS - instantMs).padStart(16, '0');

/** Finished (3, 8, 9, 10) and paused (5, 6) dossiers have no running deadline (deadline.ts). */
const FINISHED: ReadonlySet<number> = new Set([3, 8, 9, 10]);
export const isRunning = (status: number): boolean =>
  !FINISHED.has(status) && !(PAUSED_STATUSES as readonly number[]).includes(status);

type KeySource = Pick<Dossier, 'receivedAt' | 'dueAt' | 'rescheduledDueAt' | 'status'> & {
  readonly applicant?: { readonly fullName?: string };
};

/** Total: a tombstone or a malformed row still gets keys (it is filtered by `_deleted` or shown). */
export function listKeysOf(d: KeySource): ListKeys {
  const name = searchKey(String(d.applicant?.fullName ?? '')).slice(0, NAME_MAX);
  const words = name.split(' ');
  const given = words.length > 1 ? [words[words.length - 1], ...words.slice(0, -1)].join(' ') : name;
  const received = Date.parse(d.receivedAt);
  const due = Date.parse(d.rescheduledDueAt ?? d.dueAt);
  return {
    listNewest: newestKey(Number.isNaN(received) ? 0 : received),
    listDue: isRunning(d.status) && !Number.isNaN(due) ? new Date(due).toISOString() : '',
    listName: name,
    listGiven: given,
  };
}

/** The storage's indexes; RxDB's own (code, _meta.lwt) come from the collection schema. */
export const LIST_INDEXES = [
  ['listNewest'],
  ['status', 'listNewest'],
  ['procedureId', 'listNewest'],
  ['applicant.citizenId', 'listNewest'],
  ['listDue'],
  ['listName'],
  ['listGiven'],
] as const;

/**
 * The schema the storage is opened with: the collection's (already filled by RxDB) plus the keys
 * and their indexes, normalised as RxDB normalises its own (`_deleted` first, primary key last).
 */
// RxDB schemas are generic over the document; the storage one describes Dossier & ListKeys.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function storageSchemaOf(schema: RxJsonSchema<any>): RxJsonSchema<any> {
  const primary = typeof schema.primaryKey === 'string' ? schema.primaryKey : schema.primaryKey.key;
  const string = (maxLength: number): { type: 'string'; maxLength: number } => ({
    type: 'string',
    maxLength,
  });
  const own = LIST_INDEXES.map((i) => ['_deleted', ...i, primary]);
  const known = new Set((schema.indexes ?? []).map((i) => [i].flat().join(',')));
  return {
    ...schema,
    properties: {
      ...schema.properties,
      // Storages that build index strings (RxDB's memory storage) need a number's bounds.
      status: { ...schema.properties['status'], minimum: 1, maximum: 10, multipleOf: 1 },
      listNewest: string(16),
      listDue: string(30),
      listName: string(NAME_MAX),
      listGiven: string(NAME_MAX),
    },
    required: [...(schema.required ?? []), ...LIST_KEY_FIELDS],
    indexes: [...(schema.indexes ?? []), ...own.filter((i) => !known.has(i.join(',')))],
  };
}
