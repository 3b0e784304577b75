import { describe, expect, it } from 'vitest';
import { centuryPair, checkCitizenId, CitizenIdSchema, PROVINCE_BIRTH_CODES } from './citizen-id';

describe('citizen ID (CCCD) structure', () => {
  it('lists the 63 province codes of Circular 07/2016/TT-BCA, Hà Nội 001 to Cà Mau 096', () => {
    expect(PROVINCE_BIRTH_CODES).toHaveLength(63);
    expect(new Set(PROVINCE_BIRTH_CODES).size).toBe(63);
    expect(PROVINCE_BIRTH_CODES[0]).toBe('001');
    expect(PROVINCE_BIRTH_CODES).toContain('079'); // TP.HCM
    expect(PROVINCE_BIRTH_CODES.at(-1)).toBe('096');
  });

  it('accepts the published example 087084000999 (Đồng Tháp, male, born 1984)', () => {
    expect(checkCitizenId('087084000999')).toEqual({ ok: true });
    expect(checkCitizenId('087084000999', '1984-05-01')).toEqual({ ok: true });
  });

  it.each(['', '0010900001', '00109000012a', '001090000123 ', '０01090000123', '0010900001234'])(
    'rejects %j as not 12 digits',
    (id) => expect(checkCitizenId(id)).toEqual({ ok: false, code: 'citizen_id_invalid' }),
  );

  it('rejects codes that are not a province of birth registration', () => {
    for (const id of ['000090000123', '003090000123', '097090000123', '999090000123']) {
      expect(checkCitizenId(id)).toEqual({ ok: false, code: 'citizen_id_province_unknown' });
    }
  });

  it('checks century and year digits against the birth date when it is given', () => {
    expect(checkCitizenId('001190000123', '1990-01-01')).toEqual({ ok: true }); // female, 1990
    expect(checkCitizenId('001305000123', '2005-07-09')).toEqual({ ok: true }); // female, 2005
    expect(checkCitizenId('001205000123', '1905-07-09').ok).toBe(false); // 2 = 2000s
    expect(checkCitizenId('001091000123', '1990-01-01').ok).toBe(false); // year 91 ≠ 90
    expect(centuryPair(1999)).toEqual([0, 1]);
    expect(centuryPair(2000)).toEqual([2, 3]);
  });

  it('the schema reports stable codes', () => {
    const bad = CitizenIdSchema.safeParse('12345');
    expect(bad.error?.issues[0]?.message).toBe('citizen_id_invalid');
    expect(CitizenIdSchema.safeParse('100190000123').error?.issues[0]?.message).toBe(
      'citizen_id_province_unknown',
    );
  });
});
