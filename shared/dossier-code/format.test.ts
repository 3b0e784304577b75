import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './format';
import { vnDay } from './vn-day';

describe('dossier code format', () => {
  it('formats and parses a code whose unit code contains dashes (split from the right)', () => {
    const code = formatDossierCode({ unitCode: 'HN-CN01', day: '260302', serial: 7 });
    expect(code).toEqual({ ok: true, value: 'HN-CN01-260302-0007' });
    expect(parseDossierCode('HN-CN01-260302-0007')).toEqual({
      ok: true,
      value: { unitCode: 'HN-CN01', day: '260302', serial: 7 },
    });
  });

  it.each([
    ['', 'malformed'],
    ['HN', 'malformed'],
    ['260302-0001', 'malformed'],
    ['HN-260302-1', 'serial_invalid'],
    ['HN-260302-0000', 'serial_invalid'],
    ['HN-260302-00a1', 'serial_invalid'],
    ['HN-260230-0001', 'day_invalid'],
    ['HN-2603-0001', 'day_invalid'],
    ['hn-260302-0001', 'unit_code_invalid'],
    ['HN--260302-0001', 'unit_code_invalid'],
    ['-260302-0001', 'malformed'],
    ['1HN-260302-0001', 'unit_code_invalid'],
  ])('rejects %j as %s', (code, reason) => {
    expect(parseDossierCode(code)).toEqual({ ok: false, error: { code: reason } });
  });

  it('refuses to format parts it could not parse back', () => {
    expect(formatDossierCode({ unitCode: 'HN', day: '260302', serial: 10000 })).toEqual({
      ok: false,
      error: { code: 'serial_invalid' },
    });
    expect(formatDossierCode({ unitCode: 'HN', day: '261301', serial: 1 }).ok).toBe(false);
  });

  it('round-trips every valid code (property)', () => {
    const seg = fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}$/);
    const unit = fc.array(seg, { minLength: 1, maxLength: 4 }).map((s) => s.join('-'));
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-30T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => vnDay(d) ?? '000101');
    fc.assert(
      fc.property(unit, day, fc.integer({ min: 1, max: 9999 }), (unitCode, d, serial) => {
        const code = formatDossierCode({ unitCode, day: d, serial });
        expect(code.ok).toBe(true);
        if (code.ok)
          expect(parseDossierCode(code.value)).toEqual({ ok: true, value: { unitCode, day: d, serial } });
      }),
    );
  });
});

describe('vnDay: the day in Asia/Ho_Chi_Minh (UTC+7)', () => {
  it('rolls over at 17:00 UTC', () => {
    expect(vnDay('2026-03-01T16:59:59.999Z')).toBe('260301');
    expect(vnDay('2026-03-01T17:00:00.000Z')).toBe('260302');
    expect(vnDay('2026-03-02T00:30:00+07:00')).toBe('260302');
    expect(vnDay('2026-12-31T17:00:00Z')).toBe('270101');
  });
  it('is null for what YYMMDD cannot name', () => {
    expect(vnDay('not a date')).toBeNull();
    expect(vnDay('1999-12-31T00:00:00Z')).toBeNull();
  });
});
