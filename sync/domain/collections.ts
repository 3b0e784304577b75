import { DossierEventSchema, apply, replay, type DossierEvent } from '../../shared';
import type {
  AppendOnlyCollection,
  CollectionSpec,
  EventVerdict,
  MergeableCollection,
} from '../collections.ts';
import type { SyncDoc } from '../protocol.ts';

/**
 * Motcua's replicated collections, known to both sides: the client opens an RxDB collection of
 * each name at each schema version, the server registers the same specs (SPEC PUSH8/PULL6 compare
 * the versions). Kept few on purpose: RxDB's free tier allows ~13 open collections per page.
 */
export const COLLECTION_NAMES = ['dossiers', 'dossier_events', 'queue_tickets', 'catalogue'] as const;
export type DomainCollection = (typeof COLLECTION_NAMES)[number];

/** Bump together with the client's RxDB schema version and its migration strategy. */
export const SCHEMA_VERSIONS: Readonly<Record<DomainCollection, number>> = {
  dossiers: 1,
  dossier_events: 0,
  queue_tickets: 0,
  catalogue: 0,
};

const mergeable = (name: DomainCollection): MergeableCollection => ({
  kind: 'mergeable',
  name,
  schemaVersion: SCHEMA_VERSIONS[name],
  // Every edit stamps updatedAt; two concurrent edits must not raise a conflict over it (CONF8).
  latestWins: ['updatedAt'],
});

/**
 * EVT2 for dossier status events: the event must be well-formed, and legal after the dossier's
 * accepted events in server order — the national status machine decides (shared/status).
 */
export function validateDossierEvent(prior: readonly SyncDoc[], next: SyncDoc): EventVerdict {
  const parsed = DossierEventSchema.safeParse(stripDeleted(next));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `malformed_event: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    };
  }
  // Prior events were validated when they were stored, so they are DossierEvents.
  const state = replay(prior.filter((e) => !e._deleted) as unknown as DossierEvent[]).state;
  const verdict = apply(state, parsed.data);
  if (verdict.ok) return { ok: true };
  const { code, status, field } = verdict.error;
  return {
    ok: false,
    reason: `${code}: ${parsed.data.type} from status ${status ?? 'none'}${field ? ` (${field})` : ''}`,
  };
}

function stripDeleted(doc: SyncDoc): Record<string, unknown> {
  const { _deleted: _ignored, ...rest } = doc;
  return rest;
}

export const dossierEvents: AppendOnlyCollection = {
  kind: 'append-only',
  name: 'dossier_events',
  schemaVersion: SCHEMA_VERSIONS.dossier_events,
  aggregateOf: (event) => String(event['dossierId']),
  validate: validateDossierEvent,
};

export const domainCollections: readonly CollectionSpec[] = [
  mergeable('dossiers'),
  dossierEvents,
  mergeable('queue_tickets'),
  mergeable('catalogue'),
];
