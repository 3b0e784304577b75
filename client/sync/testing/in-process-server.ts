import { counterIds, manualClock } from '../../../sync/clock';
import { SCHEMA_VERSIONS } from '../../../sync/domain/collections';
import type { CollectionSpec } from '../../../sync/collections';
import type { ErrorCode, SyncResult } from '../../../sync/protocol';
import { ERROR_HTTP_STATUS, PullRequestSchema, PushRequestSchema } from '../../../sync/protocol';
import { openScope } from '../../../sync/scope';
// Test-only: the engine's server half runs in-process.
import { createMemoryData, MemoryStorage } from '../../../sync/engine/memory-storage';
import { SyncServer } from '../../../sync/engine/sync-server';
import type { FetchLike } from '../transport';
import { FakeEventSource } from './fake-event-source';

/**
 * The real sync engine (sync/engine) on memory storage, reached through an injected fetch and
 * EventSource that call it in-process: the device's replication is tested against the server's
 * actual merge and conflict rules, not a mock of them. The HTTP mapping mirrors the contract
 * (ERROR_HTTP_STATUS, `{ error: { code, message } }`); `offline` makes fetch fail like a network.
 */
export interface InProcessServer {
  readonly engine: SyncServer<unknown>;
  readonly fetch: FetchLike;
  readonly eventSource: (url: string) => FakeEventSource;
  readonly sources: FakeEventSource[];
  offline: boolean;
  readonly requests: { collection: string; kind: 'pull' | 'push' }[];
}

export const DEFAULT_SPECS: readonly CollectionSpec[] = [
  { kind: 'mergeable', name: 'dossiers', schemaVersion: SCHEMA_VERSIONS.dossiers },
  {
    kind: 'append-only',
    name: 'dossier_events',
    schemaVersion: 0,
    aggregateOf: (e) => String(e['dossierId']),
    validate: () => ({ ok: true }),
  },
  { kind: 'mergeable', name: 'queue_tickets', schemaVersion: 0 },
  { kind: 'mergeable', name: 'catalogue', schemaVersion: 0 },
];

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const error = (code: ErrorCode, message: string): Response =>
  json(ERROR_HTTP_STATUS[code], { error: { code, message } });
const answer = <T>(r: SyncResult<T>): Response =>
  r.ok ? json(200, r.value) : error(r.error.code, r.error.message);

export function inProcessServer(specs: readonly CollectionSpec[] = DEFAULT_SPECS): InProcessServer {
  const engine = new SyncServer<unknown>({
    storage: new MemoryStorage(createMemoryData()),
    collections: specs,
    scope: openScope,
    clock: manualClock(),
    ids: counterIds('sub'),
  });
  const server: InProcessServer = {
    engine,
    offline: false,
    requests: [],
    sources: [],
    fetch: async (input, init) => {
      if (server.offline) throw new TypeError('Failed to fetch');
      const m = /^\/api\/sync\/([a-z0-9_]+)\/(pull|push)$/.exec(input);
      if (m === null) return error('bad_request', `no route ${input}`);
      const [, collection = '', kind] = m;
      const body: unknown = JSON.parse(typeof init.body === 'string' ? init.body : 'null');
      server.requests.push({ collection, kind: kind === 'pull' ? 'pull' : 'push' });
      if (kind === 'pull') {
        const req = PullRequestSchema.safeParse(body);
        if (!req.success || req.data.collection !== collection) return error('bad_request', 'malformed pull');
        return answer(await engine.pull(null, req.data));
      }
      const req = PushRequestSchema.safeParse(body);
      if (!req.success || req.data.collection !== collection) return error('bad_request', 'malformed push');
      return answer(await engine.push(null, req.data));
    },
    eventSource: (url) => {
      const source = new FakeEventSource(url);
      server.sources.push(source);
      const collections = new URL(url, 'http://device').searchParams.get('collections')?.split(',') ?? [];
      const sub = engine.subscribe(null, { type: 'subscribe', protocolVersion: 1, collections }, (event) => {
        queueMicrotask(() => source.emit(event.type, event)); // like a network: after the push returns
      });
      if (!sub.ok) queueMicrotask(() => source.fail());
      return source;
    },
  };
  return server;
}
