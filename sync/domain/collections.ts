import { DossierEventSchema, apply, replay, type DossierEvent } from '../../shared';
import { procedureById } from '../../shared/catalogue';
import { DeadlineSchema } from '../../shared/schemas/common';
import { WorkCalendarSchema, type WorkCalendar } from '../../shared/schemas/work-calendar';
import { projectDossier } from '../../shared/status/project-dossier';
import type {
  AppendOnlyCollection,
  CollectionSpec,
  EventProjection,
  EventVerdict,
  MergeableCollection,
} from '../collections.ts';
import type { SyncDoc } from '../protocol.ts';
import { parseDossierDoc } from './parse-dossier-doc';

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

const mergeable = (
  name: DomainCollection,
  opts: { derived?: readonly string[]; deviceIds: boolean },
): MergeableCollection => ({
  kind: 'mergeable',
  name,
  schemaVersion: SCHEMA_VERSIONS[name],
  // Every edit stamps updatedAt; two concurrent edits must not raise a conflict over it (CONF8).
  latestWins: ['updatedAt'],
  derived: opts.derived ?? [],
  deviceIds: opts.deviceIds,
});

/** The dossier fields that are a cache of its event log (DossierSchema D1, D2; CONF10). */
export const DOSSIER_DERIVED_FIELDS = [
  'status',
  'pauses',
  'dueAt',
  'rescheduledDueAt',
  'assigneeId',
] as const;

/**
 * EVT6 for dossiers: the server recomputes the cached fields from the accepted events with the
 * same function devices use (shared/status/project-dossier.ts). Deadline and calendar come from
 * the synced catalogue as devices read it (`procedure:<id>`, `work_calendar:default`, in the
 * push's transaction), else from the shipped catalogue and the built-in calendar. A stored
 * dossier that does not parse is left alone.
 */
export const dossierProjection: EventProjection = {
  target: 'dossiers',
  async project(target, events, read) {
    const parsed = parseDossierDoc(target);
    if (!parsed.success) return null;
    const { procedureId } = parsed.data;
    const entry = await read('catalogue', `procedure:${procedureId}`);
    const synced = DeadlineSchema.safeParse(
      (entry?.['procedure'] as { deadline?: unknown } | undefined)?.deadline,
    );
    const deadline = synced.success ? synced.data : procedureById(procedureId)?.deadline;
    const calendar = calendarOf(await read('catalogue', 'work_calendar:default'));
    // Stored events were validated when they were accepted (EVT2), so they are DossierEvents.
    const p = projectDossier(parsed.data, events as unknown as DossierEvent[], {
      deadline,
      ...(calendar === undefined ? {} : { calendar }),
    });
    return p.changed ? { ...p.dossier, _deleted: false } : null;
  },
};

/**
 * The synced calendar, parsed once per document read: the projection's reads are memoised per
 * push (sync-server memoRead), so every dossier of a push gets the same object and one parse.
 * Keyed by identity, so a changed calendar is always parsed afresh.
 */
const parsedCalendars = new WeakMap<SyncDoc, WorkCalendar | undefined>();
function calendarOf(entry: SyncDoc | undefined): WorkCalendar | undefined {
  if (entry === undefined) return undefined;
  if (!parsedCalendars.has(entry)) {
    const parsed = WorkCalendarSchema.safeParse(entry['workCalendar']);
    parsedCalendars.set(entry, parsed.success ? parsed.data : undefined);
  }
  return parsedCalendars.get(entry);
}

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
  projection: dossierProjection,
};

export const domainCollections: readonly CollectionSpec[] = [
  // Dossiers and tickets get crypto.randomUUID() ids on the device (PUSH11); catalogue entries
  // are named by their code, which two administrators could both choose.
  mergeable('dossiers', { derived: DOSSIER_DERIVED_FIELDS, deviceIds: true }),
  dossierEvents,
  mergeable('queue_tickets', { deviceIds: true }),
  mergeable('catalogue', { deviceIds: false }),
];
