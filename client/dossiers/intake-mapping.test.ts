import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/calendar';
import { procedureById, procedures } from '../../shared/catalogue';
import { DossierSchema } from '../../shared/schemas/dossier';
import { DossierEventSchema } from '../../shared/schemas/dossier-event';
import { replay } from '../../shared/status/replay';
import type { Procedure } from '../../shared/schemas/procedure';
import { buildIntake, type IntakeContext } from './intake-mapping';
import type { IntakeInput } from './intake-form';

const input: IntakeInput = {
  procedureId: 'birth-registration',
  receivingPointId: 'hn-center',
  fullName: 'Nguyễn Văn An',
  citizenId: '001203004567',
  phone: '0912345678',
  address: 'Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội',
  channel: 'in_person',
};

const must = (p: Procedure | undefined): Procedure => {
  if (p === undefined) throw new Error('procedure missing from the catalogue');
  return p;
};

const context = (procedure: Procedure, now = new Date('2026-03-02T02:00:00Z')): IntakeContext => ({
  procedure,
  code: 'HN-TT-260302-0102',
  now,
  calendar: defaultCalendar,
  ids: {
    dossier: '3f1e2d4c-5b6a-4978-8e9f-0a1b2c3d4e5f',
    register: '0e4f9a2b-1c3d-4e5f-8a6b-7c8d9e0f1a2b',
    accept: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
  },
  actor: { id: 'counter-hn-tt', role: 'intake_officer' },
});

describe('buildIntake (form → dossier + events)', () => {
  it('I1–I6: a counter intake is an accepted dossier whose events replay to its status', () => {
    const procedure = must(procedureById('birth-registration'));
    const r = buildIntake({ ...input, procedureId: procedure.id }, context(procedure));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(DossierSchema.safeParse(r.dossier).success).toBe(true);
    for (const e of r.events) expect(DossierEventSchema.safeParse(e).success).toBe(true);
    expect(r.events.map((e) => e.type)).toEqual(['register', 'accept']);
    expect(r.events.every((e) => e.dossierId === r.dossier.id && e.actorRole === 'intake_officer')).toBe(
      true,
    );
    expect(replay(r.events).state?.status).toBe(r.dossier.status);
    // E4: events carry their dossier's scope so the server files them with it.
    for (const e of r.events) {
      expect({ receivingPointId: e.receivingPointId, field: e.field }).toEqual({
        receivingPointId: r.dossier.receivingPointId,
        field: r.dossier.field,
      });
    }
    expect(r.dossier).toMatchObject({
      code: 'HN-TT-260302-0102',
      status: 2,
      receivedAt: '2026-03-02T02:00:00.000Z',
      updatedAt: '2026-03-02T02:00:00.000Z',
      pauses: [],
      field: procedure.field,
      applicant: { fullName: 'Nguyễn Văn An', phone: '0912345678' },
    });
    expect(r.dossier.documents.map((d) => d.requirementId)).toEqual(procedure.documents.map((d) => d.id));
    expect(r.dossier.documents.every((d) => d.state === 'missing')).toBe(true);
    expect(r.dossier.resultDelivery.method).toBe(procedure.resultDelivery[0]);
    expect(Date.parse(r.dossier.dueAt)).toBeGreaterThan(Date.parse(r.dossier.receivedAt));
  });

  it('maps every catalogue procedure to a valid dossier (fees I4, delivery I5)', () => {
    for (const procedure of procedures) {
      const r = buildIntake({ ...input, procedureId: procedure.id }, context(procedure));
      expect(r.ok, procedure.id).toBe(true);
      if (!r.ok) continue;
      const { fee, resultDelivery } = r.dossier;
      if (procedure.fee.amount === 0) expect(fee).toEqual({ amountVnd: 0, paymentState: 'not_required' });
      else expect(fee).toEqual({ amountVnd: procedure.fee.amount ?? 0, paymentState: 'unpaid' });
      if (resultDelivery.method === 'postal') expect(resultDelivery.address).toBe(input.address);
    }
  });

  it('I2: a 1-working-day deadline received Monday 09:00 is due Tuesday 09:00 (Hà Nội time)', () => {
    const procedure = { ...must(procedures[0]), deadline: { value: 1, unit: 'working_days' as const } };
    const r = buildIntake(input, context(procedure, new Date('2026-03-02T02:00:00Z')));
    expect(r.ok && r.dossier.dueAt).toBe('2026-03-03T02:00:00.000Z');
  });

  it('refuses what would not pass the schema rather than insert it', () => {
    const procedure = must(procedures[0]);
    const r = buildIntake(input, { ...context(procedure), code: 'not-a-code' });
    expect(r).toMatchObject({ ok: false, error: 'invalid_dossier' });
  });
});
