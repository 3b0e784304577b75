import { z } from 'zod';
import { ProcedureFieldSchema } from '../../shared/schemas/procedure';
import { ServicePointIdSchema } from '../../shared/schemas/service-point';
import { RoleSchema, UserIdSchema, UserScopeSchema } from '../../shared/schemas/user';

/**
 * The answers of /api/auth/* as the client reads them. Built from the same field schemas as
 * shared/schemas/user.ts (UserSchema carries refinements, so zod cannot pick from it). Answers
 * are validated: a malformed one is treated as a server error, never stored on the device.
 */
export const PublicUserSchema = z.object({
  id: UserIdSchema,
  username: z.string().min(1),
  displayName: z.string(),
  role: RoleSchema,
  servicePointId: ServicePointIdSchema.nullish().transform((v) => v ?? undefined),
  fields: z
    .array(ProcedureFieldSchema)
    .nullish()
    .transform((v) => v ?? undefined),
  scope: UserScopeSchema,
});
export type PublicUser = z.infer<typeof PublicUserSchema>;

/** An instant as ISO text or epoch milliseconds, normalised to ISO text. */
const InstantLike = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = typeof v === 'number' ? v : Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: 'instant_invalid' });
    return z.NEVER;
  }
  return new Date(ms).toISOString();
});

export const SessionInfoSchema = z.object({ id: z.string().min(1), offlineUntil: InstantLike });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** Body of login, refresh and me. */
export const AuthBodySchema = z.object({ user: PublicUserSchema, session: SessionInfoSchema });
export type AuthBody = z.infer<typeof AuthBodySchema>;

export const DeviceSchema = z.object({
  id: z.string().min(1),
  deviceName: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  createdAt: InstantLike,
  lastSeenAt: InstantLike,
  current: z.boolean(),
});
export type Device = z.infer<typeof DeviceSchema>;

export const AdminUserSchema = PublicUserSchema.extend({ disabled: z.boolean().optional().default(false) });
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const ApiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string().optional().default('') }),
});
