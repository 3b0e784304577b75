/** The parts of a signed-in user's profile that decide what the device may hold. */
export interface AccessProfile {
  readonly id: string;
  readonly role: string;
  readonly servicePointId?: string | undefined;
  readonly fields?: readonly string[] | undefined;
  readonly scope: string;
}

/**
 * Did what this user may read change (role, service point, fields, scope)? Then the device holds
 * dossiers of the old scope that it may no longer keep: pulls only ever add, so nothing would
 * remove them (security review leftover). The session store signs the device out and wipes it
 * when a renewed profile of the same user answers true (session.ts, reason `access_changed`).
 */
export function accessChanged(before: AccessProfile, after: AccessProfile): boolean {
  if (before.id !== after.id) return false; // another account: a new sign-in, not a change
  const fields = (u: AccessProfile): string => [...(u.fields ?? [])].sort().join(',');
  return (
    before.role !== after.role ||
    before.servicePointId !== after.servicePointId ||
    before.scope !== after.scope ||
    fields(before) !== fields(after)
  );
}
