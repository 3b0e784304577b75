/** One colleague a dossier can be assigned to (GET /api/staff, staff.ts). */
export interface StaffMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
  readonly fields: readonly string[];
}

/**
 * Who can take a dossier of `field`: supervisors (any field) and processing officers whose
 * fields include it — the officers whose sync scope holds the dossier (readable-keys.ts R2, R3).
 */
export const assignableFor = (staff: readonly StaffMember[], field: string): StaffMember[] =>
  staff.filter((s) => s.role === 'supervisor' || s.fields.includes(field));
