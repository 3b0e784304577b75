import { describe, expect, it } from 'vitest';
import {
  NationalProcedureCodeSchema,
  PROCEDURE_FIELD_LABELS,
  ProcedureFieldSchema,
  ProcedureSchema,
} from './procedure';
import type { ProcedureInput } from './procedure';

const valid = (): ProcedureInput => ({
  id: 'birth-registration',
  nationalCode: '1.001193',
  name: { vi: 'Thủ tục đăng ký khai sinh', en: 'Birth registration' },
  field: 'civil_status',
  level: 'commune',
  authority: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' },
  documents: [
    {
      id: 'birth-declaration',
      name: { vi: 'Tờ khai', en: 'Form' },
      handling: 'submit',
      originals: 1,
      copies: 0,
      replaceableByPopulationData: false,
    },
  ],
  fee: { amount: 0 },
  deadline: { value: 1, unit: 'working_days' },
  channels: ['in_person', 'online'],
  resultDelivery: ['counter'],
  source: { url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/x', legalBasis: [] },
  verification: 'national_portal',
});

describe('ProcedureSchema', () => {
  it('accepts a complete procedure', () => {
    expect(ProcedureSchema.safeParse(valid()).success).toBe(true);
  });

  it('P2: rejects a varying fee without a note, accepts it with one', () => {
    expect(ProcedureSchema.safeParse({ ...valid(), fee: { amount: null } }).success).toBe(false);
    const withNote = {
      ...valid(),
      fee: { amount: null, note: { vi: 'Theo HĐND tỉnh', en: 'Set by the province' } },
    };
    expect(ProcedureSchema.safeParse(withNote).success).toBe(true);
  });

  it('P3: rejects a source with neither URL nor legal basis', () => {
    expect(ProcedureSchema.safeParse({ ...valid(), source: { legalBasis: [] } }).success).toBe(false);
    expect(ProcedureSchema.safeParse({ ...valid(), source: { legalBasis: ['Luật Hộ tịch'] } }).success).toBe(
      true,
    );
  });

  it('rejects duplicate channels, an empty channel list and duplicate document ids', () => {
    expect(ProcedureSchema.safeParse({ ...valid(), channels: ['online', 'online'] }).success).toBe(false);
    expect(ProcedureSchema.safeParse({ ...valid(), channels: [] }).success).toBe(false);
    const doc = valid().documents[0];
    expect(ProcedureSchema.safeParse({ ...valid(), documents: [doc, doc] }).success).toBe(false);
  });

  it('rejects a document with neither original nor copy', () => {
    const doc = { ...valid().documents[0], originals: 0, copies: 0 };
    expect(ProcedureSchema.safeParse({ ...valid(), documents: [doc] }).success).toBe(false);
  });

  it('rejects negative or fractional fees and a zero deadline', () => {
    expect(ProcedureSchema.safeParse({ ...valid(), fee: { amount: -1 } }).success).toBe(false);
    expect(ProcedureSchema.safeParse({ ...valid(), fee: { amount: 1.5 } }).success).toBe(false);
    expect(
      ProcedureSchema.safeParse({ ...valid(), deadline: { value: 0, unit: 'working_days' } }).success,
    ).toBe(false);
  });
});

describe('NationalProcedureCodeSchema', () => {
  it.each(['1.001193', '3.000333', '1.115520'])('accepts %s', (code) => {
    expect(NationalProcedureCodeSchema.safeParse(code).success).toBe(true);
  });
  it.each(['1001193', '1.00119', 'TTHC-1.001193', '1.001193A', ''])('rejects %j', (code) => {
    expect(NationalProcedureCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('PROCEDURE_FIELD_LABELS', () => {
  it('labels every field in both languages', () => {
    for (const field of ProcedureFieldSchema.options) {
      expect(PROCEDURE_FIELD_LABELS[field].vi.length).toBeGreaterThan(0);
      expect(PROCEDURE_FIELD_LABELS[field].en.length).toBeGreaterThan(0);
    }
  });
});
