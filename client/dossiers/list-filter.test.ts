import { describe, expect, it } from 'vitest';
import { filterDossiers } from './list-filter';

const rows = [
  { code: 'HN-TT-260302-0102', applicant: { fullName: 'Nguyễn Văn Đức' } },
  { code: 'HN-CN01-260302-0001', applicant: { fullName: 'Trần Thị Hồng' } },
  { code: 'HN-TT-260301-0103', applicant: { fullName: 'Lê Đức Anh' } },
];

describe('filterDossiers', () => {
  it('keeps every row, in order, for a blank query', () => {
    expect(filterDossiers(rows, '   ')).toEqual(rows);
  });

  it('finds a name typed without diacritics, in any word order', () => {
    expect(filterDossiers(rows, 'nguyen van duc').map((r) => r.code)).toEqual(['HN-TT-260302-0102']);
    expect(filterDossiers(rows, 'hong tran').map((r) => r.code)).toEqual(['HN-CN01-260302-0001']);
    expect(filterDossiers(rows, 'duc').map((r) => r.code)).toEqual([
      'HN-TT-260302-0102',
      'HN-TT-260301-0103',
    ]);
  });

  it('finds a code or part of it, whatever the case', () => {
    expect(filterDossiers(rows, 'hn-cn01').map((r) => r.code)).toEqual(['HN-CN01-260302-0001']);
    expect(filterDossiers(rows, '260302-0102').map((r) => r.code)).toEqual(['HN-TT-260302-0102']);
    expect(filterDossiers(rows, ' HN-TT-260301-0103 ').map((r) => r.code)).toEqual(['HN-TT-260301-0103']);
  });

  it('finds nothing for a name that is not there', () => {
    expect(filterDossiers(rows, 'pham')).toEqual([]);
  });
});
