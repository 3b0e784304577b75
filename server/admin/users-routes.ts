import { Hono } from 'hono';
import { z } from 'zod';
import { profileIssue, toAdminUser, type Account } from '../accounts/account';
import type { PasswordHasher } from '../accounts/password';
import type { AccountPatch, AuditLog, UserStore } from '../accounts/stores';
import { ApiError } from '../api-error';
import { authOf } from '../auth/authenticate';
import type { SessionService } from '../auth/session-service';
import type { StreamRegistry } from '../auth/stream-registry';
import { jsonBody, param } from '../http/validate';
import { CreateUserBodySchema, UpdateUserBodySchema } from './user-bodies';

export interface UsersRoutesDeps {
  readonly users: UserStore;
  readonly hasher: PasswordHasher;
  readonly sessions: SessionService;
  readonly streams: StreamRegistry;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly newId: () => string;
}

const clear = <T>(v: T | null | undefined, old: T | undefined): T | undefined =>
  v === null ? undefined : (v ?? old);

/**
 * /api/admin/users, behind authenticate + requireRole('administrator') (compose.ts). Invariants:
 *  ADM1. Role and scope stay coherent (account.ts profileIssue), checked on the merged result.
 *  ADM2. Disabling an account or setting its password ends all its sessions and streams at once.
 *  ADM3. A change of role, point, fields or scope closes the user's streams, which reopen with
 *        the new scope (a stream's principal is fixed when it opens).
 *  ADM4. Administrators cannot disable themselves or drop their own role: no self lock-out.
 *  Responses never carry the password hash or a citizen ID (toAdminUser).
 */
export function usersRoutes(deps: UsersRoutesDeps): Hono {
  const app = new Hono();
  const iso = () => new Date(deps.now()).toISOString();
  const audited = (actorId: string, action: 'user_created' | 'user_updated', username: string) =>
    deps.audit.record({ at: iso(), actorId, action, target: `user:${username}`, outcome: 'ok' });

  app.get('/', async (c) => c.json((await deps.users.list()).map(toAdminUser)));

  app.post('/', async (c) => {
    const body = await jsonBody(c, CreateUserBodySchema);
    const issue = profileIssue(body); // ADM1
    if (issue !== null) throw new ApiError('invalid_field', { field: issue, detail: 'user_scope_invalid' });
    const now = iso();
    const account: Account = {
      id: deps.newId(),
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      ...(body.servicePointId === undefined ? {} : { servicePointId: body.servicePointId }),
      ...(body.fields === undefined ? {} : { fields: body.fields }),
      scope: body.scope,
      disabled: false,
      ...(body.citizenId === undefined ? {} : { citizenId: body.citizenId }),
      passwordHash: await deps.hasher.hash(body.password),
      createdAt: now,
      updatedAt: now,
    };
    if ((await deps.users.insert(account)) === 'taken') throw new ApiError('username_taken');
    await audited(authOf(c).principal.userId, 'user_created', account.username);
    return c.json(toAdminUser(account), 201);
  });

  app.patch('/:id', async (c) => {
    const id = param(c, 'id', z.string().min(1).max(128));
    const body = await jsonBody(c, UpdateUserBodySchema);
    const before = await deps.users.byId(id);
    if (before === undefined) throw new ApiError('not_found');
    const self = authOf(c).principal.userId === id;
    if (self && body.disabled === true)
      throw new ApiError('invalid_field', { field: 'disabled', detail: 'value_invalid' }); // ADM4
    if (self && body.role !== undefined && body.role !== 'administrator')
      throw new ApiError('invalid_field', { field: 'role', detail: 'value_invalid' });
    const merged = {
      displayName: body.displayName ?? before.displayName,
      role: body.role ?? before.role,
      servicePointId: clear(body.servicePointId, before.servicePointId),
      fields: clear(body.fields, before.fields),
      scope: body.scope ?? before.scope,
      disabled: body.disabled ?? before.disabled,
      citizenId: clear(body.citizenId, before.citizenId),
    };
    const issue = profileIssue(merged); // ADM1
    if (issue !== null) throw new ApiError('invalid_field', { field: issue, detail: 'user_scope_invalid' });
    const patch: AccountPatch = {
      ...merged,
      ...(body.password === undefined ? {} : { passwordHash: await deps.hasher.hash(body.password) }),
      updatedAt: iso(),
    };
    const after = await deps.users.update(id, patch);
    if (after === undefined) throw new ApiError('not_found');
    if ((after.disabled && !before.disabled) || body.password !== undefined) await deps.sessions.endAllOf(id); // ADM2
    const scopeChanged = ['role', 'servicePointId', 'fields', 'scope'].some(
      (k) => JSON.stringify(before[k as keyof Account]) !== JSON.stringify(after[k as keyof Account]),
    );
    if (scopeChanged) deps.streams.closeUser(id); // ADM3
    await audited(authOf(c).principal.userId, 'user_updated', after.username);
    return c.json(toAdminUser(after));
  });

  return app;
}
