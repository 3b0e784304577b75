import { BehaviorSubject, filter, firstValueFrom, type Observable } from 'rxjs';
import { SCHEMA_VERSIONS } from '../../../sync/domain/collections';
import type { CollectionSpec } from '../../../sync/collections';
import type { SyncDoc } from '../../../sync/protocol';
import { PROTOCOL_VERSION } from '../../../sync/protocol';
import type { CollectionName, MotcuaDatabase } from '../../db';
import { memoryDatabase } from '../../db/testing/fixtures';
import type { StatusSource } from '../status-source';
import { createStatusSource } from '../status-source';
import type { SyncEngine } from '../sync-engine';
import { startSyncEngine } from '../sync-engine';
import type { SyncStatus } from '../sync-status';
import { httpTransport } from '../transport';
import type { InProcessServer } from './in-process-server';
import { DEFAULT_SPECS, inProcessServer } from './in-process-server';
import type { ManualTimers } from './manual-timers';
import { manualTimers } from './manual-timers';

/** One device (memory database + engine + status) against one in-process server. */
export interface Device {
  readonly db: MotcuaDatabase;
  readonly engine: SyncEngine;
  readonly status: StatusSource;
  readonly online$: BehaviorSubject<boolean>;
  readonly timers: ManualTimers;
  until(pred: (s: SyncStatus) => boolean): Promise<SyncStatus>;
  close(): Promise<void>;
}

export interface DeviceOptions {
  readonly stream?: boolean;
  readonly collections?: readonly CollectionName[];
}

export async function device(server: InProcessServer, opts: DeviceOptions = {}): Promise<Device> {
  const db = await memoryDatabase();
  const timers = manualTimers();
  const engine = startSyncEngine({
    db,
    transport: httpTransport({ fetch: server.fetch }),
    ...(opts.stream === true ? { eventSource: server.eventSource } : {}),
    timers,
    random: () => 0.5,
    waitForLeadership: false,
    ...(opts.collections === undefined ? {} : { collections: opts.collections }),
  });
  const online$ = new BehaviorSubject(true);
  const status = createStatusSource(engine, online$, true);
  return {
    db,
    engine,
    status,
    online$,
    timers,
    until: (pred) => firstValueFrom(status.status$.pipe(filter(pred))),
    close: async () => {
      status.dispose();
      await engine.stop();
      await db.close();
    },
  };
}

export const until = <T>(obs: Observable<T>, pred: (v: T) => boolean): Promise<T> =>
  firstValueFrom(obs.pipe(filter(pred)));

/** Writes documents straight into the server, as another device would. */
export async function serverWrite(
  server: InProcessServer,
  collection: string,
  rows: readonly { assumed: SyncDoc | null; next: SyncDoc }[],
): Promise<void> {
  const res = await server.engine.push(null, {
    type: 'push',
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: (SCHEMA_VERSIONS as Readonly<Record<string, number>>)[collection] ?? 0,
    collection,
    rows: rows.map((r) => ({ assumedMasterState: r.assumed, newDocumentState: r.next })),
  });
  if (!res.ok) throw new Error(res.error.message);
}

export const serverWith = (specs: readonly CollectionSpec[] = DEFAULT_SPECS): InProcessServer =>
  inProcessServer(specs);

/** A document as the server stores it. */
export const wire = (doc: object, deleted = false): SyncDoc => ({ ...doc, _deleted: deleted }) as SyncDoc;
