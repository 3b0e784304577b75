import { describe, expect, it } from 'vitest';
import { accessChanged } from './access-change';

const officer = {
  id: 'u1',
  role: 'processing_officer',
  servicePointId: undefined,
  fields: ['land', 'civil_status'],
  scope: 'fields',
} as const;

describe('accessChanged', () => {
  it('the same access, fields in another order, is no change', () => {
    expect(accessChanged(officer, { ...officer, fields: ['civil_status', 'land'] })).toBe(false);
  });

  it('a field, the role, the point or the scope changed is a change', () => {
    expect(accessChanged(officer, { ...officer, fields: ['land'] })).toBe(true);
    expect(accessChanged(officer, { ...officer, role: 'supervisor' })).toBe(true);
    expect(accessChanged(officer, { ...officer, servicePointId: 'hn-center' })).toBe(true);
    expect(accessChanged(officer, { ...officer, scope: 'center' })).toBe(true);
  });

  it('another account is not a change of this one', () => {
    expect(accessChanged(officer, { ...officer, id: 'u2', role: 'supervisor' })).toBe(false);
  });
});
