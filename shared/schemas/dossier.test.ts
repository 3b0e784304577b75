import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Pause } from '../status/state';
import { DossierSchema, type Dossier } from './dossier';
import { exampleDossier } from './examples';
import { issueCode } from './messages';

/** Parses a modified copy and returns the codes and paths of its issues. */
const problems = (patch: (d: typeof exampleDossier) => unknown): string[] => {
  const copy = structuredClone(exampleDossier);
  const input = patch(copy) ?? copy;
  const result = DossierSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${issueCode(i, input)}`);
};

describe('DossierSchema', () => {
  it('accepts the example', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it('its pauses are the status machine’s pauses', () => {
    expectTypeOf<Dossier['pauses'][number]>().toExtend<Pause>();
    expectTypeOf<Pause>().toExtend<Dossier['pauses'][number]>();
  });

  it.each([
    [
      'a device id that is not a uuid',
      (d: typeof exampleDossier) => ({ ...d, id: 'abc' }),
      'id:uuid_invalid',
    ],
    [
      'a malformed code',
      (d: typeof exampleDossier) => ({ ...d, code: 'HN-TT-260230-0001' }),
      'code:dossier_code_invalid',
    ],
    ['status 11', (d: typeof exampleDossier) => ({ ...d, status: 11 }), 'status:value_invalid'],
    [
      'a phone not in stored form',
      (d: typeof exampleDossier) => ({ ...d, applicant: { ...d.applicant, phone: '+84912345678' } }),
      'applicant.phone:phone_invalid',
    ],
    [
      'a CCCD of 11 digits',
      (d: typeof exampleDossier) => ({ ...d, applicant: { ...d.applicant, citizenId: '00119001234' } }),
      'applicant.citizenId:citizen_id_invalid',
    ],
    [
      'a CCCD whose year does not match the birth date',
      (d: typeof exampleDossier) => ({ ...d, applicant: { ...d.applicant, dateOfBirth: '1991-04-12' } }),
      'applicant.citizenId:citizen_id_birth_year_mismatch',
    ],
    [
      'a bad email',
      (d: typeof exampleDossier) => ({ ...d, applicant: { ...d.applicant, email: 'lan@' } }),
      'applicant.email:email_invalid',
    ],
    [
      'a due time before receipt',
      (d: typeof exampleDossier) => ({ ...d, dueAt: '2026-03-01T00:00:00.000Z' }),
      'dueAt:due_before_received',
    ],
    [
      'paid with no time of payment',
      (d: typeof exampleDossier) => ({ ...d, fee: { amountVnd: 8000, paymentState: 'paid' } }),
      'fee.paidAt:paid_at_required',
    ],
    [
      'a pause that ends before it starts',
      (d: typeof exampleDossier) => ({
        ...d,
        pauses: [{ from: '2026-03-03T00:00:00Z', to: '2026-03-02T00:00:00Z', reason: 'supplement' }],
      }),
      'pauses.0.to:pause_order_invalid',
    ],
    [
      'postal return with no address',
      (d: typeof exampleDossier) => ({ ...d, resultDelivery: { method: 'postal' } }),
      'resultDelivery.address:delivery_address_required',
    ],
    [
      'a digitised document with no file',
      (d: typeof exampleDossier) => ({
        ...d,
        documents: [{ requirementId: 'to-khai', state: 'digitised', attachmentIds: [] }],
      }),
      'documents.0.attachmentIds:document_attachment_required',
    ],
    [
      'a missing field (lĩnh vực)',
      (d: typeof exampleDossier) => {
        const { field: _f, ...rest } = d;
        return rest;
      },
      'field:required',
    ],
  ])('rejects %s', (_what, patch, expected) => {
    expect(problems(patch)).toEqual([expected]);
  });

  it('a dossier without birth date checks only the ID’s structure', () => {
    expect(
      problems((d) => {
        const { dateOfBirth: _b, ...applicant } = d.applicant;
        return { ...d, applicant };
      }),
    ).toEqual([]);
  });
});
