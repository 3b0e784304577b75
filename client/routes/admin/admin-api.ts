import { z } from 'zod';
import { callApi, type ApiResult } from '../../auth/api-result';
import { appFetch } from '../../auth/app-fetch';
import { AdminUserSchema, type AdminUser } from '../../auth/schemas';
import type { UserCreateBody, UserPatchBody } from './user-form-model';

export const listUsers = (): Promise<ApiResult<AdminUser[]>> =>
  callApi(appFetch, '/api/admin/users', { method: 'GET' }, z.array(AdminUserSchema));

/** The server may answer the user or nothing; either way the screen reloads the list. */
export const createUser = (body: UserCreateBody): Promise<ApiResult<unknown>> =>
  callApi(appFetch, '/api/admin/users', { method: 'POST', body }, z.unknown());

export const updateUser = (id: string, body: UserPatchBody): Promise<ApiResult<unknown>> =>
  callApi(appFetch, `/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }, z.unknown());
