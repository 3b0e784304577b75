import type { SyncDoc } from '../../sync/protocol';
import type { SyncScope } from '../../sync/scope';
import { keyAllowed } from '../../sync/scope';
import { domainScopeKeyOf } from '../../sync/domain/scope-keys';
import type { Role } from '../../shared/schemas/user';
import { parseDossierDoc } from '../../sync/domain/parse-dossier-doc';
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
 *      about, a resolution names the principal as `resolvedBy`, and records are never deleted
 *      (the engine already checks the key and that only resolution fields change).
 *  W6. A dossier is a legal record: what is pushed must be a valid dossier (DossierSchema), is
 *      never deleted by a device (withdrawal is a status), keeps its code once stored, and its
 *      code belongs to no other live dossier — else a pushed copy could take over another
 *      dossier's code and show the citizen a forged status (security review, finding 1). The
 *      code lookup sees the rows written earlier in the same push and group commit (it runs on
 *      the storage's own connection), so two new dossiers never take one code at once. A stored
 *      live dossier that keeps its code takes nothing new: its writes skip the lookup.
 * The SYSTEM principal (demo seed) reads and writes everything.
 */
const WRITERS: Readonly<Record<string, readonly Role[]>> = {
  dossiers: ['intake_officer', 'mobile_team', 'processing_officer', 'supervisor'],
  dossier_events: ['intake_officer', 'mobile_team', 'processing_officer', 'supervisor'],
  queue_tickets: ['intake_officer', 'mobile_team', 'supervisor'],
  catalogue: ['administrator'],
};

const RECORDS = new Set(['conflicts', 'review']);

/** W6. */
function validDossierWrite(
  dossiers: Pick<DossierReader, 'idsWithCode'>,
  before: SyncDoc | null,
  after: SyncDoc,
): boolean {
  if (after._deleted) return false;
  if (!parseDossierDoc(after).success) return false; // parsed once per object (EVT6 reuses it)
  if (before !== null && before['code'] !== after['code']) return false;
  if (before !== null && !before._deleted) return true; // its own code, checked when it was taken
  const code = after['code'];
  return typeof code === 'string' && dossiers.idsWithCode(code).every((id) => id === after.id);
}

/** W5. */
function validRecordWrite(
  p: Exclude<SyncPrincipal, typeof SYSTEM>,
  before: SyncDoc | null,
  after: SyncDoc,
): boolean {
  if (after._deleted && !before?._deleted) return false;
  const resolvedBy = after['resolvedBy'];
  return (
    resolvedBy === undefined ||
    resolvedBy === null ||
    resolvedBy === before?.['resolvedBy'] ||
    resolvedBy === p.userId
  );
}

export function accountsScope(
  dossiers: Pick<DossierReader, 'scopeOf' | 'idsWithCode'>,
): SyncScope<SyncPrincipal> {
  const scopeKeyOf = (collection: string, doc: SyncDoc): string => domainScopeKeyOf(collection, doc);
  const readableKeys = (p: SyncPrincipal, collection: string) =>
    p === SYSTEM ? 'all' : readableKeysOf(p, collection);
  const canRead = (p: SyncPrincipal, collection: string, doc: SyncDoc): boolean =>
    keyAllowed(readableKeys(p, collection), scopeKeyOf(collection, doc));
  const mayWrite = (role: Role, collection: string): boolean => WRITERS[collection]?.includes(role) ?? false;

  const canWrite = (
    p: SyncPrincipal,
    collection: string,
    before: SyncDoc | null,
    after: SyncDoc,
  ): boolean => {
    if (p === SYSTEM) return true;
    if (RECORDS.has(collection)) {
      const about = after['collection'];
      return typeof about === 'string' && mayWrite(p.role, about) && validRecordWrite(p, before, after); // W5
    }
    if (!mayWrite(p.role, collection)) return false; // W2
    if ((before !== null && !canRead(p, collection, before)) || !canRead(p, collection, after)) return false; // W1
    if (collection === 'dossiers') return validDossierWrite(dossiers, before, after); // W6
    if (collection !== 'dossier_events') return true;
    if (after['actorId'] !== p.userId || after['actorRole'] !== p.role) return false; // W3
    const dossierId = after['dossierId'];
    const dossier = typeof dossierId === 'string' ? dossiers.scopeOf(dossierId) : undefined;
    return (
      dossier === undefined ||
      (dossier.receivingPointId === after['receivingPointId'] && dossier.field === after['field'])
    ); // W4
  };

  return { scopeKeyOf, readableKeys, canRead, canWrite };
}
