import { z } from 'zod';
import { InstantSchema } from './common';
import { ProcedureSchema } from './procedure';
import { ServicePointSchema } from './service-point';
import { WorkCalendarSchema } from './work-calendar';

/**
 * One `catalogue` collection holds the reference data every device needs offline: procedures,
 * service points and work calendars. One collection instead of three keeps the page under RxDB's
 * open-collection budget (ARCHITECTURE.md). Invariants:
 *  C1. exactly the payload field named by `kind` is present (the refine below);
 *  C2. `id` is `<kind>:<entity id>` (a work calendar has no id of its own: `work_calendar:<name>`),
 *      so entities of different kinds never collide.
 * The server writes these documents (server/demo seeds them); devices only read them.
 */
export const CATALOGUE_KINDS = ['procedure', 'service_point', 'work_calendar'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

const PAYLOAD_OF = {
  procedure: 'procedure',
  service_point: 'servicePoint',
  work_calendar: 'workCalendar',
} as const;

export const CatalogueEntrySchema = z
  .object({
    id: z.string().min(1).max(160),
    kind: z.enum(CATALOGUE_KINDS),
    procedure: ProcedureSchema.optional(),
    servicePoint: ServicePointSchema.optional(),
    workCalendar: WorkCalendarSchema.optional(),
    updatedAt: InstantSchema,
  })
  .refine(
    (e) =>
      Object.values(PAYLOAD_OF).every((field) => (e[field] !== undefined) === (field === PAYLOAD_OF[e.kind])),
    {
      error: 'catalogue_payload_mismatch',
      path: ['kind'],
    },
  );
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const catalogueId = (kind: CatalogueKind, entityId: string): string => `${kind}:${entityId}`;
