import { z } from 'zod';
import { callApi, type ApiResult } from '../auth/api-result';
import { appFetch } from '../auth/app-fetch';
import type { StaffMember } from './assignable';

const StaffSchema = z.array(
  z.object({ id: z.string().min(1), displayName: z.string(), role: z.string(), fields: z.array(z.string()) }),
);

/** Online only: the list is not kept on the device (names of colleagues); offline, type an id. */
export const fetchStaff = (): Promise<ApiResult<StaffMember[]>> =>
  callApi(appFetch, '/api/staff', { method: 'GET' }, StaffSchema);
