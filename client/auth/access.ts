import type { Role } from '../../shared/schemas/user';
import type { SessionPhase } from './stored-session';

/**
 * Who may open which screen on this device. R1: home, lookup, settings and the auth screens are
 * public. R2: officer screens (/dossiers…, /processing…, /queue, /devices, /admin…) need a
 * session: without one they go to /signin and come back afterwards; with an expired offline
 * period they go to the sign-out flow; without a PIN yet they go to PIN setup first. R3: /admin… needs the administrator role.
 * R4: the `next` target of a redirect is only ever a path of this app (no open redirect).
 */
export type Gate =
  | { readonly kind: 'allow' }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'forbidden' };

const OFFICER_PREFIXES = ['/dossiers', '/processing', '/queue', '/devices', '/admin'] as const;

const under = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

export const isOfficerPath = (path: string): boolean => OFFICER_PREFIXES.some((p) => under(path, p));

/** R4: a same-app path, or the default. Never `//host`, a scheme, or the sign-out flow itself. */
export function safeNext(next: string | null | undefined, fallback = '/dossiers'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\'))
    return fallback;
  if (under(next.split(/[?#]/)[0] ?? '', '/signout') || under(next.split(/[?#]/)[0] ?? '', '/signin'))
    return fallback;
  return next;
}

export interface AccessState {
  readonly phase: SessionPhase;
  readonly role: Role | null;
  readonly hasPin: boolean;
}

/** `path` may carry a query: it is kept in `next`, the rules look at the path alone. */
export function gateFor(path: string, state: AccessState): Gate {
  const bare = path.split(/[?#]/)[0] ?? '';
  if (!isOfficerPath(bare)) return { kind: 'allow' }; // R1
  const next = encodeURIComponent(path);
  if (state.phase === 'signed_out') return { kind: 'redirect', to: `/signin?next=${next}` }; // R2
  if (state.phase === 'expired') return { kind: 'redirect', to: '/signout?reason=offline_expired' };
  if (!state.hasPin) return { kind: 'redirect', to: `/pin/setup?next=${next}` };
  if (under(bare, '/admin') && state.role !== 'administrator') return { kind: 'forbidden' }; // R3
  return { kind: 'allow' };
}
