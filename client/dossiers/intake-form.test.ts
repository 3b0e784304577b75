import { describe, expect, it } from 'vitest';
import { emptyIntakeForm, parseIntakeForm, type IntakeFormValues } from './intake-form';

const valid: IntakeFormValues = {
  procedureId: 'birth-registration',
  receivingPointId: 'hn-center',
  fullName: '  Nguyễn Văn An ',
  citizenId: '001203004567',
  phone: '+84 912 345 678',
  address: 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội',
  channel: 'in_person',
};

describe('parseIntakeForm', () => {
  it('accepts a valid form: trimmed name, phone in its stored form', () => {
    const r = parseIntakeForm(valid);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.fullName).toBe('Nguyễn Văn An');
      expect(r.value.phone).toBe('0912345678');
    }
  });

  it('reports every blank field as required', () => {
    const r = parseIntakeForm(emptyIntakeForm());
    expect(r).toEqual({
      ok: false,
      errors: {
        procedureId: 'required',
        receivingPointId: 'required',
        fullName: 'required',
        citizenId: 'required',
        phone: 'required',
        address: 'required',
        channel: 'required',
      },
    });
  });

  it('gives each wrong field its own domain code', () => {
    const r = parseIntakeForm({ ...valid, citizenId: '00120300456', phone: '0123', channel: 'fax' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual({
        citizenId: 'citizen_id_invalid',
        phone: 'phone_invalid',
        channel: 'value_invalid',
      });
    }
    const province = parseIntakeForm({ ...valid, citizenId: '999203004567' });
    expect(!province.ok && province.errors.citizenId).toBe('citizen_id_province_unknown');
  });
});
