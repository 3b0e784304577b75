import { z } from 'zod';
import { ApplicantSchema } from '../../shared/schemas/applicant';
import { CitizenIdSchema } from '../../shared/schemas/citizen-id';
import { ChannelSchema, type Channel } from '../../shared/schemas/common';
import { issueCode, type ValidationCode } from '../../shared/schemas/messages';
import { PhoneInputSchema } from '../../shared/schemas/phone';

/**
 * The intake form's values as typed, and their validation with the shared schemas (one schema
 * per entity: the applicant's fields come from ApplicantSchema itself, the phone goes through
 * PhoneInputSchema to its stored form). Errors are stable codes, so the screen shows them in the
 * current language and re-renders them when the language changes.
 */
export const INTAKE_FIELDS = [
  'procedureId',
  'receivingPointId',
  'fullName',
  'citizenId',
  'phone',
  'address',
  'channel',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];
export type IntakeFormValues = Record<IntakeField, string>;

export interface IntakeInput {
  readonly procedureId: string;
  readonly receivingPointId: string;
  readonly fullName: string;
  readonly citizenId: string;
  /** Stored form (leading 0, digits only). */
  readonly phone: string;
  readonly address: string;
  readonly channel: Channel;
}

const IntakeFormSchema = z.object({
  procedureId: z.string().min(1),
  receivingPointId: z.string().min(1),
  fullName: ApplicantSchema.shape.fullName,
  citizenId: CitizenIdSchema,
  phone: PhoneInputSchema,
  address: ApplicantSchema.shape.address,
  channel: ChannelSchema,
});

export type IntakeErrors = Partial<Record<IntakeField, ValidationCode>>;
export type IntakeParse =
  { readonly ok: true; readonly value: IntakeInput } | { readonly ok: false; readonly errors: IntakeErrors };

export const emptyIntakeForm = (): IntakeFormValues => ({
  procedureId: '',
  receivingPointId: '',
  fullName: '',
  citizenId: '',
  phone: '',
  address: '',
  channel: '',
});

/** Blank fields become absent, so a field left empty reads "required", not "too short". */
export function parseIntakeForm(values: IntakeFormValues): IntakeParse {
  const input = Object.fromEntries(
    INTAKE_FIELDS.map((f) => [f, values[f].trim() === '' ? undefined : values[f].trim()] as const),
  );
  const parsed = IntakeFormSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: IntakeErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && isIntakeField(field) && errors[field] === undefined) {
      errors[field] = issueCode(issue, input);
    }
  }
  return { ok: false, errors };
}

const isIntakeField = (s: string): s is IntakeField => (INTAKE_FIELDS as readonly string[]).includes(s);
