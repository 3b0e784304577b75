import { isStatusCode } from '../../../shared/status/statuses';
import { parseSearch } from '../list-filter';
import { LATENESS, type Lateness, type ListFilter } from './list-query';

/** The list's controls as they hold their values: strings, '' for "any". */
export interface FilterValues {
  readonly status: string;
  readonly lateness: string;
  readonly procedureId: string;
  /** `YYYY-MM-DD` (input type=date). */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTER: FilterValues = { status: '', lateness: '', procedureId: '', from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Controls and search box → ListFilter; anything malformed means "any". */
export function toListFilter(v: FilterValues, searchText: string): ListFilter {
  const status = Number(v.status);
  const filter: {
    -readonly [K in keyof ListFilter]: ListFilter[K];
  } = {};
  if (v.status !== '' && isStatusCode(status)) filter.status = status;
  if ((LATENESS as readonly string[]).includes(v.lateness)) filter.lateness = v.lateness as Lateness;
  if (v.procedureId !== '') filter.procedureId = v.procedureId;
  if (DAY.test(v.from)) filter.from = v.from;
  if (DAY.test(v.to)) filter.to = v.to;
  const search = parseSearch(searchText);
  if (search) filter.search = search;
  return filter;
}
