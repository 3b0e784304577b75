import { z } from 'zod';
import { servicePointById } from '../../shared/catalogue';
import { CitizenIdSchema } from '../../shared/schemas/citizen-id';
import type { ProcedureField } from '../../shared/schemas/procedure';
import { UserSchema, type Role, type UserScope } from '../../shared/schemas/user';

/**
 * An account as the server keeps it: the shared User plus what never leaves the server — the
 * Argon2id hash and, for a citizen, the citizen ID that links them to their own dossiers.
 * Invariant A1: nothing but `toPublicUser` turns an account into a response.
 */
export interface Account {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly servicePointId?: string;
  readonly fields?: readonly ProcedureField[];
  readonly scope: UserScope;
  readonly disabled: boolean;
  /** Personal data (CCCD): only citizens have one, and no response or log ever carries it. */
  readonly citizenId?: string;
  readonly passwordHash: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const u = UserSchema.shape;

/** What clients see of a user (HTTP contract `PublicUser`); derived from the shared UserSchema. */
export const PublicUserSchema = z.object({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  servicePointId: u.servicePointId,
  fields: u.fields,
  scope: u.scope,
});
export type PublicUser = z.input<typeof PublicUserSchema>;

/** An administrator's view adds whether the account is disabled. */
export const AdminUserSchema = PublicUserSchema.extend({ disabled: z.boolean() });
export type AdminUser = z.input<typeof AdminUserSchema>;

export function toPublicUser(a: Account): PublicUser {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    ...(a.servicePointId === undefined ? {} : { servicePointId: a.servicePointId }),
    ...(a.fields === undefined ? {} : { fields: [...a.fields] }),
    scope: a.scope,
  };
}

export const toAdminUser = (a: Account): AdminUser => ({ ...toPublicUser(a), disabled: a.disabled });

export const PasswordSchema = z.string().min(8).max(256);
export { CitizenIdSchema };

/** The field a role/scope combination gets wrong, or null when it is coherent. */
export type ProfileIssue = 'scope' | 'servicePointId' | 'fields' | 'citizenId';

/**
 * Role and scope must agree (the readable keys come from the role, the scope tells devices what
 * to keep offline, so they must never disagree):
 *  - intake officer, mobile team: `service_point` at a known point (a mobile team at a mobile station);
 *  - processing officer: `fields` with at least one field;
 *  - supervisor: `center`, or `service_point` for a branch supervisor;
 *  - administrator: `center`; citizen: `self`, and only citizens carry a citizen ID.
 */
export function profileIssue(p: {
  role: Role;
  scope: UserScope;
  servicePointId?: string | undefined;
  fields?: readonly string[] | undefined;
  citizenId?: string | undefined;
}): ProfileIssue | null {
  const point = p.servicePointId === undefined ? undefined : servicePointById(p.servicePointId);
  if (p.servicePointId !== undefined && point === undefined) return 'servicePointId';
  if (p.citizenId !== undefined && p.role !== 'citizen') return 'citizenId';
  switch (p.role) {
    case 'intake_officer':
    case 'mobile_team':
      if (p.scope !== 'service_point') return 'scope';
      if (point === undefined || (p.role === 'mobile_team') !== (point.kind === 'mobile_station'))
        return 'servicePointId';
      return null;
    case 'processing_officer':
      if (p.scope !== 'fields') return 'scope';
      return (p.fields?.length ?? 0) > 0 ? null : 'fields';
    case 'supervisor':
      if (p.scope === 'center') return point === undefined ? null : 'servicePointId';
      if (p.scope !== 'service_point') return 'scope';
      return point !== undefined ? null : 'servicePointId';
    case 'administrator':
      return p.scope === 'center' ? null : 'scope';
    case 'citizen':
      return p.scope === 'self' ? null : 'scope';
  }
}
