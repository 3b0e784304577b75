import { z } from 'zod';
import { DOSSIER_EVENT_TYPES, type DossierEventType } from '../status/events';

/**
 * What the public lookup (GET /api/public/dossiers/:code) tells anyone holding a dossier code and
 * the last digits of its phone: procedure, status, dates and the steps with their times — never a
 * name, ID, phone, address or officer. The server builds its answer through this schema (an
 * allow-list) and the citizen's page validates the answer with it.
 *
 * A step carries what the citizen is told in writing anyway, and nothing else (PUB5): the reason of
 * a refusal (slip 03), a supplement request (slip 02, the list of what is missing), a stop, a
 * withdrawal request and an apology (slip 04) with its new appointment; the amount of a financial
 * obligation. Assignments carry nothing: who works a dossier is not the citizen's business.
 */
export const PUBLIC_REASON_TYPES: readonly DossierEventType[] = [
  'refuse',
  'request_supplement',
  'request_withdrawal',
  'stop',
  'apologise_reschedule',
];

export const PublicStepSchema = z.object({
  type: z.enum(DOSSIER_EVENT_TYPES),
  at: z.iso.datetime(),
  reason: z.string().optional(),
  newDueAt: z.iso.datetime().optional(),
  amountVnd: z.number().int().nonnegative().optional(),
});
export type PublicStep = z.infer<typeof PublicStepSchema>;

export const PublicDossierSchema = z.object({
  code: z.string(),
  procedure: z.object({ id: z.string(), name: z.string() }),
  status: z.number().int(),
  statusLabel: z.string(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  timeline: z.array(PublicStepSchema),
});
export type PublicDossier = z.infer<typeof PublicDossierSchema>;
