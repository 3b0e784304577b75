import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { procedureById } from '../../shared/catalogue';
import { DossierCodeSchema } from '../../shared/dossier-code/schema';
import { localeFromAcceptLanguage } from '../../shared/i18n';
import { replay } from '../../shared/status/replay';
import { STATUS_LABELS } from '../../shared/status/statuses';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { SyncDoc } from '../../sync/protocol';
import { ApiError } from '../api-error';
import type { AddressOf } from '../auth/client-address';
import type { RateLimiter } from '../auth/rate-limiter';
import { param, query } from '../http/validate';
import type { DossierReader } from './dossier-reader';
import { PublicDossierSchema, type PublicDossier } from '../../shared/schemas/public-dossier';

export interface PublicRoutesDeps {
  readonly dossiers: DossierReader;
  /** Every request, per client address. */
  readonly perAddress: RateLimiter;
  /** Failed verifications per code, whether the code exists or not (PUB3). */
  readonly perCode: RateLimiter;
  readonly addressOf: AddressOf;
}

export const VerifyQuerySchema = z.object({ verify: z.string().regex(/^\d{4}$/) });

function phoneMatches(dossier: SyncDoc, digits: string): boolean {
  const applicant = dossier['applicant'] as { phone?: unknown } | undefined;
  const phone = typeof applicant?.phone === 'string' ? applicant.phone : '';
  const last4 = Buffer.from(phone.slice(-4).padStart(4, 'x'));
  const given = Buffer.from(digits);
  return last4.length === given.length && timingSafeEqual(last4, given); // lengths differ only for non-ASCII
}

/**
 * GET /api/public/dossiers/:code?verify=NNNN — a citizen follows their dossier without an
 * account. Invariants:
 *  PUB1. The answer is built field by field from an allow-list (PublicDossierSchema): procedure,
 *        status, dates and the step types with their times. No name, ID, phone, address, actor.
 *  PUB2. An unknown code and a wrong verification give the same 404 `not_found`.
 *  PUB4. Status and the rescheduled appointment are replayed from the event log.
 *  PUB3. Rate limits: every request per address, and failed verifications per code, so 10,000
 *        guesses of four digits cannot be spread over many addresses. Both answer 429 + Retry-After.
 */
export function publicRoutes(deps: PublicRoutesDeps): Hono {
  const app = new Hono();
  const limited = (retryAfterS: number) =>
    new ApiError('rate_limited', {}, { 'Retry-After': String(retryAfterS) });

  app.get('/dossiers/:code', async (c) => {
    const byAddress = deps.perAddress.hit(deps.addressOf(c)); // PUB3
    if (!byAddress.ok) throw limited(byAddress.retryAfterS);
    const code = param(c, 'code', DossierCodeSchema);
    const { verify } = query(c, VerifyQuerySchema);
    const byCode = deps.perCode.peek(code);
    if (!byCode.ok) throw limited(byCode.retryAfterS);
    const dossier = await deps.dossiers.byCode(code);
    if (dossier === undefined || !phoneMatches(dossier, verify)) {
      deps.perCode.hit(code);
      throw new ApiError('not_found'); // PUB2
    }
    const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
    const procedureId = String(dossier['procedureId']);
    const events = await deps.dossiers.eventsOf(dossier.id);
    // PUB4: status and appointment come from the validated event log, never from the cached
    // fields of the dossier document, which any writer of the dossier could set.
    const state = replay(events as unknown as DossierEvent[]).state;
    const status = state?.status ?? 1;
    const body: PublicDossier = {
      code,
      procedure: { id: procedureId, name: procedureById(procedureId)?.name[locale] ?? procedureId },
      status,
      statusLabel: STATUS_LABELS[status][locale],
      receivedAt: String(dossier['receivedAt']),
      dueAt: String(state?.rescheduledDueAt ?? dossier['dueAt']), // the appointment the citizen holds now
      timeline: events.map((e) => ({
        type: e['type'] as PublicDossier['timeline'][number]['type'],
        at: String(e['at']),
      })),
    };
    return c.json(PublicDossierSchema.parse(body)); // PUB1: anything unexpected fails closed (500), never leaks
  });
  return app;
}
