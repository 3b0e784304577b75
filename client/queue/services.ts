import {
  isProcedureField,
  PROCEDURE_FIELD_LABELS,
  ProcedureFieldSchema,
  type ProcedureField,
} from '../../shared/schemas/procedure';
import type { QueueTicket } from '../../shared/schemas/queue-ticket';
import type { LocalizedText } from '../../shared/schemas/common';

/**
 * The queues a point runs: every field (lĩnh vực) plus the named services of the ticket schema.
 * The brief's default "general" queue is the schema's `guidance` service, shown as "Chung" —
 * adding a `general` value would change the RxDB schema of queue_tickets and need a migration.
 */
export type QueueService = QueueTicket['service'];
export type NamedService = Exclude<QueueService, ProcedureField>;

export const DEFAULT_SERVICE: QueueService = 'guidance';

/** Default first, the named services, then the fields in the catalogue's order. */
export const QUEUE_SERVICES: readonly QueueService[] = [
  DEFAULT_SERVICE,
  'result_return',
  'payment',
  ...ProcedureFieldSchema.options,
];

/** Fields are named by the catalogue; the named services by the dictionary (`named`). */
export const serviceLabel = (
  service: QueueService,
  locale: keyof LocalizedText,
  named: (s: NamedService) => string,
): string => (isProcedureField(service) ? PROCEDURE_FIELD_LABELS[service][locale] : named(service));

export const isQueueService = (v: string): v is QueueService =>
  (QUEUE_SERVICES as readonly string[]).includes(v);
