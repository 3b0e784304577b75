import { Hono } from 'hono';
import { z } from 'zod';
import { DossierCodeSchema } from '../../shared/dossier-code/schema';
import type { AuditLog } from '../accounts/stores';
import { ApiError } from '../api-error';
import { authOf } from '../auth/authenticate';
import type { RateLimiter } from '../auth/rate-limiter';
import { query } from '../http/validate';
import type { DossierReader } from './dossier-reader';

export interface LookupRoutesDeps {
  readonly dossiers: DossierReader;
  readonly audit: AuditLog;
  readonly now: () => number;
  /** LK2: lookups per user (security review: codes are guessable, each hit shows personal data). */
  readonly perUser: RateLimiter;
}

export const LookupQuerySchema = z.object({ code: DossierCodeSchema });

/**
 * GET /api/dossiers/lookup?code= — an officer at a counter or in the field pulls up any dossier
 * by the code on the citizen's receipt, even one received elsewhere ("plus those they look up by
 * code"). Roles are checked in compose.ts. Every lookup is audited as a view of personal data
 * (LK1), found or not, with the code as target — never the applicant's data. LK2: at most
 * `lookupPerUser` lookups per user and window (429 with Retry-After), counted before the query.
 */
export function lookupRoutes(deps: LookupRoutesDeps): Hono {
  const app = new Hono();
  app.get('/lookup', async (c) => {
    const { code } = query(c, LookupQuerySchema);
    const { userId } = authOf(c).principal;
    const allowed = deps.perUser.hit(userId); // LK2
    if (!allowed.ok) throw new ApiError('rate_limited', {}, { 'Retry-After': String(allowed.retryAfterS) });
    const dossier = await deps.dossiers.byCode(code);
    await deps.audit.record({
      at: new Date(deps.now()).toISOString(),
      actorId: userId,
      action: 'view_personal_data',
      target: `dossier:${code}`,
      outcome: dossier === undefined ? 'failed' : 'ok',
    }); // LK1
    if (dossier === undefined) throw new ApiError('not_found');
    return c.json({ dossier, events: await deps.dossiers.eventsOf(dossier.id) });
  });
  return app;
}

/**
 * GET /api/me/dossiers — a citizen's own dossiers: those whose applicant's citizen ID is the one
 * on the account, with their events, and nothing else. An account without one has none.
 */
export function myDossiersRoutes(dossiers: DossierReader): Hono {
  const app = new Hono();
  app.get('/dossiers', async (c) => {
    const { citizenId } = authOf(c).principal;
    if (citizenId === undefined) return c.json([]);
    const own = await dossiers.byApplicantCitizenId(citizenId);
    return c.json(
      await Promise.all(
        own.map(async (dossier) => ({ dossier, events: await dossiers.eventsOf(dossier.id) })),
      ),
    );
  });
  return app;
}
