import { z } from 'zod';
import { DossierCodeSchema } from '../dossier-code/schema';
import { PAUSE_REASONS } from '../status/events';
import { STATUS_CODES } from '../status/statuses';
import { ApplicantSchema } from './applicant';
import { ChannelSchema, InstantSchema, VndSchema } from './common';
import { ProcedureFieldSchema, ProcedureIdSchema, ResultDeliverySchema } from './procedure';
import { ServicePointIdSchema } from './service-point';
import { UserIdSchema } from './user';

/** Made on the device that first records the dossier (crypto.randomUUID): no server round trip. */
export const DossierIdSchema = z.uuid({ error: 'uuid_invalid' }).max(36).brand<'DossierId'>();
export type DossierId = z.infer<typeof DossierIdSchema>;

export const StatusCodeSchema = z.literal(STATUS_CODES);

/**
 * Per required document of the procedure (RequiredDocument.id): where its paper or data stands.
 * `replaced_by_population_data`: the officer looked it up in the national population database.
 */
export const DocumentStateSchema = z.enum([
  'missing',
  'received_paper',
  'digitised',
  'replaced_by_population_data',
]);
export const DossierDocumentSchema = z
  .object({
    requirementId: z.string().min(1).max(64),
    state: DocumentStateSchema,
    attachmentIds: z.array(z.string().min(1).max(128)).max(50),
  })
  .refine((d) => d.state !== 'digitised' || d.attachmentIds.length > 0, {
    error: 'document_attachment_required',
    path: ['attachmentIds'],
  });
export type DossierDocument = z.infer<typeof DossierDocumentSchema>;

export const PaymentStateSchema = z.enum(['not_required', 'unpaid', 'paid', 'waived']);
export const FeeSchema = z
  .object({ amountVnd: VndSchema, paymentState: PaymentStateSchema, paidAt: InstantSchema.optional() })
  .refine((f) => f.paymentState !== 'paid' || f.paidAt !== undefined, {
    error: 'paid_at_required',
    path: ['paidAt'],
  });

/** A stretch during which the legal clock stops (status/state.ts S2); `to` absent while open. */
export const PauseSchema = z
  .object({ from: InstantSchema, to: InstantSchema.optional(), reason: z.enum(PAUSE_REASONS) })
  .refine((p) => p.to === undefined || Date.parse(p.to) >= Date.parse(p.from), {
    error: 'pause_order_invalid',
    path: ['to'],
  });

/** How the result goes back; the method is one the procedure offers (Procedure.resultDelivery). */
export const ResultDeliveryInfoSchema = z
  .object({
    method: ResultDeliverySchema,
    address: z.string().trim().min(1).max(512).optional(),
    returnedAt: InstantSchema.optional(),
    recipientName: z.string().trim().min(1).max(128).optional(),
  })
  .refine((r) => r.method !== 'postal' || r.address !== undefined, {
    error: 'delivery_address_required',
    path: ['address'],
  });

/**
 * A dossier (hồ sơ TTHC). Invariants:
 *  D1. `status`, `pauses` and `rescheduledDueAt` are a cache of replay(events) (status/replay.ts);
 *      the event log wins whenever they disagree, and only the projection writes them.
 *  D2. `dueAt` is computeDueAt(receivedAt, procedure deadline, { pauses, calendar }); for an
 *      online dossier still at status 1 it is provisional and recomputed on acceptance.
 *  D3. `code` is issued offline by the partitioned serial scheme (dossier-code/scheme.ts).
 */
export const DossierSchema = z
  .object({
    id: DossierIdSchema,
    code: DossierCodeSchema,
    procedureId: ProcedureIdSchema,
    applicant: ApplicantSchema,
    channel: ChannelSchema,
    receivingPointId: ServicePointIdSchema,
    receivedAt: InstantSchema,
    dueAt: InstantSchema,
    /** The new appointment of the latest apology slip (template 04), when there was one. */
    rescheduledDueAt: InstantSchema.optional(),
    status: StatusCodeSchema,
    documents: z.array(DossierDocumentSchema).max(100),
    fee: FeeSchema,
    pauses: z.array(PauseSchema).max(100),
    resultDelivery: ResultDeliveryInfoSchema,
    assigneeId: UserIdSchema.optional(),
    /** Lĩnh vực of the procedure, copied so officers' scopes filter without a join. */
    field: ProcedureFieldSchema,
    updatedAt: InstantSchema,
  })
  .refine((d) => Date.parse(d.dueAt) >= Date.parse(d.receivedAt), {
    error: 'due_before_received',
    path: ['dueAt'],
  });
export type Dossier = z.infer<typeof DossierSchema>;
export type DossierInput = z.input<typeof DossierSchema>;
