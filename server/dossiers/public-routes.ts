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
import {
  PUBLIC_REASON_TYPES,
  PublicDossierSchema,
  type PublicDossier,
  type PublicStep,
} from '../../shared/schemas/public-dossier';

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

/** PUB5: a step as the citizen sees it; what was written to them, never who did it. */
function publicStep(e: DossierEvent): PublicStep {
  const reason = PUBLIC_REASON_TYPES.includes(e.type) ? e.reason : undefined;
  const newDueAt = e.type === 'apologise_reschedule' ? e.payload.newDueAt : undefined;
  const amountVnd = e.type === 'request_financial_obligation' ? e.payload.amountVnd : undefined;
  return {
    type: e.type,
    at: e.at,
    ...(reason === undefined ? {} : { reason }),
    ...(newDueAt === undefined ? {} : { newDueAt }),
    ...(amountVnd === undefined ? {} : { amountVnd }),
  };
}

/**
 * GET /api/public/dossiers/:code?verify=NNNN — a citizen follows their dossier without an
 * account. Invariants:
 *  PUB1. The answer is built field by field from an allow-list (PublicDossierSchema): procedure,
 *        status, dates and the steps with their times (and PUB5). No name, ID, phone, address, actor.
 *  PUB2. An unknown code and a wrong verification give the same 404 `not_found`.
 *  PUB4. Status and the rescheduled appointment are replayed from the event log.
 *  PUB3. Rate limits: every request per address, and failed verifications per code, so 10,000
 *        guesses of four digits cannot be spread over many addresses. Both answer 429 + Retry-After.
 *  PUB5. Each step carries what the citizen was told in writing (public-dossier.ts): the reason of
 *        a refusal, supplement request, withdrawal, stop or apology, an apology's new appointment,
 *        an obligation's amount. Never the actor, nor an assignment's assignee.
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
    // Stored events were validated when they were accepted (EVT2), so they are DossierEvents.
    const events = (await deps.dossiers.eventsOf(dossier.id)) as unknown as DossierEvent[];
    // PUB4: status and appointment come from the validated event log, never from the cached
    // fields of the dossier document, which any writer of the dossier could set.
    const state = replay(events).state;
    const status = state?.status ?? 1;
    const body: PublicDossier = {
      code,
      procedure: { id: procedureId, name: procedureById(procedureId)?.name[locale] ?? procedureId },
      status,
      statusLabel: STATUS_LABELS[status][locale],
      receivedAt: String(dossier['receivedAt']),
      dueAt: String(state?.rescheduledDueAt ?? dossier['dueAt']), // the appointment the citizen holds now
      timeline: events.map(publicStep), // PUB5
    };
    return c.json(PublicDossierSchema.parse(body)); // PUB1: anything unexpected fails closed (500), never leaks
  });
  return app;
}
