import { searchKey } from '../../shared/text';

/**
 * What the list's search box asks for. Each part is served by an index (list/list-query.ts):
 *  - `citizenId`: 12 digits, exact (số định danh cá nhân);
 *  - `codePrefix`: the start of a dossier code, in upper case ("hn-tt-2603" → "HN-TT-2603");
 *  - `name`: the start of the applicant's name without diacritics, family or given name first
 *    ("nguyen van" finds "Nguyễn Văn An", "an" and "an nguyen" find him too).
 * A single word without digits may be a code or a name, so it asks for both.
 */
export interface SearchTerm {
  readonly citizenId?: string;
  readonly codePrefix?: string;
  readonly name?: string;
}

export function parseSearch(text: string): SearchTerm | undefined {
  const compact = text.trim().replace(/\s+/g, '');
  if (compact === '') return undefined;
  if (/^\d{12}$/.test(compact)) return { citizenId: compact };
  const name = searchKey(text);
  const single = !/\s/.test(text.trim());
  const codeLike = single && /^[A-Za-z0-9-]+$/.test(compact);
  if (codeLike && /[\d-]/.test(compact)) return { codePrefix: compact.toUpperCase() };
  const term: { codePrefix?: string; name?: string } = {};
  if (codeLike) term.codePrefix = compact.toUpperCase();
  if (name !== '') term.name = name;
  return Object.keys(term).length === 0 ? undefined : term;
}
