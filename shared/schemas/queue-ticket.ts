import { z } from 'zod';
import { InstantSchema } from './common';
import { DossierIdSchema } from './dossier';
import { ProcedureFieldSchema } from './procedure';
import { ServicePointIdSchema } from './service-point';
import { UserIdSchema } from './user';

/** Made on the kiosk or counter device that prints the ticket. */
export const QueueTicketIdSchema = z.uuid({ error: 'uuid_invalid' }).max(36).brand<'QueueTicketId'>();
export type QueueTicketId = z.infer<typeof QueueTicketIdSchema>;

/**
 * waiting → called → serving → done; `called` may go back to waiting (recall) or to `no_show`;
 * `cancelled` when the citizen leaves. Each step records its time, which is how the 15-minute
 * waiting target (PRODUCT.md) is measured: calledAt − issuedAt.
 */
export const TicketStateSchema = z.enum(['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled']);
export type TicketState = z.infer<typeof TicketStateSchema>;

/** Which timestamp each state implies (Q1): a ticket never claims a step it has no time for. */
const NEEDS: Record<TicketState, readonly ('calledAt' | 'servedAt' | 'finishedAt')[]> = {
  waiting: [],
  called: ['calledAt'],
  serving: ['calledAt', 'servedAt'],
  done: ['calledAt', 'servedAt', 'finishedAt'],
  no_show: ['calledAt'],
  cancelled: [],
};

export const QueueTicketSchema = z
  .object({
    id: QueueTicketIdSchema,
    servicePointId: ServicePointIdSchema,
    /** The queue this ticket waits in: a field (lĩnh vực) or a named service such as "returns". */
    service: z.enum([...ProcedureFieldSchema.options, 'result_return', 'guidance', 'payment']),
    /**
     * Number shown and called out. Kiosks issue offline too, so numbers come from the same block
     * scheme as dossier serials (dossier-code/scheme.ts): unique per service point per day.
     */
    number: z.number().int().min(1).max(9999),
    issuedAt: InstantSchema,
    calledAt: InstantSchema.optional(),
    servedAt: InstantSchema.optional(),
    finishedAt: InstantSchema.optional(),
    /** Counter (quầy) label, e.g. "05". */
    counter: z.string().min(1).max(16).optional(),
    officerId: UserIdSchema.optional(),
    dossierId: DossierIdSchema.optional(),
    state: TicketStateSchema,
    updatedAt: InstantSchema,
  })
  .refine((t) => NEEDS[t.state].every((k) => t[k] !== undefined), {
    error: 'ticket_state_inconsistent',
    path: ['state'],
  });
export type QueueTicket = z.infer<typeof QueueTicketSchema>;
