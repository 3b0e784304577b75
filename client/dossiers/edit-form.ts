import type { z } from 'zod';
import { ApplicantSchema } from '../../shared/schemas/applicant';
import { DossierSchema, ResultDeliveryInfoSchema, type Dossier } from '../../shared/schemas/dossier';
import { issueCode, type ValidationCode } from '../../shared/schemas/messages';
import { PhoneInputSchema } from '../../shared/schemas/phone';

/**
 * The detail screen's edit form: a few plain fields an officer corrects at the counter. The
 * schema has no intake-note field yet, so only existing fields are offered. Invariants:
 *  U1. The patch holds only top-level fields whose value really changed (plus updatedAt), so the
 *      server's three-way merge (SPEC CONF1) sees no edit where there was none. The merge treats a
 *      nested object as one value: phone and address both live in `applicant`, so concurrent edits
 *      of the two on different devices meet as one `applicant` conflict, by design of CONF1.
 *  U2. The patched dossier must still pass DossierSchema (e.g. a postal return keeps an address).
 */
export const EDIT_FIELDS = ['phone', 'address', 'deliveryAddress'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export type EditValues = Record<EditField, string>;
export type EditErrors = Partial<Record<EditField, ValidationCode>>;
export type DossierPatch = Partial<Pick<Dossier, 'applicant' | 'resultDelivery'>> &
  Pick<Dossier, 'updatedAt'>;

export type EditResult =
  | { readonly ok: true; readonly patch: DossierPatch | null }
  | { readonly ok: false; readonly errors: EditErrors };

export const editValuesOf = (d: Pick<Dossier, 'applicant' | 'resultDelivery'>): EditValues => ({
  phone: d.applicant.phone,
  address: d.applicant.address,
  deliveryAddress: d.resultDelivery.address ?? '',
});

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function buildEditPatch(dossier: Dossier, values: EditValues, now: Date): EditResult {
  const errors: EditErrors = {};
  const phone = PhoneInputSchema.safeParse(values.phone.trim() === '' ? undefined : values.phone);
  if (!phone.success) errors.phone = firstCode(phone.error.issues);
  const address = ApplicantSchema.shape.address.safeParse(
    values.address.trim() === '' ? undefined : values.address,
  );
  if (!address.success) errors.address = firstCode(address.error.issues);
  const { address: _oldAddress, ...delivery } = dossier.resultDelivery;
  const deliveryAddress = values.deliveryAddress.trim();
  const resultDelivery = ResultDeliveryInfoSchema.safeParse(
    deliveryAddress === '' ? delivery : { ...delivery, address: deliveryAddress },
  );
  if (!resultDelivery.success) errors.deliveryAddress = firstCode(resultDelivery.error.issues);
  if (!phone.success || !address.success || !resultDelivery.success) return { ok: false, errors };

  const applicant = { ...dossier.applicant, phone: phone.data, address: address.data };
  const patch: DossierPatch = { updatedAt: now.toISOString() };
  if (!same(applicant, dossier.applicant)) patch.applicant = applicant; // U1
  if (!same(resultDelivery.data, dossier.resultDelivery)) patch.resultDelivery = resultDelivery.data;
  if (patch.applicant === undefined && patch.resultDelivery === undefined) return { ok: true, patch: null };
  const whole = DossierSchema.safeParse({ ...dossier, ...patch }); // U2
  if (!whole.success) return { ok: false, errors: { deliveryAddress: firstCode(whole.error.issues) } };
  return { ok: true, patch };
}

function firstCode(issues: readonly z.core.$ZodIssue[]): ValidationCode {
  const issue = issues[0];
  return issue === undefined ? 'value_invalid' : issueCode(issue);
}
