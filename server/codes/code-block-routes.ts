import { Hono } from 'hono';
import { servicePointById } from '../../shared/catalogue';
import {
  CodeBlocksRequestSchema,
  SPARE_DAYS_AHEAD,
  type CodeBlocksAnswer,
} from '../../shared/dossier-code/blocks-api';
import { vnDay } from '../../shared/dossier-code/vn-day';
import { ApiError } from '../api-error';
import { authOf } from '../auth/authenticate';
import { jsonBody } from '../http/validate';
import type { CodeBlockStore } from './code-block-store';

export interface CodeBlockRoutesDeps {
  readonly codeBlocks: CodeBlockStore;
  readonly now: () => number;
}

const DAY_MS = 86_400_000;

/**
 * POST /api/codes/blocks — the calling device's dossier-code blocks for the receiving unit of the
 * officer's service point (shared/dossier-code/blocks-api.ts). The device calls it after sign-in
 * and whenever it is online and running low; roles are checked in compose-access.ts. The unit is
 * the principal's, never the body's: an officer receives (and syncs) dossiers of their own point
 * only (auth/readable-keys.ts R1), so blocks of another unit would be of no use to them.
 */
export function codeBlockRoutes(deps: CodeBlockRoutesDeps): Hono {
  const app = new Hono();
  app.post('/blocks', async (c) => {
    const body = await jsonBody(c, CodeBlocksRequestSchema, { spareDays: [] });
    const { principal, session } = authOf(c);
    const point =
      principal.servicePointId === undefined ? undefined : servicePointById(principal.servicePointId);
    if (point === undefined) throw new ApiError('forbidden');
    const now = deps.now();
    const today = vnDay(new Date(now));
    const lastSpareDay = vnDay(new Date(now + (SPARE_DAYS_AHEAD - 1) * DAY_MS));
    const homeUntil = vnDay(session.offlineUntil);
    if (today === null || lastSpareDay === null || homeUntil === null) throw new ApiError('internal');
    const grants = deps.codeBlocks.grant({
      sessionId: session.id,
      unitCode: point.receivingUnitCode,
      today,
      homeUntil,
      spareDays: body.spareDays.filter((d) => d >= today && d <= lastSpareDay),
      at: new Date(now).toISOString(),
    });
    const answer: CodeBlocksAnswer = { sessionId: session.id, unitCode: point.receivingUnitCode, grants };
    return c.json(answer);
  });
  return app;
}
