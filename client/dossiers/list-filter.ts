import { createMatcher } from '../../shared/text';

/** What the list's search needs of a row. */
export interface SearchableDossier {
  readonly code: string;
  readonly applicant: { readonly fullName: string };
}

/**
 * The list's search box over the rows already loaded: a row matches when the query is part of its
 * dossier code (case-insensitive, so "hn-tt-2603" finds "HN-TT-260302-0001") or when every word of
 * the query starts a word of the applicant's name with or without diacritics ("nguyen van" finds
 * "Nguyễn Văn An", shared/text/match.ts). A blank query keeps every row, in order.
 */
export function filterDossiers<T extends SearchableDossier>(rows: readonly T[], query: string): T[] {
  const code = query.trim().toUpperCase().replace(/\s+/g, '');
  if (code === '') return [...rows];
  const byName = createMatcher(query);
  return rows.filter((row) => row.code.includes(code) || byName(row.applicant.fullName));
}
