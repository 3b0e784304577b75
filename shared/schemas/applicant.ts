import { z } from 'zod';
import { checkCitizenId, CitizenIdSchema } from './citizen-id';
import { PhoneSchema } from './phone';

/**
 * The person a dossier is filed for. Personal data under Law 91/2025/QH15 and Decree 356/2025:
 * only what intake needs, never written to logs. `phone` is in stored form (phone.ts); forms
 * normalise with PhoneInputSchema first.
 */
export const ApplicantSchema = z
  .object({
    fullName: z.string().trim().min(1).max(128),
    citizenId: CitizenIdSchema,
    /** ISO date; optional because some procedures (e.g. a copy certification) do not need it. */
    dateOfBirth: z.iso.date({ error: 'date_invalid' }).optional(),
    phone: PhoneSchema,
    email: z.email({ error: 'email_invalid' }).max(254).optional(),
    address: z.string().trim().min(1).max(512),
  })
  .superRefine((a, ctx) => {
    // Century and birth-year digits of the ID against the birth date (citizen-id.ts check 3).
    const check = checkCitizenId(a.citizenId, a.dateOfBirth);
    if (!check.ok && check.code === 'citizen_id_birth_year_mismatch') {
      ctx.addIssue({ code: 'custom', message: check.code, path: ['citizenId'] });
    }
  });
export type Applicant = z.infer<typeof ApplicantSchema>;
