import { Hono } from 'hono';
import { openApiDocument } from './document';

/** GET /api/openapi.json; built once, on first request. */
export function openApiRoutes(version: string): Hono {
  let doc: object | undefined;
  return new Hono().get('/', (c) => c.json((doc ??= openApiDocument(version))));
}
