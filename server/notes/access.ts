import type { Context } from 'hono';
import { DossierIdSchema, type DossierId } from '../../shared/schemas/dossier';
import type { Role } from '../../shared/schemas/user';
import { domainScopeKeyOf } from '../../sync/domain/scope-keys';
import { NOTES_PROTOCOL_VERSION, NOTES_VERSION_PARAM } from '../../sync/notes-protocol';
import { keyAllowed } from '../../sync/scope';
import type { AuditLog } from '../accounts/stores';
import { ApiError } from '../api-error';
import { accessCookie } from '../auth/cookies';
import type { Principal } from '../auth/principal';
import { readableKeysOf } from '../auth/readable-keys';
import type { SessionService } from '../auth/session-service';
import type { DossierReader } from '../dossiers/dossier-reader';
import type { NotesIdentity } from './connection';

/**
 * Who may open a dossier's notes, checked on the upgrade request before any socket exists, in
 * this order (each answers with the API's JSON error; an old client always hears 426 first):
 *  A1. 426 protocol_too_old: `v` missing or not NOTES_PROTOCOL_VERSION.
 *  A2. 400 bad_request: the dossier id is not a uuid.
 *  A3. 401 unauthenticated: no live session (SessionService.resolve, as the REST API).
 *  A4. 403 forbidden: not an officer role — citizens and administrators never see internal notes.
 *  A5. 403 forbidden: a browser page of another origin (cross-site WebSocket hijacking: a
 *      WebSocket handshake has no CORS, and the cookie would ride along).
 *  A6. 404 not_found: the server has no such dossier (yet: it may still be offline on a device).
 *  A7. 403 forbidden: the dossier's scope key is not among the keys the officer reads — the very
 *      rule of the dossier itself (readableKeysOf, keyAllowed, K1 of scope-keys.ts).
 * Every 403 is audited as `access_denied` on `notes:<dossierId>`, as requireRole does.
 */
export const NOTES_ROLES: readonly Role[] = [
  'intake_officer',
  'mobile_team',
  'processing_officer',
  'supervisor',
];

export interface NotesAccessDeps {
  readonly sessions: Pick<SessionService, 'resolve'>;
  readonly dossiers: Pick<DossierReader, 'scopeOf'>;
  readonly audit: AuditLog;
  readonly now: () => number;
}

export interface NotesAccess {
  readonly dossierId: DossierId;
  readonly who: NotesIdentity;
}

/** A6/A7 without the request: also re-checked on open sockets (notes-server.ts N8). */
export function notesVerdict(
  dossiers: Pick<DossierReader, 'scopeOf'>,
  p: Principal,
  dossierId: string,
): 'ok' | 'not_found' | 'forbidden' {
  const scope = dossiers.scopeOf(dossierId);
  if (scope === undefined) return 'not_found';
  const key = domainScopeKeyOf('dossiers', { id: dossierId, _deleted: false, ...scope });
  return keyAllowed(readableKeysOf(p, 'dossiers'), key) ? 'ok' : 'forbidden';
}

/** A5: no Origin header is a non-browser client, which holds no victim's cookie. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // Behind a proxy that rewrites Host, the browser's host arrives as X-Forwarded-Host.
  const forwarded = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
  return host === new URL(c.req.url).host || host === forwarded;
}

export async function authorizeNotes(c: Context, d: NotesAccessDeps): Promise<NotesAccess> {
  if (c.req.query(NOTES_VERSION_PARAM) !== String(NOTES_PROTOCOL_VERSION))
    throw new ApiError('protocol_too_old'); // A1
  const id = DossierIdSchema.safeParse(c.req.param('dossierId'));
  if (!id.success) throw new ApiError('bad_request'); // A2
  const dossierId = id.data;
  const resolved = await d.sessions.resolve(accessCookie(c));
  if (resolved === null) throw new ApiError('unauthenticated'); // A3
  const { principal, account } = resolved;
  const deny = async (): Promise<never> => {
    await d.audit.record({
      at: new Date(d.now()).toISOString(),
      actorId: principal.userId,
      action: 'access_denied',
      target: `notes:${dossierId}`,
      outcome: 'denied',
    });
    throw new ApiError('forbidden');
  };
  if (!NOTES_ROLES.includes(principal.role) || !sameOrigin(c)) return deny(); // A4, A5
  const verdict = notesVerdict(d.dossiers, principal, dossierId);
  if (verdict === 'not_found') throw new ApiError('not_found'); // A6
  if (verdict === 'forbidden') return deny(); // A7
  return {
    dossierId,
    who: { principal, userId: principal.userId, role: principal.role, name: account.displayName },
  };
}
