import { z } from 'zod';
import { DossierSchema } from '../../shared/schemas/dossier';
import { DossierEventSchema } from '../../shared/schemas/dossier-event';
import {
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  StreamEventSchema,
} from '../../sync/protocol';
import { NOTES_PROTOCOL_VERSION } from '../../sync/notes-protocol';
import { AdminUserSchema, PublicUserSchema } from '../accounts/account';
import { CreateUserBodySchema, UpdateUserBodySchema } from '../admin/user-bodies';
import { API_ERRORS } from '../api-error';
import { AuditEntrySchema } from '../audit/audit-routes';
import { AuthBodySchema, DeviceSchema, LoginBodySchema } from '../auth/auth-routes';
import { PublicDossierSchema } from '../../shared/schemas/public-dossier';
import { CodeBlocksAnswerSchema, CodeBlocksRequestSchema } from '../../shared/dossier-code/blocks-api';

/**
 * The OpenAPI 3.1 document of the whole API. Bodies are JSON Schema derived from the zod schemas
 * the routes validate with (z.toJSONSchema), so the document cannot drift from the validation.
 */
type Json = Record<string, unknown>;

const schemas: Record<string, z.ZodType> = {
  LoginBody: LoginBodySchema,
  AuthBody: AuthBodySchema,
  PublicUser: PublicUserSchema,
  AdminUser: AdminUserSchema,
  CreateUserBody: CreateUserBodySchema,
  UpdateUserBody: UpdateUserBodySchema,
  Device: DeviceSchema,
  AuditEntry: AuditEntrySchema,
  Dossier: DossierSchema,
  DossierEvent: DossierEventSchema,
  PublicDossier: PublicDossierSchema,
  PullRequest: PullRequestSchema,
  PullResponse: PullResponseSchema,
  PushRequest: PushRequestSchema,
  PushResponse: PushResponseSchema,
  StreamEvent: StreamEventSchema,
  CodeBlocksRequest: CodeBlocksRequestSchema,
  CodeBlocksAnswer: CodeBlocksAnswerSchema,
  Error: z.object({ error: z.object({ code: z.enum(Object.keys(API_ERRORS)), message: z.string() }) }),
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema?: Json) =>
  schema === undefined ? { description } : { description, ...json(schema) };
const err = (description: string) => ({ description, ...json(ref('Error')) });
const body = (schema: Json) => ({ required: true, ...json(schema) });

const COMMON = {
  '400': err('invalid_field naming the field, or bad_request'),
  '413': err('payload_too_large'),
  '415': err('unsupported_media_type'),
};
const SIGNED_IN = { '401': err('unauthenticated') };
const ROLE = { ...SIGNED_IN, '403': err('forbidden (role)') };
const cookie = [{ cookieAuth: [] }];

function op(summary: string, extra: Json, responses: Json, secured = true): Json {
  return {
    summary,
    ...extra,
    responses: { ...responses, ...COMMON, '429': err('rate_limited, with Retry-After') },
    ...(secured ? { security: cookie } : { security: [] }),
  };
}

