import { SCHEMA_VERSIONS } from '../../sync/domain/collections';
import type { PushRequest, PushResponse, SyncDoc } from '../../sync/protocol';
import { MAX_BATCH_SIZE, PROTOCOL_VERSION } from '../../sync/protocol';
import type { Dossier } from '../../shared/schemas/dossier';

/** The one data set: realistic dossiers from the domain generator, the same in Node and page. */
export const DATA_SEED = 20260316;
export const DATA_NOW = '2026-03-16T09:30:00.000Z';

export const wireDoc = (d: Dossier): SyncDoc => ({ ...d, _deleted: false });

export function pushRequest(rows: PushRequest['rows']): PushRequest {
  return {
    type: 'push',
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSIONS.dossiers,
    collection: 'dossiers',
    rows,
  };
}

/** `cookie`: the session cookies from signIn (lib/auth.ts), '' when the server has no accounts. */
export async function postPush(baseUrl: string, cookie: string, body: string): Promise<PushResponse> {
  const res = await fetch(`${baseUrl}/api/sync/dossiers/push`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(cookie === '' ? {} : { cookie }),
    },
    body,
  });
  const json = (await res.json()) as unknown;
  if (!res.ok) throw new Error(`push answered ${res.status}: ${JSON.stringify(json)}`);
  return json as PushResponse;
}

/**
 * Loads dossiers [from, to) into the server through the real push API, as new documents, in
 * batches of the protocol's largest size with two requests in flight. Returns the elapsed time.
 */
export async function seed(
  baseUrl: string,
  cookie: string,
  docs: readonly Dossier[],
  from: number,
  to: number,
): Promise<number> {
  const t0 = performance.now();
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < to) {
      const start = next;
      const end = Math.min(to, start + MAX_BATCH_SIZE);
      next = end;
      const rows = docs
        .slice(start, end)
        .map((d) => ({ assumedMasterState: null, newDocumentState: wireDoc(d) }));
      const res = await postPush(baseUrl, cookie, JSON.stringify(pushRequest(rows)));
      if (res.conflicts.length > 0 || res.rejected.length > 0) {
        throw new Error(`seeding: ${res.conflicts.length} conflicts, ${res.rejected.length} rejected`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return performance.now() - t0;
}
