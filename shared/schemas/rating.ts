import { z } from 'zod';
import { InstantSchema } from './common';
import { ServicePointIdSchema } from './service-point';

export const RatingIdSchema = z.uuid({ error: 'uuid_invalid' }).max(36).brand<'RatingId'>();
export type RatingId = z.infer<typeof RatingIdSchema>;

/**
 * A citizen's rating of the service for one dossier or one queue visit. The target is two flat
 * fields rather than a nested union so RxDB can index it. `servicePointId` is copied in so
 * supervisors' satisfaction reports need no join. No personal data: the rating is anonymous to
 * the officers who are rated.
 */
export const RatingSchema = z.object({
  id: RatingIdSchema,
  targetKind: z.enum(['dossier', 'ticket']),
  /** The dossier's or the ticket's id (uuid). */
  targetId: z.uuid({ error: 'uuid_invalid' }).max(36),
  servicePointId: ServicePointIdSchema,
  stars: z
    .number()
    .int({ error: 'stars_invalid' })
    .min(1, { error: 'stars_invalid' })
    .max(5, { error: 'stars_invalid' }),
  comment: z.string().trim().max(1000).optional(),
  createdAt: InstantSchema,
});
export type Rating = z.infer<typeof RatingSchema>;
