import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../shared/calendar';
import { procedures } from '../../shared/catalogue';
import { DossierSchema } from '../../shared/schemas/dossier';
import { replay } from '../../shared/status/replay';
import type { Procedure } from '../../shared/schemas/procedure';
import { emptyExtras, parseIntakeExtras } from './intake-extras';
import { buildIntake } from './intake-mapping';

const withDocs = (pred: (p: Procedure) => boolean): Procedure => {
  const p = procedures.find(pred);
  if (p === undefined) throw new Error('no such procedure in the catalogue');
  return p;
};
const replaceable = withDocs(
  (p) => p.documents.some((d) => d.replaceableByPopulationData) && p.fee.amount !== 0,
);
const replaceableDoc = replaceable.documents.find((d) => d.replaceableByPopulationData);
const otherDoc = replaceable.documents.find((d) => !d.replaceableByPopulationData);

const build = (extras: ReturnType<typeof parseIntakeExtras>) => {
  if (!extras.ok) throw new Error('extras expected to parse');
  return buildIntake(
    {
      procedureId: replaceable.id,
      receivingPointId: 'hn-center',
      fullName: 'Nguyễn Văn An',
      citizenId: '001203004567',
      phone: '0912345678',
      address: 'Số 1 Tràng Tiền, Hà Nội',
      channel: replaceable.channels[0] ?? 'in_person',
    },
    {
      procedure: replaceable,
      code: 'HN-TT-260302-0102',
      now: new Date('2026-03-02T02:00:00Z'),
      calendar: defaultCalendar,
      ids: {
        dossier: '3f1e2d4c-5b6a-4978-8e9f-0a1b2c3d4e5f',
        register: '0e4f9a2b-1c3d-4e5f-8a6b-7c8d9e0f1a2b',
        accept: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d',
      },
      actor: { id: 'counter-hn-tt', role: 'intake_officer' },
      extras: extras.value,
    },
  );
};

describe('intake extras (X1–X4) and their mapping', () => {
  it('X1/X2/X3: refuses a replacement where not allowed, digitised without photo, refusal without reason', () => {
    const docs: Record<
      string,
      { state: 'replaced_by_population_data' | 'digitised'; attachmentIds: string[] }
    > = {};
    if (otherDoc !== undefined)
      docs[otherDoc.id] = { state: 'replaced_by_population_data', attachmentIds: [] };
    if (replaceableDoc !== undefined) docs[replaceableDoc.id] = { state: 'digitised', attachmentIds: [] };
    const r = parseIntakeExtras(replaceable, {
      ...emptyExtras(),
      documents: docs,
      outcome: 'not_accepted',
      reason: '  ',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.reason).toBe('reason_required');
    if (replaceableDoc !== undefined)
      expect(r.errors.documents?.[replaceableDoc.id]).toBe('attachment_required');
    if (otherDoc !== undefined) expect(r.errors.documents?.[otherDoc.id]).toBe('not_replaceable');
  });

  it('accepted: documents as marked, paid at receipt, register + accept → status 2', () => {
    const id = replaceableDoc?.id ?? '';
    const built = build(
      parseIntakeExtras(replaceable, {
        ...emptyExtras(),
        payment: 'paid',
        documents: { [id]: { state: 'replaced_by_population_data', attachmentIds: [] } },
      }),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.dossier.status).toBe(2);
    expect(built.dossier.fee).toMatchObject({ paymentState: 'paid', paidAt: '2026-03-02T02:00:00.000Z' });
    expect(built.dossier.documents.find((d) => d.requirementId === id)?.state).toBe(
      'replaced_by_population_data',
    );
    expect(DossierSchema.safeParse(built.dossier).success).toBe(true);
  });

  it('not accepted: register + refuse with the reason → status 3, as replay says', () => {
    const built = build(
      parseIntakeExtras(replaceable, { ...emptyExtras(), outcome: 'not_accepted', reason: 'Thiếu giấy tờ' }),
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.dossier.status).toBe(3);
    expect(built.events.map((e) => [e.type, e.reason])).toEqual([
      ['register', undefined],
      ['refuse', 'Thiếu giấy tờ'],
    ]);
    expect(replay(built.events).state?.status).toBe(3);
  });

  it('X4: a free procedure records no payment whatever was picked', () => {
    const free = withDocs((p) => p.fee.amount === 0);
    const r = parseIntakeExtras(free, { ...emptyExtras(), payment: 'paid' });
    expect(r.ok && r.value.payment).toBe('not_required');
  });
});
