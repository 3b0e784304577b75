import type { APIRequestContext } from '@playwright/test';
import { SCHEMA_VERSIONS } from '../../sync/domain/collections';

type Doc = Record<string, unknown> & { id: string };

/**
 * Every document the server holds in a collection, read through the real sync API. `request`
 * must be signed in (auth-pages.ts apiSignIn) with an account whose scope covers what is read.
 */
export async function serverDocs(request: APIRequestContext, collection: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  const schemaVersion = (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0;
  let checkpoint: { seq: number } | null = null;
  for (;;) {
    const res = await request.post(`/api/sync/${collection}/pull`, {
      data: { type: 'pull', protocolVersion: 1, schemaVersion, collection, checkpoint, batchSize: 500 },
    });
    if (!res.ok()) throw new Error(`pull ${collection}: HTTP ${res.status()}`);
    const body = (await res.json()) as { documents: Doc[]; checkpoint: { seq: number } };
    docs.push(...body.documents);
    if (body.documents.length < 500) return docs;
    checkpoint = body.checkpoint;
  }
}
