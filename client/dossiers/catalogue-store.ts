import { createMemo, type Accessor } from 'solid-js';
import { defaultCalendar } from '../../shared/calendar';
import type { Procedure } from '../../shared/schemas/procedure';
import type { ServicePoint } from '../../shared/schemas/service-point';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import { catalogueEntries } from './queries';
import { createRxStore } from './rx-store';

export interface CatalogueView {
  readonly ready: Accessor<boolean>;
  readonly procedures: Accessor<readonly Procedure[]>;
  readonly procedureById: Accessor<ReadonlyMap<string, Procedure>>;
  readonly servicePoints: Accessor<readonly ServicePoint[]>;
  /** The synced `work_calendar:default` when present, else the built-in one (holidays to 2027). */
  readonly calendar: Accessor<WorkCalendar>;
}

/** The device's copy of the catalogue (catalogue-entry.ts C1–C2), split by kind. */
export function createCatalogue(): CatalogueView {
  const store = createRxStore(() => catalogueEntries, []);
  const procedures = createMemo(() =>
    store.value.flatMap((e) => (e.procedure === undefined ? [] : [e.procedure])),
  );
  const procedureById = createMemo(() => new Map(procedures().map((p) => [p.id as string, p])));
  const servicePoints = createMemo(() =>
    store.value.flatMap((e) => (e.servicePoint === undefined ? [] : [e.servicePoint])),
  );
  const calendar = createMemo(
    () => store.value.find((e) => e.id === 'work_calendar:default')?.workCalendar ?? defaultCalendar,
  );
  return { ready: () => store.ready, procedures, procedureById, servicePoints, calendar };
}
