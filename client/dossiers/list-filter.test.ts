import { describe, expect, it } from 'vitest';
import { parseSearch } from './list-filter';

describe('parseSearch', () => {
  it('asks for nothing for a blank query', () => {
    expect(parseSearch('   ')).toBeUndefined();
  });

  it('reads 12 digits as a citizen ID, exactly', () => {
    expect(parseSearch(' 087084000999 ')).toEqual({ citizenId: '087084000999' });
    expect(parseSearch('0870840009')).toEqual({ codePrefix: '0870840009' });
  });

  it('reads a code or the start of one, whatever the case', () => {
    expect(parseSearch('hn-tt-2603')).toEqual({ codePrefix: 'HN-TT-2603' });
    expect(parseSearch(' HN-TT-260301-0103 ')).toEqual({ codePrefix: 'HN-TT-260301-0103' });
  });

  it('reads words as a name without diacritics', () => {
    expect(parseSearch('Nguyễn  Văn')).toEqual({ name: 'nguyen van' });
    expect(parseSearch('đức anh')).toEqual({ name: 'duc anh' });
  });

  it('asks for a code and a name for one plain word', () => {
    expect(parseSearch('hn')).toEqual({ codePrefix: 'HN', name: 'hn' });
    expect(parseSearch('Đức')).toEqual({ name: 'duc' });
  });
});
