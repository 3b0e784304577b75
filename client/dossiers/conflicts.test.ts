import { describe, expect, it } from 'vitest';
import { DossierSchema } from '../../shared/schemas/dossier';
import type { ConflictRecord } from '../db/record-schemas';
import {
  canRestore,
  describeSides,
  describeValue,
  openConflictsOf,
  resolutionPatch,
  restoreLosingValue,
} from './conflicts';

const dossier = DossierSchema.parse({
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
  resultDelivery: { method: 'counter' },
  assigneeId: 'officer-civil_status-1',
  field: 'civil_status',
  updatedAt: '2026-03-02T02:00:00.000Z',
});

const record = (over: Partial<ConflictRecord>): ConflictRecord => ({
  id: 'c_1',
  recordOf: 'dossiers',
  docId: dossier.id,
  scopeKey: 'sp:hn-center',
  status: 'open',
  createdAt: '2026-03-02T03:00:00.000Z',
  field: 'applicant',
  baseValue: null,
  winningValue: null,
  losingValue: null,
  ...over,
});

const now = new Date('2026-03-02T06:00:00Z');

describe('conflict records of a dossier', () => {
  it('R4: lists the open records of this dossier, oldest first, without updatedAt noise', () => {
    const list = openConflictsOf(
      [
        record({ id: 'c_b', createdAt: '2026-03-02T04:00:00.000Z' }),
        record({ id: 'c_a' }),
        record({ id: 'c_u', field: 'updatedAt' }),
        record({ id: 'c_r', status: 'resolved' }),
        record({ id: 'c_o', docId: 'other' }),
        record({ id: 'c_q', recordOf: 'queue_tickets' }),
      ],
      dossier.id,
    );
    expect(list.map((r) => r.id)).toEqual(['c_a', 'c_b']);
  });

  it('R1: a resolution touches only the fields a client may change', () => {
    expect(resolutionPatch('kept_winning', 'counter-hn-tt', now)).toEqual({
      status: 'resolved',
      resolution: 'kept_winning',
      resolvedBy: 'counter-hn-tt',
      resolvedAt: '2026-03-02T06:00:00.000Z',
    });
  });

  it('R2: restores a losing value, and removes a field whose losing value was absent', () => {
    const losing = { ...dossier.applicant, phone: '0987654321' };
    const r = restoreLosingValue(dossier, 'applicant', losing, now);
    expect(r.ok && r.dossier.applicant.phone).toBe('0987654321');
    expect(r.ok && r.dossier.updatedAt).toBe('2026-03-02T06:00:00.000Z');
    const removed = restoreLosingValue(dossier, 'assigneeId', null, now);
    expect(removed.ok && 'assigneeId' in removed.dossier).toBe(false);
  });

  it('R3: refuses projection-owned fields, deletions and values the schema rejects', () => {
    expect(['status', 'pauses', 'code', '_deleted', 'nonsense'].some(canRestore)).toBe(false);
    expect(restoreLosingValue(dossier, 'status', 4, now)).toEqual({ ok: false, error: 'not_restorable' });
    expect(restoreLosingValue(dossier, 'channel', 'fax', now)).toEqual({ ok: false, error: 'invalid_value' });
  });

  it('describes values on one line', () => {
    expect(describeValue(null)).toBeNull();
    expect(describeValue('0912345678')).toBe('0912345678');
    expect(describeValue({ method: 'postal', address: 'Ngõ 5' })).toBe('method: postal, address: Ngõ 5');
  });

  it('shows only the keys that differ between two objects', () => {
    const winning = { ...dossier.applicant, phone: '0911111111' };
    const losing = { ...dossier.applicant, phone: '0922222222' };
    expect(describeSides(winning, losing)).toEqual({
      winning: 'phone: 0911111111',
      losing: 'phone: 0922222222',
    });
    expect(describeSides({ method: 'counter' }, { method: 'counter', address: 'Ngõ 5' })).toEqual({
      winning: 'address: —',
      losing: 'address: Ngõ 5',
    });
    expect(describeSides('a', null)).toEqual({ winning: 'a', losing: null });
  });
});

describe('dotted conflict fields (CONF9)', () => {
  it('R5: restores just the key of a nested field and keeps the rest of the object', () => {
    const r = restoreLosingValue(dossier, 'applicant.phone', '0933333333', new Date('2026-11-21T03:00:00Z'));
    expect(r.ok && r.dossier.applicant).toEqual({ ...dossier.applicant, phone: '0933333333' });
    expect(canRestore('applicant.phone')).toBe(true);
    expect(canRestore('status.x')).toBe(false);
  });
});
