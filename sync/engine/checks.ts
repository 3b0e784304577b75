import type { CollectionRegistry, CollectionSpec } from '../collections.ts';
import type { PullRequest, PushRequest, SyncResult } from '../protocol.ts';
import { fail, MIN_PROTOCOL_VERSION, ok, PROTOCOL_VERSION } from '../protocol.ts';

/** Request checks shared by pull and push: versions first, so old clients always hear 426. */

export function checkProtocol(version: number): SyncResult<null> {
  if (version < MIN_PROTOCOL_VERSION) {
    return fail(
      'protocol_too_old',
      `protocol ${version} is no longer supported; update the app (server speaks ${MIN_PROTOCOL_VERSION}–${PROTOCOL_VERSION})`,
    );
  }
  if (version > PROTOCOL_VERSION) {
    return fail(
      'protocol_too_new',
      `protocol ${version} is newer than the server's ${PROTOCOL_VERSION}; retry after the server update`,
    );
  }
  return ok(null);
}

export function checkRequest(
  registry: CollectionRegistry,
  req: PullRequest | PushRequest,
): SyncResult<CollectionSpec> {
  const proto = checkProtocol(req.protocolVersion);
  if (!proto.ok) return fail(proto.error.code, proto.error.message);
  const spec = registry.get(req.collection);
  if (spec === undefined) return fail('unknown_collection', `no collection ${req.collection}`);
  if (req.schemaVersion < spec.schemaVersion) {
    return fail(
      'schema_too_old',
      `${spec.name} schema ${req.schemaVersion} is older than the server's ${spec.schemaVersion}; update the app`,
    );
  }
  if (req.schemaVersion > spec.schemaVersion) {
    return fail(
      'schema_too_new',
      `${spec.name} schema ${req.schemaVersion} is newer than the server's ${spec.schemaVersion}`,
    );
  }
  if (req.type === 'push') return checkRows(spec, req);
  return ok(spec);
}

/** PUSH7, PUSH8: a malformed or newer-schema row refuses the whole request, before any write. */
function checkRows(spec: CollectionSpec, req: PushRequest): SyncResult<CollectionSpec> {
  for (const row of req.rows) {
    const doc = row.newDocumentState;
    if (row.assumedMasterState !== null && row.assumedMasterState.id !== doc.id) {
      return fail('bad_request', `row ${doc.id}: assumedMasterState has another id`);
    }
    const v = doc['schemaVersion'];
    if (typeof v === 'number' && v > spec.schemaVersion) {
      return fail(
        'schema_too_new',
        `document ${doc.id} has schema ${v}, newer than the server's ${spec.schemaVersion}`,
      );
    }
  }
  return ok(spec);
}
