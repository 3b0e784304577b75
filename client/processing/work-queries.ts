import type { Dossier } from '../../shared/schemas/dossier';
import type { ProcedureField } from '../../shared/schemas/procedure';
import {
  latenessRange,
  type LatenessBounds,
  type ListQuery,
  type Selector,
} from '../dossiers/list/list-query';

/**
 * The processing screens' storage queries, over the dossier list's indexes (client/db/list-keys.ts),
 * so that none reads more than its page at 100,000 dossiers. Invariants:
 *  WQ1. Running tabs (2 accepted, 4 processing, 7 withdrawal asked) walk `listDue`, the running
 *       appointment (rescheduledDueAt ?? dueAt), soonest first: the order an officer works in.
 *       Paused tabs (5, 6) have no running appointment (listDue is ''), so they walk
 *       `[status, listNewest]`, newest first.
 *  WQ2. Late and due soon are dossiers at 2 or 4 (PRODUCT.md: paused 5/6 are not running; 1 is the
 *       counter's, 7 waits for a stop decision) whose running appointment is before now, resp.
 *       within one working day (lateness-bounds.ts): one `listDue` range per status, each limited,
 *       merged by appointment.
 *  WQ3. "Mine" narrows every query to assigneeId = the officer, a field (lĩnh vực) to that field;
 *       the range stays the index's.
 *  WQ4. Counts are index counts of the `listDue` range (the storage counts index entries without
 *       reading documents) minus the rare running statuses that are not open work (1, 7), which
 *       are read through their own small status ranges.
 */
export const INBOX_TABS = [2, 4, 5, 6, 7] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export const WORK_LATENESS = ['late', 'due_soon'] as const;
export type WorkLateness = (typeof WORK_LATENESS)[number];

/** WQ2: the statuses whose lateness the processing screens show. */
export const OPEN_WORK = [4, 2] as const;
const NOT_OPEN_RUNNING = [1, 7] as const;

const PAUSED: readonly InboxTab[] = [5, 6];
const ALL_RUNNING = { $gte: '0' }; // '' (not running) sorts before every instant

/** WQ3: what an officer narrows a list to. */
export interface WorkNarrowing {
  readonly assigneeId?: string | undefined;
  readonly field?: ProcedureField | undefined;
}

const narrowed = (n: WorkNarrowing): Selector => ({
  ...(n.assigneeId === undefined ? {} : { assigneeId: { $eq: n.assigneeId } }),
  ...(n.field === undefined ? {} : { field: { $eq: n.field } }),
}); // WQ3

export function inboxQuery(tab: InboxTab, narrow: WorkNarrowing = {}): ListQuery {
  const status = { $eq: tab };
  if (PAUSED.includes(tab)) {
    const index = ['status', 'listNewest'];
    return { index, sort: index, selector: { status, ...narrowed(narrow) } };
  }
  return {
    index: ['listDue'],
    sort: ['listDue'],
    selector: { listDue: ALL_RUNNING, status, ...narrowed(narrow) },
  }; // WQ1
}

export function latenessQueries(
  kind: WorkLateness,
  bounds: LatenessBounds,
  narrow: WorkNarrowing = {},
): ListQuery[] {
  const listDue = latenessRange(kind, bounds);
  return OPEN_WORK.map((s) => ({
    index: ['listDue'],
    sort: ['listDue'],
    selector: { listDue, status: { $eq: s }, ...narrowed(narrow) },
  })); // WQ2
}

/** WQ4: the whole range, counted from the index, and the rows to take off it. */
export function latenessCountQueries(
  kind: WorkLateness,
  bounds: LatenessBounds,
): { readonly range: ListQuery; readonly minus: readonly ListQuery[] } {
  const listDue = latenessRange(kind, bounds);
  return {
    range: { index: ['listDue'], sort: [], selector: { listDue } },
    minus: NOT_OPEN_RUNNING.map((s) => ({
      index: ['status', 'listNewest'],
      sort: [],
      selector: { status: { $eq: s }, listDue },
    })),
  };
}

/** The appointment a row is sorted and judged by. */
export const appointmentOf = (d: Pick<Dossier, 'dueAt' | 'rescheduledDueAt'>): number =>
  Date.parse(d.rescheduledDueAt ?? d.dueAt);

/** WQ2: pages of several appointment-ordered queries as one, soonest first, at most `limit`. */
export function mergeByAppointment(pages: readonly (readonly Dossier[])[], limit: number): Dossier[] {
  return pages
    .flat()
    .sort((a, b) => appointmentOf(a) - appointmentOf(b) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
