import type { Clock, IdSource } from '../clock.ts';
import { counterIds, manualClock } from '../clock.ts';
import type { AppendOnlyCollection, CollectionSpec, EventVerdict } from '../collections.ts';
import type { PullRequest, PushRequest, PushRow, SyncDoc } from '../protocol.ts';
import { PROTOCOL_VERSION } from '../protocol.ts';
import type { SyncScope } from '../scope.ts';
import { openScope } from '../scope.ts';
import { SyncServer } from '../engine/sync-server.ts';
import type { SyncStorage } from '../storage.ts';

/**
 * Shared test fixtures: a mergeable `notes` collection and an append-only `events` collection
 * whose validator is a tiny status machine (open → note* → close), standing in for the domain's.
 */

export const NOTES = 'notes';
export const EVENTS = 'events';

const kindOf = (e: SyncDoc): string => (typeof e['kind'] === 'string' ? e['kind'] : '');

export function validateLifecycle(prior: readonly SyncDoc[], next: SyncDoc): EventVerdict {
  const opened = prior.some((e) => kindOf(e) === 'open');
  const closed = prior.some((e) => kindOf(e) === 'close');
  switch (kindOf(next)) {
    case 'open':
      return opened ? { ok: false, reason: 'already_open' } : { ok: true };
    case 'note':
    case 'close':
      if (!opened) return { ok: false, reason: 'not_open' };
      return closed ? { ok: false, reason: 'already_closed' } : { ok: true };
    default:
      return { ok: false, reason: 'unknown_kind' };
  }
}

export const eventsCollection: AppendOnlyCollection = {
  kind: 'append-only',
  name: EVENTS,
  schemaVersion: 0,
  aggregateOf: (e) => (typeof e['aggregate'] === 'string' ? e['aggregate'] : ''),
  validate: validateLifecycle,
};

export const testCollections: readonly CollectionSpec[] = [
  { kind: 'mergeable', name: NOTES, schemaVersion: 0 },
  eventsCollection,
];

export interface TestServerParts<P> {
  readonly storage: SyncStorage;
  readonly scope?: SyncScope<P>;
  readonly clock?: Clock;
  readonly ids?: IdSource;
}

export function testServer<P = unknown>(parts: TestServerParts<P>): SyncServer<P> {
  return new SyncServer<P>({
    storage: parts.storage,
    collections: testCollections,
    scope: parts.scope ?? openScope,
    clock: parts.clock ?? manualClock(),
    ids: parts.ids ?? counterIds('sub'),
  });
}

export const doc = (id: string, fields: Record<string, unknown> = {}, deleted = false): SyncDoc => ({
  id,
  _deleted: deleted,
  ...fields,
});

export const row = (assumed: SyncDoc | null, next: SyncDoc): PushRow => ({
  assumedMasterState: assumed,
  newDocumentState: next,
});

export const pushReq = (collection: string, rows: readonly PushRow[], schemaVersion = 0): PushRequest => ({
  type: 'push',
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion,
  collection,
  rows: [...rows],
});

export const pullReq = (collection: string, seq: number | null, batchSize = 100): PullRequest => ({
  type: 'pull',
  protocolVersion: PROTOCOL_VERSION,
  schemaVersion: 0,
  collection,
  checkpoint: seq === null ? null : { seq },
  batchSize,
});
