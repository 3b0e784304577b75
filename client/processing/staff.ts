import { z } from 'zod';
import { callApi, type ApiResult } from '../auth/api-result';
import { appFetch } from '../auth/app-fetch';

/** One colleague a dossier can be assigned to (GET /api/staff). */
export const StaffMemberSchema = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  role: z.string(),
  fields: z.array(z.string()),
});
export type StaffMember = z.infer<typeof StaffMemberSchema>;

/** Online only: the list is not kept on the device (names of colleagues); offline, type an id. */
export const fetchStaff = (): Promise<ApiResult<StaffMember[]>> =>
  callApi(appFetch, '/api/staff', { method: 'GET' }, z.array(StaffMemberSchema));

/**
 * Who can take a dossier of `field`: supervisors (any field) and processing officers whose
 * fields include it — the officers whose sync scope holds the dossier (readable-keys.ts R2, R3).
 */
export const assignableFor = (staff: readonly StaffMember[], field: string): StaffMember[] =>
  staff.filter((s) => s.role === 'supervisor' || s.fields.includes(field));
