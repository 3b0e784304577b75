import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { Role } from '../shared/schemas/user';
import type { SyncServer } from '../sync/engine/sync-server';
import type { PasswordHasher } from './accounts/password';
import type { AuditLog, SessionStore, UserStore } from './accounts/stores';
import { usersRoutes } from './admin/users-routes';
import { auditRoutes } from './audit/audit-routes';
import { authRoutes } from './auth/auth-routes';
import { authenticate, authOf, requireRole } from './auth/authenticate';
import type { CodeBlockStore } from './codes/code-block-store';
import { codeBlockRoutes } from './codes/code-block-routes';
import type { AddressOf } from './auth/client-address';
import { jsonOnly } from './auth/guards';
import type { SyncPrincipal } from './auth/principal';
import { RateLimiter, type RateLimit } from './auth/rate-limiter';
import { SessionService } from './auth/session-service';
import type { StreamRegistry } from './auth/stream-registry';
import type { DossierReader } from './dossiers/dossier-reader';
import { lookupRoutes, myDossiersRoutes } from './dossiers/lookup-routes';
import { notesRoutes, type NotesServer } from './notes';
import { staffRoutes } from './staff/staff-routes';
import { publicRoutes } from './dossiers/public-routes';
import type { PushPreparer } from './sync/push-preparer';
import { syncRoutes } from './sync/routes';

export interface RateLimits {
  /** Sign-in attempts per username + address (cleared by a success). */
  readonly login: RateLimit;
  /** Sign-in attempts per address, any username. */
  readonly loginPerAddress: RateLimit;
  /** Public lookups per address. */
  readonly publicPerAddress: RateLimit;
  /** Failed public verifications per dossier code. */
  readonly publicPerCode: RateLimit;
  /** Officers' lookups of any dossier by code, per user (each one shows personal data). */
  readonly lookupPerUser: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { max: 5, windowMs: 15 * 60_000 },
  loginPerAddress: { max: 100, windowMs: 15 * 60_000 },
  publicPerAddress: { max: 30, windowMs: 60_000 },
  publicPerCode: { max: 10, windowMs: 60 * 60_000 },
  // A busy counter looks up a receipt every few seconds; a script walking codes does far more.
  lookupPerUser: { max: 120, windowMs: 60_000 },
};

export interface AccessDeps {
  /** NODE_ENV=production: cookies always Secure. */
  readonly production: boolean;
  readonly sync: SyncServer<SyncPrincipal>;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly audit: AuditLog;
  readonly dossiers: DossierReader;
  readonly codeBlocks: CodeBlockStore;
  readonly streams: StreamRegistry;
  readonly notes: NotesServer;
  readonly hasher: PasswordHasher;
  readonly secret: string;
  readonly offlineDays: number;
  readonly now: () => number;
  readonly addressOf: AddressOf;
  readonly limits: RateLimits;
  readonly log: (line: string) => void;
  readonly heartbeatMs?: number;
  readonly preparer: PushPreparer;
}

/**
 * Every API router behind its guards: who must be signed in, and which roles may call what.
 * The role table of the REST routes lives here, in one place:
 *  /auth            public login/refresh/logout; the rest signed in (auth-routes.ts)
 *  /admin/users     administrator
 *  /audit           supervisor, administrator
 *  /dossiers/lookup intake officer, mobile team, supervisor
 *  /codes           intake officer, mobile team (dossier-code blocks of their own unit)
 *  /staff          intake officer, processing officer, supervisor (who may assign a dossier)
 *  /me/dossiers     citizen
 *  /notes/:id      officers whose sync scope covers the dossier (notes/access.ts; WebSocket)
 *  /public          nobody signed in (rate-limited)
 *  /sync            signed in; what each role reads and writes is the SyncScope (auth/sync-scope.ts)
 */
export function accessRouters(d: AccessDeps): { path: string; app: Hono }[] {
  const sessions = new SessionService({ ...d, sessions: d.sessions, newId: randomUUID });
  const signedIn = authenticate(sessions);
  const guarded = (roles: readonly Role[], routes: Hono): Hono =>
    new Hono().use('*', signedIn, requireRole(d.audit, d.now, roles)).route('/', routes);

  const sync = new Hono().use('*', signedIn, jsonOnly).route(
    '/',
    syncRoutes<SyncPrincipal>({
      server: d.sync,
      principalOf: (c) => authOf(c).principal,
      log: d.log,
      preparer: d.preparer,
      ...(d.heartbeatMs === undefined ? {} : { heartbeatMs: d.heartbeatMs }),
      trackStream: (p, end) =>
        p === 'system' ? () => undefined : d.streams.track({ userId: p.userId, sessionId: p.sessionId, end }),
    }),
  );

  return [
    {
      path: '/auth',
      app: authRoutes({
        sessions,
        loginLimiter: new RateLimiter(d.limits.login, d.now),
        addressLimiter: new RateLimiter(d.limits.loginPerAddress, d.now),
        addressOf: d.addressOf,
        production: d.production,
      }),
    },
    {
      path: '/admin/users',
      app: guarded(['administrator'], usersRoutes({ ...d, sessions, newId: randomUUID })),
    },
    { path: '/audit', app: guarded(['supervisor', 'administrator'], auditRoutes(d.audit)) },
    {
      path: '/dossiers',
      app: guarded(
        ['intake_officer', 'mobile_team', 'supervisor'],
        lookupRoutes({ ...d, perUser: new RateLimiter(d.limits.lookupPerUser, d.now) }),
      ),
    },
    { path: '/codes', app: guarded(['intake_officer', 'mobile_team'], codeBlockRoutes(d)) },
    { path: '/me', app: guarded(['citizen'], myDossiersRoutes(d.dossiers)) },
    {
      path: '/staff',
      app: guarded(['intake_officer', 'processing_officer', 'supervisor'], staffRoutes(d.users)),
    },
    {
      path: '/public',
      app: publicRoutes({
        dossiers: d.dossiers,
        perAddress: new RateLimiter(d.limits.publicPerAddress, d.now),
        perCode: new RateLimiter(d.limits.publicPerCode, d.now),
        addressOf: d.addressOf,
      }),
    },
    { path: '/sync', app: sync },
    { path: '/notes', app: notesRoutes({ ...d, sessions }) },
  ];
}
