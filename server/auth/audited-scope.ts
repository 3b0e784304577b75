import type { SyncDoc } from '../../sync/protocol';
import type { SyncScope } from '../../sync/scope';
import type { SyncPrincipal } from './principal';

/**
 * Reports every refused push row (SCOPE4) to the audit log. canWrite runs inside the sync
 * storage's write transaction, which holds SQLite's one write lock, so the report is deferred
 * until the transaction has finished (accounts-db.ts DB2); only ids, never contents, are reported.
 * `drain` resolves once every report deferred so far has run: the owner of the audit log calls
 * it before closing the log.
 */
export type DenialReport = (p: SyncPrincipal, collection: string, docId: string) => void;

export interface AuditedScope extends SyncScope<SyncPrincipal> {
  drain(): Promise<void>;
}

export function auditedScope(scope: SyncScope<SyncPrincipal>, report: DenialReport): AuditedScope {
  let last: Promise<void> = Promise.resolve();
  return {
    ...scope,
    canWrite: (p, collection, before, after: SyncDoc) => {
      const allowed = scope.canWrite(p, collection, before, after);
      if (!allowed) last = new Promise((done) => setImmediate(() => done(report(p, collection, after.id))));
      return allowed;
    },
    drain: () => last,
  };
}
