import { z } from 'zod';
import { brandedId, InstantSchema } from './common';
import { ProcedureFieldSchema } from './procedure';
import { ServicePointIdSchema } from './service-point';

/** Who may do what (PRODUCT.md "Who uses it"); the status machine keys its permissions on this. */
export const ROLES = [
  'citizen',
  'intake_officer',
  'mobile_team',
  'processing_officer',
  'supervisor',
  'administrator',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UserIdSchema = brandedId<'UserId'>();
export type UserId = z.infer<typeof UserIdSchema>;

/**
 * Which dossiers a user may read; the server enforces it on pull, the client uses it to decide
 * what to keep offline. `self`: the citizen's own dossiers; `service_point`: those received at or
 * returned through `servicePointId`; `fields`: those whose field is in `fields`; `center`: all.
 */
export const UserScopeSchema = z.enum(['self', 'service_point', 'fields', 'center']);
export type UserScope = z.infer<typeof UserScopeSchema>;

export const UserSchema = z
  .object({
    id: UserIdSchema,
    username: z
      .string()
      .min(3)
      .max(64)
      .regex(/^[a-z0-9._-]+$/),
    displayName: z.string().trim().min(1).max(128),
    role: RoleSchema,
    servicePointId: ServicePointIdSchema.optional(),
    /** Fields (lĩnh vực) a processing officer works; the scope `fields` reads these. */
    fields: z.array(ProcedureFieldSchema).max(32).optional(),
    scope: UserScopeSchema,
    disabled: z.boolean(),
    updatedAt: InstantSchema,
  })
  .superRefine((u, ctx) => {
    // A scope must name what it scopes, and a citizen never sees more than their own dossiers.
    const ok =
      (u.role === 'citizen') === (u.scope === 'self') &&
      (u.scope !== 'service_point' || u.servicePointId !== undefined) &&
      (u.scope !== 'fields' || (u.fields?.length ?? 0) > 0);
    if (!ok) ctx.addIssue({ code: 'custom', message: 'user_scope_invalid', path: ['scope'] });
  });
export type User = z.infer<typeof UserSchema>;
