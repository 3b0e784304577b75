import { Hono } from 'hono';
import type { UserStore } from '../accounts/stores';

/** Who a dossier can be assigned to: processing officers and supervisors (status/transitions). */
const ASSIGNABLE = new Set(['processing_officer', 'supervisor']);

/**
 * GET /api/staff — the colleagues a dossier can be assigned to, by name (issue 7: assign), for
 * those who may assign (roles in compose-access.ts). Only what the picker shows: id, name, role
 * and fields — never usernames, citizen IDs or anything of the account's security. Disabled
 * accounts are left out. Devices keep the list in memory only; offline they fall back to an id.
 */
export function staffRoutes(users: Pick<UserStore, 'list'>): Hono {
  const app = new Hono();
  app.get('/', async (c) =>
    c.json(
      (await users.list())
        .filter((a) => !a.disabled && ASSIGNABLE.has(a.role))
        .map((a) => ({ id: a.id, displayName: a.displayName, role: a.role, fields: a.fields ?? [] }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi')),
    ),
  );
  return app;
}
