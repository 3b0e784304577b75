import { Hono } from 'hono';
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditLog } from '../accounts/stores';
import { query } from '../http/validate';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
});

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** GET /api/audit, newest first, paged with `before` (the smallest id of the previous page). */
export function auditRoutes(audit: AuditLog): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = query(c, AuditQuerySchema);
    return c.json(
      await audit.list(q.before === undefined ? { limit: q.limit } : { limit: q.limit, before: q.before }),
    );
  });
  return app;
}
