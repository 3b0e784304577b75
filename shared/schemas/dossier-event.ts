import { z } from 'zod';
import { DOSSIER_EVENT_TYPES } from '../status/events';
import { TRANSITIONS } from '../status/transitions';
import { InstantSchema, VndSchema } from './common';
import { DossierIdSchema } from './dossier';
import { ProcedureFieldSchema } from './procedure';
import { ServicePointIdSchema } from './service-point';
import { RoleSchema, UserIdSchema } from './user';

export const DossierEventIdSchema = z.uuid({ error: 'uuid_invalid' }).max(36).brand<'DossierEventId'>();
export type DossierEventId = z.infer<typeof DossierEventIdSchema>;

export const DossierEventTypeSchema = z.enum(DOSSIER_EVENT_TYPES);

/**
 * One step in a dossier's life; append-only, never edited or deleted (ARCHITECTURE.md, data flow
 * 5). Invariants:
 *  E1. No sequence number here: the server assigns the order (its monotonic sequence) when it
 *      stores the event, and replay follows that order. `at` is the device's clock, shown to
 *      people and used for pause intervals, never for ordering.
 *  E2. The id is made on the device, so a retried push of the same event is recognisably the same.
 *  E3. The reason and payload an event type needs (status/transitions.ts T3) are checked here
 *      too, so a malformed event is refused at the door rather than in replay.
 *  E4. `receivingPointId` and `field` are copies of the dossier's: an event lives in the same
 *      sync scope as its dossier (scope key `d:<receivingPointId>:<field>`), so whoever may read
 *      a dossier reads its timeline and nobody else does. The server refuses an event whose copies
 *      differ from the dossier it already holds.
 * The payload is one flat object of optional fields (not a union per type) so that RxDB gets a
 * plain JSON Schema; which fields a type needs lives in TRANSITIONS.
 */
export const DossierEventSchema = z
  .object({
    id: DossierEventIdSchema,
    dossierId: DossierIdSchema,
    /** E4: the dossier's receiving point and field, for the event's sync scope. */
    receivingPointId: ServicePointIdSchema,
    field: ProcedureFieldSchema,
    type: DossierEventTypeSchema,
    at: InstantSchema,
    actorId: UserIdSchema,
    actorRole: RoleSchema,
    reason: z.string().max(2000).optional(),
    payload: z.object({
      /** assign: the officer now responsible. */
      assigneeId: UserIdSchema.optional(),
      /** apologise_reschedule: the new appointment written on slip 04. */
      newDueAt: InstantSchema.optional(),
      /** request_financial_obligation: the amount the citizen must pay, when known. */
      amountVnd: VndSchema.optional(),
      /** Free note for the tracking log (slip 06); not personal data. */
      note: z.string().max(2000).optional(),
    }),
  })
  .superRefine((e, ctx) => {
    const rule = TRANSITIONS[e.type];
    if (rule.reasonRequired && (e.reason ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'reason_required', path: ['reason'] });
    }
    for (const key of rule.payloadRequired) {
      if (e.payload[key] === undefined) {
        ctx.addIssue({ code: 'custom', message: 'event_payload_invalid', path: ['payload', key] });
      }
    }
  });
export type DossierEvent = z.infer<typeof DossierEventSchema>;
