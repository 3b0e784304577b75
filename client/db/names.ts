import { COLLECTION_NAMES as DOMAIN_COLLECTIONS } from '../../sync/domain/collections';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from '../../sync/protocol';

/**
 * Collections of the device database; each replicates under the same name (`/api/sync/:name`).
 * Keep the count small: RxDB's free tier allows about 13 open collections per page and each
 * replication opens a meta storage instance beside its collection.
 */
export const COLLECTION_NAMES = [...DOMAIN_COLLECTIONS, CONFLICTS_COLLECTION, REVIEW_COLLECTION] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

export const isCollectionName = (v: string): v is CollectionName =>
  (COLLECTION_NAMES as readonly string[]).includes(v);

/** The replication of a collection (RxDB's `replicationIdentifier`); pulled-meta-storage.ts derives names from it. */
export const replicationIdentifierOf = (name: string): string => `motcua-sync-${name}`;
