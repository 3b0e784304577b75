import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';

describe('OpenAPI document', () => {
  const doc = openApiDocument('9.9.9') as {
    openapi: string;
    paths: Record<string, object>;
    components: { schemas: Record<string, { properties?: object }> };
  };

  it('is OpenAPI 3.1 and lists every route of the API', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/health',
        '/api/openapi.json',
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/auth/devices',
        '/api/auth/devices/{id}',
        '/api/admin/users',
        '/api/admin/users/{id}',
        '/api/audit',
        '/api/codes/blocks',
        '/api/dossiers/lookup',
        '/api/me/dossiers',
        '/api/notes/{dossierId}',
        '/api/public/dossiers/{code}',
        '/api/staff',
        '/api/sync/{collection}/pull',
        '/api/sync/{collection}/push',
        '/api/sync/stream',
      ].sort(),
    );
  });

  it('derives bodies from the zod schemas', () => {
    expect(Object.keys(doc.components.schemas.LoginBody?.properties ?? {})).toEqual([
      'username',
      'password',
      'deviceName',
    ]);
    expect(Object.keys(doc.components.schemas.PublicUser?.properties ?? {})).toEqual([
      'id',
      'username',
      'displayName',
      'role',
      'servicePointId',
      'fields',
      'scope',
    ]);
    expect(doc.components.schemas.DossierEvent?.properties).toHaveProperty('receivingPointId');
    expect(doc.components.schemas.PushRequest?.properties).toHaveProperty('rows');
  });
});
