import { newestKey } from '../../db/list-keys';
import type { SearchTerm } from '../list-filter';

/**
 * Pure builders of the dossier list's storage queries (100,000 dossiers on a device). Invariants:
 *  Q1. Every query names one index of list-keys.ts and is read in that index's ascending order,
 *      so the storage's cursor stops after `limit` rows: nothing is sorted in JavaScript and no
 *      query loads more than `limit` documents (RxDB never serves a `desc` sort from an index,
 *      hence the inverted `listNewest` key for newest first).
 *  Q2. The first filter with an index bounds the range (search, then lateness, status, procedure,
 *      date); the others stay in the selector and are checked on the cursor's rows.
 *  Q3. The received-date range is a `listNewest` range, so it narrows the status, procedure and
 *      unfiltered indexes instead of filtering their rows.
 */
export const LATENESS = ['on_time', 'due_soon', 'late'] as const;
export type Lateness = (typeof LATENESS)[number];

export interface ListFilter {
  readonly status?: number;
  readonly lateness?: Lateness;
  readonly procedureId?: string;
  /** Vietnamese calendar days, `YYYY-MM-DD`, both inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly search?: SearchTerm;
}

/** Instants (UTC ISO, as `listDue` stores them) that split running dossiers by lateness. */
export interface LatenessBounds {
  /** Late: appointment before now. */
  readonly now: string;
  /** Due soon: now ≤ appointment ≤ soonEnd (at most one working day left); on time: after it. */
  readonly soonEnd: string;
}

type Range = { $gt?: string; $gte?: string; $lt?: string; $lte?: string };
export type Selector = Record<string, number | string | Range | { $eq: unknown }>;

export interface ListQuery {
  /** Fields of one LIST_INDEXES entry (or `code`); the storage appends the primary key. */
  readonly index: readonly string[];
  readonly selector: Selector;
  /** The index fields, ascending (Q1). */
  readonly sort: readonly string[];
}

const VN_OFFSET = '+07:00'; // Vietnam has no daylight saving time
const dayStartMs = (day: string): number => Date.parse(`${day}T00:00:00.000${VN_OFFSET}`);
const DAY_MS = 86_400_000;

/** Q3: received in [from 00:00, to+1 00:00) Vietnam time, as a `listNewest` range. */
export function receivedRange(from?: string, to?: string): Range | undefined {
  const range: Range = {};
  const fromMs = from ? dayStartMs(from) : Number.NaN;
  const toMs = to ? dayStartMs(to) + DAY_MS : Number.NaN;
  if (!Number.isNaN(fromMs)) range.$lte = newestKey(fromMs);
  if (!Number.isNaN(toMs)) range.$gt = newestKey(toMs);
  return Object.keys(range).length === 0 ? undefined : range;
}

export function latenessRange(lateness: Lateness, bounds: LatenessBounds): Range {
  switch (lateness) {
    case 'late':
      // '0' ≤ every ISO instant, and > '', the key of dossiers that are not running (K4).
      return { $gte: '0', $lt: bounds.now };
    case 'due_soon':
      return { $gte: bounds.now, $lte: bounds.soonEnd };
    case 'on_time':
      return { $gt: bounds.soonEnd };
  }
}

const UPPER = '\uffff';
const prefix = (p: string): Range => ({ $gte: p, $lt: p + UPPER });

/** Conditions of every filter (not the search), each on a field the stored document has. */
function filterSelector(filter: ListFilter, bounds: LatenessBounds | undefined): Selector {
  const selector: Selector = {};
  if (filter.status !== undefined) selector['status'] = { $eq: filter.status };
  if (filter.procedureId) selector['procedureId'] = { $eq: filter.procedureId };
  const received = receivedRange(filter.from, filter.to);
  if (received) selector['listNewest'] = received;
  if (filter.lateness && bounds) selector['listDue'] = latenessRange(filter.lateness, bounds);
  return selector;
}

const query = (index: readonly string[], selector: Selector): ListQuery => ({ index, selector, sort: index });

/**
 * The queries whose union (by id, first query's order first) is the list. One query except for
 * a one-word search, which may be a code prefix or a name, and a name search (family name first
 * or given name first): at most three, each limited (Q1).
 */
export function buildListQueries(filter: ListFilter, bounds?: LatenessBounds): ListQuery[] {
  if (filter.lateness && !bounds) return []; // no calendar yet: nothing rather than everything
  const where = filterSelector(filter, bounds);
  const search = filter.search;
  if (search) {
    const out: ListQuery[] = [];
    if (search.citizenId)
      out.push(
        query(['applicant.citizenId', 'listNewest'], {
          ...where,
          'applicant.citizenId': { $eq: search.citizenId },
        }),
      );
    if (search.codePrefix) out.push(query(['code'], { ...where, code: prefix(search.codePrefix) }));
    if (search.name) {
      out.push(query(['listName'], { ...where, listName: prefix(search.name) }));
      out.push(query(['listGiven'], { ...where, listGiven: prefix(search.name) }));
    }
    return out;
  }
  if (filter.lateness && bounds) return [query(['listDue'], where)];
  if (filter.status !== undefined) return [query(['status', 'listNewest'], where)];
  if (filter.procedureId) return [query(['procedureId', 'listNewest'], where)];
  return [query(['listNewest'], where)];
}
