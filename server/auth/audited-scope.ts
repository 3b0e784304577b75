import type { SyncDoc } from '../../sync/protocol';
import type { SyncScope } from '../../sync/scope';
import type { SyncPrincipal } from './principal';

/**
 * Reports every refused push row (SCOPE4) to the audit log. canWrite runs inside the sync
 * storage's write transaction, which holds SQLite's one write lock, so the report is deferred
 * until the transaction has finished (accounts-db.ts DB2); only ids, never contents, are reported.
 */
export type DenialReport = (p: SyncPrincipal, collection: string, docId: string) => void;

export function auditedScope(
  scope: SyncScope<SyncPrincipal>,
  report: DenialReport,
): SyncScope<SyncPrincipal> {
  return {
    ...scope,
    canWrite: (p, collection, before, after: SyncDoc) => {
      const allowed = scope.canWrite(p, collection, before, after);
      if (!allowed) setImmediate(() => report(p, collection, after.id));
      return allowed;
    },
  };
}
