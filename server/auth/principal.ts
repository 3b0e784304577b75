import type { Role, UserScope } from '../../shared/schemas/user';
import type { Account } from '../accounts/account';

/**
 * Who is asking, resolved once per request from the access cookie (authenticate.ts), always from
 * the account's CURRENT record: a role change or a disabled account takes effect on the next
 * request, not when the access token expires.
 */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  readonly servicePointId?: string;
  readonly fields?: readonly string[];
  readonly scope: UserScope;
  readonly sessionId: string;
  readonly citizenId?: string;
}

/** The demo seed and other server-internal writers: may write every collection, reads all. */
export const SYSTEM = 'system' as const;
export type SyncPrincipal = Principal | typeof SYSTEM;

export function principalOf(account: Account, sessionId: string): Principal {
  return {
    userId: account.id,
    role: account.role,
    ...(account.servicePointId === undefined ? {} : { servicePointId: account.servicePointId }),
    ...(account.fields === undefined ? {} : { fields: account.fields }),
    scope: account.scope,
    sessionId,
    ...(account.citizenId === undefined ? {} : { citizenId: account.citizenId }),
  };
}
