import { z } from 'zod';
import { UserSchema } from '../../shared/schemas/user';
import { CitizenIdSchema, PasswordSchema } from '../accounts/account';

const u = UserSchema.shape;

/** POST /api/admin/users. Unknown keys are refused (invalid_field naming the key). */
export const CreateUserBodySchema = z.strictObject({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  password: PasswordSchema,
  servicePointId: u.servicePointId,
  fields: u.fields,
  scope: u.scope,
  /** Citizens only: links the account to the dossiers filed under this citizen ID. */
  citizenId: CitizenIdSchema.optional(),
});

/** PATCH /api/admin/users/:id: only what is sent changes; `null` clears an optional field. */
export const UpdateUserBodySchema = z.strictObject({
  displayName: u.displayName.optional(),
  role: u.role.optional(),
  servicePointId: u.servicePointId.unwrap().nullable().optional(),
  fields: u.fields.unwrap().nullable().optional(),
  scope: u.scope.optional(),
  disabled: z.boolean().optional(),
  password: PasswordSchema.optional(),
  citizenId: CitizenIdSchema.nullable().optional(),
});
