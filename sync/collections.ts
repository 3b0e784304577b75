import type { SyncDoc } from './protocol.ts';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from './protocol.ts';

/**
 * How the server treats each collection. The domain registers its collections here; the engine
 * stays generic over documents.
 */

/** A status-machine verdict for one new event given the aggregate's accepted events (EVT3). */
export type EventVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export interface MergeableCollection {
  readonly kind: 'mergeable';
  readonly name: string;
  /** Current RxDB schema version of the collection (PUSH8, PULL6). */
  readonly schemaVersion: number;
  /**
   * CONF8: bookkeeping fields holding an ISO instant (e.g. `updatedAt`) that every edit sets:
   * when both sides changed one, the later instant is kept and no conflict is recorded.
   */
  readonly latestWins?: readonly string[];
  /**
   * CONF10: fields the server derives from another collection (EVT6 projections, e.g. a dossier's
   * status from its events): when both sides changed one differently the server's value stays
   * and no conflict is recorded — the projection, not a person, settles it.
   */
  readonly derived?: readonly string[];
  /**
   * PUSH11: ids are random and made by the device that creates the document (uuids), so a row
   * without a base for a stored document can only be its creator's, re-sent after a lost
   * acknowledgement. False for ids others can choose too (catalogue entries by code).
   */
  readonly deviceIds?: boolean;
}

/**
 * EVT6: a document of `target` (same id as the aggregate) whose fields are derived from the
 * aggregate's accepted events (and reference data it may read). `project` returns the new state,
 * or null when nothing changes.
 */
export interface EventProjection {
  readonly target: string;
  /** `read` looks up reference documents (e.g. the catalogue) in the push's own transaction. */
  project(target: SyncDoc, events: readonly SyncDoc[], read: ReadDoc): Promise<SyncDoc | null>;
}

/** A live document of a collection as the current transaction sees it. */
export type ReadDoc = (collection: string, id: string) => Promise<SyncDoc | undefined>;

export interface AppendOnlyCollection {
  readonly kind: 'append-only';
  readonly name: string;
  readonly schemaVersion: number;
  /** The aggregate (e.g. dossier id) an event belongs to. */
  aggregateOf(event: SyncDoc): string;
  /** `prior` are the aggregate's accepted events in server order (EVT2). */
  validate(prior: readonly SyncDoc[], next: SyncDoc): EventVerdict;
  readonly projection?: EventProjection;
}

export type CollectionSpec = MergeableCollection | AppendOnlyCollection;

/** The engine-owned record collections (CONF4, EVT3); officers resolve records by editing them. */
export const recordCollections: readonly MergeableCollection[] = [
  { kind: 'mergeable', name: CONFLICTS_COLLECTION, schemaVersion: 0 },
  { kind: 'mergeable', name: REVIEW_COLLECTION, schemaVersion: 0 },
];

export type CollectionRegistry = ReadonlyMap<string, CollectionSpec>;

/** Builds the registry from the domain's collections plus the record collections. */
export function collectionRegistry(specs: readonly CollectionSpec[]): CollectionRegistry {
  const all = [...specs, ...recordCollections];
  const map = new Map<string, CollectionSpec>();
  for (const s of all) {
    if (map.has(s.name)) throw new Error(`duplicate collection ${s.name}`);
    map.set(s.name, s);
  }
  return map;
}
