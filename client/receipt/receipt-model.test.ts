import { describe, expect, it } from 'vitest';
import { procedures } from '../../shared/catalogue';
import { servicePoints } from '../../shared/catalogue/service-points';
import { dossier } from '../db/testing/fixtures';
import { buildReceipt, lookupUrl, placeOf, rootOf, vnParts } from './receipt-model';

const procedure = procedures.find((p) => p.documents.length >= 2) ?? procedures[0]!;
const center = servicePoints.find((p) => p.kind === 'center')!;
const branch = servicePoints.find((p) => p.kind === 'branch')!;

const base = dossier(1, {
  procedureId: procedure.id,
  receivingPointId: center.id,
  applicant: {
    fullName: 'Nguyễn Thị Hoa',
    citizenId: '001190012345',
    phone: '0987654321',
    address: 'Số 1 Tràng Tiền, Hà Nội',
  },
  documents: [{ requirementId: procedure.documents[0]!.id, state: 'received_paper', attachmentIds: [] }],
});
const receipt = (d = base) => buildReceipt({ dossier: d, procedure, servicePoints, officerName: 'Cán bộ A' });

describe('buildReceipt (template 01, Circular 01/2018/TT-VPCP)', () => {
  it('R1: carries the name, address and phone the form asks for, and never the citizen ID', () => {
    const r = receipt()!;
    expect(r.applicant).toEqual({
      fullName: 'Nguyễn Thị Hoa',
      address: 'Số 1 Tràng Tiền, Hà Nội',
      phone: '0987654321',
      email: null,
    });
    expect(JSON.stringify(r)).not.toContain('001190012345');
  });

  it('R2: the slip number is the dossier code; the procedure, officer and channel are named', () => {
    const r = receipt()!;
    expect(r.code).toBe(base.code);
    expect(r.procedureName).toBe(procedure.name.vi);
    expect(r.officerName).toBe('Cán bộ A');
    expect(r.channel).toBe('in_person');
  });

  it('lists every required document with its originals, copies and state on this dossier', () => {
    const r = receipt()!;
    expect(r.documents).toHaveLength(procedure.documents.length);
    expect(r.documents[0]).toMatchObject({
      name: procedure.documents[0]!.name.vi,
      originals: procedure.documents[0]!.originals,
      copies: procedure.documents[0]!.copies,
      state: 'received_paper',
    });
    expect(r.documents[1]?.state).toBe('missing');
  });

  it('R3: the appointment is the rescheduled one when an apology slip gave a new date', () => {
    expect(receipt()!.appointmentAt).toBe(base.dueAt);
    const later = '2026-01-12T09:00:00.000Z';
    expect(receipt({ ...base, rescheduledDueAt: later })!.appointmentAt).toBe(later);
  });

  it('names the center as the authority and the branch as the receiving unit', () => {
    expect(receipt()!).toMatchObject({ authority: center.name.vi, receivingUnit: null, place: 'Hà Nội' });
    const atBranch = receipt({ ...base, receivingPointId: branch.id })!;
    expect(atBranch).toMatchObject({ authority: center.name.vi, receivingUnit: branch.name.vi });
    expect(atBranch.delivery).toEqual({ method: 'counter', where: `${branch.name.vi} — ${branch.address}` });
  });

  it('a postal return is collected at the delivery address; an electronic one nowhere', () => {
    const postal = receipt({ ...base, resultDelivery: { method: 'postal', address: 'Số 9 Lý Thái Tổ' } })!;
    expect(postal.delivery).toEqual({ method: 'postal', where: 'Số 9 Lý Thái Tổ' });
    expect(receipt({ ...base, resultDelivery: { method: 'electronic' } })!.delivery.where).toBeNull();
  });

  it('is null when the receiving point is not on this device', () => {
    expect(receipt({ ...base, receivingPointId: 'nowhere' as typeof base.receivingPointId })).toBeNull();
  });
});

describe('receipt helpers', () => {
  it('lookupUrl points at the public lookup page with the code', () => {
    expect(lookupUrl('https://motcua.example.vn/', 'HN-TT-260105-0001')).toBe(
      'https://motcua.example.vn/lookup?code=HN-TT-260105-0001',
    );
  });

  it('placeOf drops the administrative prefix of the last address part', () => {
    expect(placeOf('102 Hai Bà Trưng, phường Cửa Nam, thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeOf('Số 5, tỉnh Quảng Ninh')).toBe('Quảng Ninh');
  });

  it('rootOf follows parents to the center and survives a cycle', () => {
    expect(rootOf(branch, servicePoints).id).toBe(center.id);
    const a = { ...branch, id: 'a' as typeof branch.id, parentId: 'b' as typeof branch.id };
    const b = { ...branch, id: 'b' as typeof branch.id, parentId: 'a' as typeof branch.id };
    expect(['a', 'b']).toContain(rootOf(a, [a, b]).id);
  });

  it('vnParts reads the instant in Vietnam time', () => {
    expect(vnParts('2026-03-02T17:05:00.000Z')).toEqual({ h: '00', m: '05', d: '03', mo: '03', y: '2026' });
    expect(vnParts('nope')).toBeNull();
  });
});
