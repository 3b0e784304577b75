import { z } from 'zod';
import { DOSSIER_EVENT_TYPES } from '../status/events';

/**
 * What the public lookup (GET /api/public/dossiers/:code) tells anyone holding a dossier code and
 * the last digits of its phone: procedure, status, dates and the steps with their times — never a
 * name, ID, phone, address or officer. The server builds its answer through this schema (an
 * allow-list) and the citizen's page validates the answer with it.
 */
export const PublicDossierSchema = z.object({
  code: z.string(),
  procedure: z.object({ id: z.string(), name: z.string() }),
  status: z.number().int(),
  statusLabel: z.string(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  timeline: z.array(z.object({ type: z.enum(DOSSIER_EVENT_TYPES), at: z.iso.datetime() })),
});
export type PublicDossier = z.infer<typeof PublicDossierSchema>;
