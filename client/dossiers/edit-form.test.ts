import { describe, expect, it } from 'vitest';
import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import { buildEditPatch, editValuesOf } from './edit-form';

const dossier = (delivery: Dossier['resultDelivery']['method'] = 'counter'): Dossier =>
  DossierSchema.parse({
    id: '3f1e2d4c-5b6a-4978-8e9f-0a1b2c3d4e5f',
    code: 'HN-TT-260302-0102',
    procedureId: 'birth-registration',
    applicant: {
      fullName: 'Nguyễn Văn An',
      citizenId: '001203004567',
      phone: '0912345678',
      address: 'Số 1 Tràng Tiền',
    },
    channel: 'in_person',
    receivingPointId: 'hn-center',
    receivedAt: '2026-03-02T02:00:00.000Z',
    dueAt: '2026-03-03T02:00:00.000Z',
    status: 2,
    documents: [],
    fee: { amountVnd: 0, paymentState: 'not_required' },
    pauses: [],
    resultDelivery:
      delivery === 'postal' ? { method: 'postal', address: 'Số 1 Tràng Tiền' } : { method: delivery },
    field: 'civil_status',
    updatedAt: '2026-03-02T02:00:00.000Z',
  });

const now = new Date('2026-03-02T05:00:00Z');

describe('buildEditPatch', () => {
  it('U1: no change, no patch', () => {
    const d = dossier();
    expect(buildEditPatch(d, editValuesOf(d), now)).toEqual({ ok: true, patch: null });
  });

  it('U1: a phone edit patches only the applicant (normalised) and updatedAt', () => {
    const d = dossier();
    const r = buildEditPatch(d, { ...editValuesOf(d), phone: '+84 987 654 321' }, now);
    expect(r).toEqual({
      ok: true,
      patch: { applicant: { ...d.applicant, phone: '0987654321' }, updatedAt: '2026-03-02T05:00:00.000Z' },
    });
  });

  it('sets and clears the delivery address', () => {
    const d = dossier();
    const set = buildEditPatch(d, { ...editValuesOf(d), deliveryAddress: ' Ngõ 5 Hàng Bạc ' }, now);
    expect(set.ok && set.patch?.resultDelivery).toEqual({ method: 'counter', address: 'Ngõ 5 Hàng Bạc' });
    const withAddress = { ...d, resultDelivery: { method: 'counter' as const, address: 'x' } };
    const cleared = buildEditPatch(withAddress, { ...editValuesOf(withAddress), deliveryAddress: '' }, now);
    expect(cleared.ok && cleared.patch?.resultDelivery).toEqual({ method: 'counter' });
  });

  it('reports field errors as codes: bad phone, blank address, postal return without address', () => {
    const d = dossier('postal');
    expect(buildEditPatch(d, { phone: '123', address: '  ', deliveryAddress: '' }, now)).toEqual({
      ok: false,
      errors: { phone: 'phone_invalid', address: 'required', deliveryAddress: 'delivery_address_required' },
    });
  });
});
