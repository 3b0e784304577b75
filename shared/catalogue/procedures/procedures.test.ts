import { describe, expect, it } from 'vitest';
import { ProcedureSchema } from '../../schemas/procedure';
import {
  procedureById,
  procedureByNationalCode,
  procedures,
  proceduresByField,
  rawProcedures,
} from './index';

describe('procedure catalogue', () => {
  it.each(rawProcedures.map((p) => [p.id, p] as const))('%s validates against ProcedureSchema', (_id, p) => {
    const result = ProcedureSchema.safeParse(p);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('holds at least 40 procedures spanning at least 8 fields', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(procedures.map((p) => p.field)).size).toBeGreaterThanOrEqual(8);
  });

  it('P1: ids are unique, and national codes are unique where present', () => {
    const ids = procedures.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = procedures.flatMap((p) => (p.nationalCode === undefined ? [] : [p.nationalCode]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('P3: every procedure has a source; portal-verified ones carry the URL and the snapshot date', () => {
    for (const p of procedures) {
      expect(p.source.url !== undefined || p.source.legalBasis.length > 0, p.id).toBe(true);
      if (p.verification === 'national_portal') {
        expect(p.source.url, p.id).toMatch(/^https:\/\/dichvucong\.gov\.vn\//);
        expect(p.source.retrievedOn, p.id).toBeDefined();
      }
    }
  });

  it('explains every record not read on the portal detail page', () => {
    for (const p of procedures.filter((x) => x.verification !== 'national_portal')) {
      expect(p.note, p.id).toBeDefined();
    }
  });

  it('marks documents that the population database replaces (identity papers, proof of residence)', () => {
    const birth = procedureById('birth-registration');
    const replaceable = birth?.documents.filter((d) => d.replaceableByPopulationData).map((d) => d.id);
    expect(replaceable).toEqual(['identity-paper', 'residence-proof']);
  });

  it('looks procedures up by id, national code and field', () => {
    expect(procedureById('birth-registration')?.nationalCode).toBe('1.001193');
    expect(procedureByNationalCode('1.004222')?.id).toBe('permanent-residence-registration');
    expect(procedureById('no-such-procedure')).toBeUndefined();
    expect(procedureByNationalCode('9.999999')).toBeUndefined();
    expect(proceduresByField('residence').every((p) => p.field === 'residence')).toBe(true);
    expect(proceduresByField('residence').length).toBeGreaterThan(0);
  });

  it('is frozen so no caller can edit the shared seed', () => {
    expect(Object.isFrozen(procedures)).toBe(true);
  });
});