export function openApiDocument(version: string): Json {
  const q = (name: string, schema: Json, required = false) => ({ name, in: 'query', required, schema });
  const p = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Motcua API',
      version,
      description:
        'Errors are `{ error: { code, message } }`, the message in the Accept-Language of the caller.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([k, s]) => [
          k,
          jsonSchema(s, k.endsWith('Body') || k.endsWith('Request') ? 'input' : 'output'),
        ]),
      ),
      securitySchemes: { cookieAuth: { type: 'apiKey', in: 'cookie', name: 'motcua_at' } },
    },
    paths: {
      '/api/health': { get: op('Liveness and version', {}, { '200': ok('ok') }, false) },
      '/api/openapi.json': { get: op('This document', {}, { '200': ok('OpenAPI 3.1') }, false) },
      '/api/auth/login': {
        post: op(
          'Sign in; sets motcua_at and motcua_rt cookies',
          { requestBody: body(ref('LoginBody')) },
          { '200': ok('signed in', ref('AuthBody')), '401': err('invalid_credentials') },
          false,
        ),
      },
      '/api/auth/refresh': {
        post: op(
          'Rotate the refresh token (cookie motcua_rt); reuse of an old one revokes the session',
          {},
          { '200': ok('refreshed', ref('AuthBody')), '401': err('session_expired') },
          false,
        ),
      },
      '/api/auth/logout': {
        post: op('Sign out: revoke the session, clear the cookies', {}, { '204': ok('signed out') }, false),
      },
      '/api/auth/me': {
        get: op('The signed-in user and session', {}, { '200': ok('me', ref('AuthBody')), ...SIGNED_IN }),
      },
      '/api/auth/devices': {
        get: op(
          'The user’s open sessions',
          {},
          { '200': ok('devices', { type: 'array', items: ref('Device') }), ...SIGNED_IN },
        ),
      },
      '/api/auth/devices/{id}': {
        delete: op(
          'Revoke one of the user’s own sessions',
          { parameters: [p('id')] },
          { '204': ok('revoked'), ...SIGNED_IN, '404': err('not_found') },
        ),
      },
      '/api/admin/users': {
        get: op(
          'All users (administrator)',
          {},
          { '200': ok('users', { type: 'array', items: ref('AdminUser') }), ...ROLE },
        ),
        post: op(
          'Create a user (administrator)',
          { requestBody: body(ref('CreateUserBody')) },
          { '201': ok('created', ref('AdminUser')), ...ROLE, '409': err('username_taken') },
        ),
      },
      '/api/admin/users/{id}': {
        patch: op(
          'Edit or disable a user (administrator); disabling ends their sessions and streams',
          { parameters: [p('id')], requestBody: body(ref('UpdateUserBody')) },
          { '200': ok('updated', ref('AdminUser')), ...ROLE, '404': err('not_found') },
        ),
      },
      '/api/audit': {
        get: op(
          'Audit log, newest first (supervisor, administrator)',
          {
            parameters: [
              q('limit', { type: 'integer', minimum: 1, maximum: 500 }),
              q('before', { type: 'integer' }),
            ],
          },
          { '200': ok('entries', { type: 'array', items: ref('AuditEntry') }), ...ROLE },
        ),
      },
      '/api/codes/blocks': {
        post: op(
          "This device's dossier-code blocks for its officer's unit: the home block and spare blocks for the coming days (intake officer, mobile team)",
          { requestBody: body(ref('CodeBlocksRequest')) },
          { '200': ok('granted', ref('CodeBlocksAnswer')), ...ROLE },
        ),
      },
      '/api/dossiers/lookup': {
        get: op(
          'A dossier and its events by code, any scope; audited, limited per user (intake officer, mobile team, supervisor)',
          { parameters: [q('code', { type: 'string' }, true)] },
          {
            '200': ok('found', {
              type: 'object',
              properties: { dossier: ref('Dossier'), events: { type: 'array', items: ref('DossierEvent') } },
              required: ['dossier', 'events'],
            }),
            ...ROLE,
            '404': err('not_found'),
            '429': err('rate_limited, with Retry-After'),
          },
        ),
      },
      '/api/me/dossiers': {
        get: op(
          'The citizen’s own dossiers (citizen)',
          {},
          {
            '200': ok('own dossiers', {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  dossier: ref('Dossier'),
                  events: { type: 'array', items: ref('DossierEvent') },
                },
              },
            }),
            ...ROLE,
          },
        ),
      },
      '/api/staff': {
        get: op(
          'Active processing officers and supervisors a dossier can be assigned to (intake officer, processing officer, supervisor)',
          {},
          {
            '200': ok('staff', {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  displayName: { type: 'string' },
                  role: { type: 'string' },
                  fields: { type: 'array', items: { type: 'string' } },
                },
                required: ['id', 'displayName', 'role', 'fields'],
              },
            }),
            ...ROLE,
          },
        ),
      },
      '/api/notes/{dossierId}': {
        get: op(
          'A dossier’s shared notes (officers whose scope covers the dossier): with `Upgrade: websocket` the y-websocket protocol, close codes in sync/notes-protocol.ts; without it the same checks, answering 204',
          { parameters: [p('dossierId'), q('v', { type: 'integer', enum: [NOTES_PROTOCOL_VERSION] }, true)] },
          {
            '101': ok('switched to WebSocket'),
            '204': ok('the socket would be accepted'),
            ...ROLE,
            '404': err('not_found: the server has no such dossier (yet)'),
            '426': err('protocol_too_old: `v` missing or another version'),
          },
        ),
      },
      '/api/public/dossiers/{code}': {
        get: op(
          'Track a dossier without signing in; no personal data',
          { parameters: [p('code'), q('verify', { type: 'string', pattern: '^\\d{4}$' }, true)] },
          {
            '200': ok('status', ref('PublicDossier')),
            '404': err('not_found (unknown code or wrong verification alike)'),
          },
          false,
        ),
      },
      '/api/sync/{collection}/pull': {
        post: op(
          'Pull (sync/SPEC.md PULL1–PULL7)',
          { parameters: [p('collection')], requestBody: body(ref('PullRequest')) },
          { '200': ok('batch', ref('PullResponse')), ...SIGNED_IN, '426': err('protocol_too_old') },
        ),
      },
      '/api/sync/{collection}/push': {
        post: op(
          'Push (PUSH1–PUSH10, SCOPE4); up to 8 MB',
          { parameters: [p('collection')], requestBody: body(ref('PushRequest')) },
          { '200': ok('result', ref('PushResponse')), ...SIGNED_IN, '426': err('protocol_too_old') },
        ),
      },
      '/api/sync/stream': {
        get: op(
          'Live change hints, Server-Sent Events (STREAM1–STREAM4)',
          { parameters: [q('collections', { type: 'string' }, true), q('v', { type: 'integer' })] },
          {
            '200': {
              description: 'text/event-stream of StreamEvent',
              content: { 'text/event-stream': { schema: ref('StreamEvent') } },
            },
            ...SIGNED_IN,
          },
        ),
      },
    },
  };
}
