import type { SyncDoc } from '../../sync/protocol';
import type { SyncScope } from '../../sync/scope';
import { keyAllowed } from '../../sync/scope';
import { domainScopeKeyOf } from '../../sync/domain/scope-keys';
import type { Role } from '../../shared/schemas/user';
import type { DossierReader } from '../dossiers/dossier-reader';
import { SYSTEM, type SyncPrincipal } from './principal';
import { readableKeysOf } from './readable-keys';

/**
 * SyncScope over accounts (sync/SPEC.md SCOPE1–SCOPE5). Rules of canWrite, all required:
 *  W1. The row is readable by the principal before (if the server has it) and after (SCOPE4):
 *      nobody moves a document into or out of their scope.
 *  W2. The role may write the collection at all (WRITERS): citizens and administrators write no
 *      dossiers, events or tickets; only administrators write the catalogue.
 *  W3. A dossier event names the principal as its actor (actorId, actorRole): no spoofing.
 *  W4. A dossier event's receivingPointId/field equal those of its dossier when the server has
 *      the dossier (E4). An event pushed before its dossier (the two replicate independently) is
 *      held to W1 on its own copies; the dossier, when it arrives, is held to W1 too.
 *  W5. Conflict and review records (SCOPE5): the role must write the collection the record is
 *      about; the engine already checks the key and that only resolution fields change.
 * The SYSTEM principal (demo seed) reads and writes everything.
 */
const WRITERS: Readonly<Record<string, readonly Role[]>> = {
  dossiers: ['intake_officer', 'mobile_team', 'processing_officer', 'supervisor'],
  dossier_events: ['intake_officer', 'mobile_team', 'processing_officer', 'supervisor'],
  queue_tickets: ['intake_officer', 'mobile_team', 'supervisor'],
  catalogue: ['administrator'],
};

const RECORDS = new Set(['conflicts', 'review']);

export function accountsScope(dossiers: Pick<DossierReader, 'scopeOf'>): SyncScope<SyncPrincipal> {
  const scopeKeyOf = (collection: string, doc: SyncDoc): string => domainScopeKeyOf(collection, doc);
  const readableKeys = (p: SyncPrincipal, collection: string) => (p === SYSTEM ? 'all' : readableKeysOf(p, collection));
  const canRead = (p: SyncPrincipal, collection: string, doc: SyncDoc): boolean =>
    keyAllowed(readableKeys(p, collection), scopeKeyOf(collection, doc));
  const mayWrite = (role: Role, collection: string): boolean => WRITERS[collection]?.includes(role) ?? false;

  const canWrite = (p: SyncPrincipal, collection: string, before: SyncDoc | null, after: SyncDoc): boolean => {
    if (p === SYSTEM) return true;
    if (RECORDS.has(collection)) {
      const about = after['collection'];
      return typeof about === 'string' && mayWrite(p.role, about); // W5
    }
    if (!mayWrite(p.role, collection)) return false; // W2
    if ((before !== null && !canRead(p, collection, before)) || !canRead(p, collection, after)) return false; // W1
    if (collection !== 'dossier_events') return true;
    if (after['actorId'] !== p.userId || after['actorRole'] !== p.role) return false; // W3
    const dossierId = after['dossierId'];
    const dossier = typeof dossierId === 'string' ? dossiers.scopeOf(dossierId) : undefined;
    return dossier === undefined || (dossier.receivingPointId === after['receivingPointId'] && dossier.field === after['field']); // W4
  };

  return { scopeKeyOf, readableKeys, canRead, canWrite };
}
