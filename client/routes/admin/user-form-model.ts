import type { ProcedureField } from '../../../shared/schemas/procedure';
import type { Role, UserScope } from '../../../shared/schemas/user';
import { ROLES, UserScopeSchema } from '../../../shared/schemas/user';
import type { AdminUser } from '../../auth/schemas';

/**
 * The administrator's user form as plain data, its checks and the request bodies it makes.
 * U1: the checks mirror shared/schemas/user.ts and the server's role/scope rules (username
 * pattern, name length; each role allows the scopes of ROLE_SCOPES; `service_point` names a point,
 * `fields` names at least one field) and a password has at least 8 characters (required on
 * create, optional on edit). The server checks again (known points, citizen IDs); its message wins.
 * U2: an edit sends only what changed.
 */
export interface UserForm {
  username: string;
  displayName: string;
  role: Role | '';
  scope: UserScope | '';
  servicePointId: string;
  fields: ProcedureField[];
  password: string;
  disabled: boolean;
}
export const USER_FORM_FIELDS = [
  'username',
  'displayName',
  'role',
  'scope',
  'servicePointId',
  'fields',
  'password',
] as const;
export type UserFormField = (typeof USER_FORM_FIELDS)[number];
export const USER_FORM_ERRORS = [
  'username',
  'displayName',
  'password',
  'role',
  'scope',
  'servicePoint',
  'fields',
] as const;
export type UserFormError = (typeof USER_FORM_ERRORS)[number];
export type UserFormErrors = Partial<Record<UserFormField, UserFormError>>;

export const MIN_PASSWORD = 8;
export const SCOPES = UserScopeSchema.options;
export { ROLES };

export const emptyUserForm = (): UserForm => ({
  username: '',
  displayName: '',
  role: '',
  scope: '',
  servicePointId: '',
  fields: [],
  password: '',
  disabled: false,
});

export const formOf = (u: AdminUser): UserForm => ({
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  scope: u.scope,
  servicePointId: u.servicePointId ?? '',
  fields: [...(u.fields ?? [])],
  password: '',
  disabled: u.disabled,
});

/** Which scopes each role may have (server/accounts/account.ts profileIssue). */
export const ROLE_SCOPES: Readonly<Record<Role, readonly UserScope[]>> = {
  citizen: ['self'],
  intake_officer: ['service_point'],
  mobile_team: ['service_point'],
  processing_officer: ['fields'],
  supervisor: ['center', 'service_point'],
  administrator: ['center'],
};

/** The scope to preselect when the role changes: kept if still allowed, else the first allowed. */
export const scopeForRole = (role: Role | '', scope: UserScope | ''): UserScope | '' =>
  role === ''
    ? scope
    : scope !== '' && ROLE_SCOPES[role].includes(scope)
      ? scope
      : (ROLE_SCOPES[role][0] ?? '');

export function validateUserForm(f: UserForm, mode: 'create' | 'edit'): UserFormErrors {
  const e: UserFormErrors = {};
  if (mode === 'create' && !/^[a-z0-9._-]{3,64}$/.test(f.username)) e.username = 'username';
  const name = f.displayName.trim();
  if (name.length === 0 || name.length > 128) e.displayName = 'displayName';
  if (f.role === '') e.role = 'role';
  if (f.scope === '' || (f.role !== '' && !ROLE_SCOPES[f.role].includes(f.scope))) e.scope = 'scope';
  if (f.scope === 'service_point' && f.servicePointId === '') e.servicePointId = 'servicePoint';
  if (f.scope === 'fields' && f.fields.length === 0) e.fields = 'fields';
  if ((mode === 'create' || f.password !== '') && f.password.length < MIN_PASSWORD) e.password = 'password';
  return e;
}

export interface UserCreateBody {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: UserScope;
  readonly password: string;
  readonly servicePointId?: string;
  readonly fields?: ProcedureField[];
}
export type UserPatchBody = Partial<{
  displayName: string;
  role: Role;
  scope: UserScope;
  servicePointId: string | null;
  fields: ProcedureField[];
  password: string;
  disabled: boolean;
}>;

/** Call after validateUserForm found nothing. */
export function toCreateBody(f: UserForm): UserCreateBody {
  if (f.role === '' || f.scope === '') throw new Error('form not validated');
  return {
    username: f.username,
    displayName: f.displayName.trim(),
    role: f.role,
    scope: f.scope,
    password: f.password,
    ...(f.servicePointId === '' ? {} : { servicePointId: f.servicePointId }),
    ...(f.fields.length === 0 ? {} : { fields: [...f.fields] }),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** U2: only the changed properties; a cleared service point is sent as null. */
export function toPatchBody(before: UserForm, after: UserForm): UserPatchBody {
  const p: UserPatchBody = {};
  if (after.displayName.trim() !== before.displayName) p.displayName = after.displayName.trim();
  if (after.role !== before.role && after.role !== '') p.role = after.role;
  if (after.scope !== before.scope && after.scope !== '') p.scope = after.scope;
  if (after.servicePointId !== before.servicePointId)
    p.servicePointId = after.servicePointId === '' ? null : after.servicePointId;
  if (!sameSet(after.fields, before.fields)) p.fields = [...after.fields];
  if (after.password !== '') p.password = after.password;
  if (after.disabled !== before.disabled) p.disabled = after.disabled;
  return p;
}
