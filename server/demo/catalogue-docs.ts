import { procedures, servicePoints } from '../../shared/catalogue';
import { defaultCalendar } from '../../shared/calendar';
import { catalogueId, type CatalogueEntry } from '../../shared/schemas/catalogue-entry';

/** The reference data every device needs offline, as `catalogue` documents (catalogue-entry.ts). */
export function catalogueDocs(updatedAt: string): CatalogueEntry[] {
  return [
    ...procedures.map((procedure) => ({
      id: catalogueId('procedure', procedure.id),
      kind: 'procedure' as const,
      procedure,
      updatedAt,
    })),
    ...servicePoints.map((servicePoint) => ({
      id: catalogueId('service_point', servicePoint.id),
      kind: 'service_point' as const,
      servicePoint,
      updatedAt,
    })),
    {
      id: catalogueId('work_calendar', 'default'),
      kind: 'work_calendar',
      workCalendar: defaultCalendar,
      updatedAt,
    },
  ];
}
