import type { CollectionRegistry, EventProjection } from '../collections.ts';
import type { SyncDoc } from '../protocol.ts';

/** One projection as the engine runs it: which event collection feeds which target (EVT6). */
export interface ProjectionRoute {
  readonly events: string;
  readonly target: string;
  readonly projection: EventProjection;
}

/**
 * EVT6 routing: after a push to an event collection, the touched aggregates are re-projected;
 * after a push to a target collection, the touched documents are (their events may have arrived
 * first, and a device's cached copy must not outlive the log). Ids of written rows in, the routes
 * and document ids to re-project out; the transaction work stays in SyncServer.
 */
export function projectionRoutes(registry: CollectionRegistry): readonly ProjectionRoute[] {
  const routes: ProjectionRoute[] = [];
  for (const spec of registry.values()) {
    if (spec.kind !== 'append-only' || spec.projection === undefined) continue;
    if (!registry.has(spec.projection.target))
      throw new Error(`projection of ${spec.name} targets unknown ${spec.projection.target}`);
    routes.push({ events: spec.name, target: spec.projection.target, projection: spec.projection });
  }
  return routes;
}

export function toReproject(
  routes: readonly ProjectionRoute[],
  registry: CollectionRegistry,
  collection: string,
  written: readonly SyncDoc[],
): { route: ProjectionRoute; ids: ReadonlySet<string> }[] {
  const out: { route: ProjectionRoute; ids: ReadonlySet<string> }[] = [];
  for (const route of routes) {
    if (route.target === collection) out.push({ route, ids: new Set(written.map((d) => d.id)) });
    if (route.events !== collection) continue;
    const spec = registry.get(collection);
    if (spec?.kind !== 'append-only') continue;
    out.push({ route, ids: new Set(written.map((d) => spec.aggregateOf(d))) });
  }
  return out;
}
