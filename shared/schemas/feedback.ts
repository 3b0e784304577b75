import { z } from 'zod';
import { InstantSchema } from './common';
import { DossierCodeSchema } from '../dossier-code/schema';
import { PhoneSchema } from './phone';
import { UserIdSchema } from './user';

export const FeedbackIdSchema = z.uuid({ error: 'uuid_invalid' }).max(36).brand<'FeedbackId'>();
export type FeedbackId = z.infer<typeof FeedbackIdSchema>;

/**
 * received → processing → answered; or `rejected` (outside the scope of reflections and
 * recommendations, e.g. a complaint that belongs to the complaints procedure) and `closed`.
 */
export const FeedbackStatusSchema = z.enum(['received', 'processing', 'answered', 'rejected', 'closed']);

/**
 * A reflection or recommendation (phản ánh, kiến nghị) about administrative regulations or how
 * they were applied (Decree 20/2008/NĐ-CP). It must say who sent it and how to reach them —
 * anonymous reflections are not processed — so at least one contact channel is required.
 */
export const FeedbackSchema = z
  .object({
    id: FeedbackIdSchema,
    subject: z.string().trim().min(1).max(256),
    content: z.string().trim().min(1).max(5000),
    contact: z.object({
      name: z.string().trim().min(1).max(128),
      phone: PhoneSchema.optional(),
      email: z.email({ error: 'email_invalid' }).max(254).optional(),
      address: z.string().trim().min(1).max(512).optional(),
    }),
    /** The dossier the feedback is about, when there is one. */
    dossierCode: DossierCodeSchema.optional(),
    status: FeedbackStatusSchema,
    answer: z.string().trim().min(1).max(5000).optional(),
    handlerId: UserIdSchema.optional(),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .refine(
    (f) => f.contact.phone !== undefined || f.contact.email !== undefined || f.contact.address !== undefined,
    {
      error: 'feedback_contact_required',
      path: ['contact'],
    },
  );
export type Feedback = z.infer<typeof FeedbackSchema>;
