import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import { jsonEqual } from '../json';
import type { SyncDoc } from '../protocol';

type Parsed = ReturnType<typeof DossierSchema.safeParse>;

/**
 * A stored or pushed dossier document checked against DossierSchema once per object. One push
 * parses each new or fast-forwarded dossier twice otherwise: the write check (W6, on the pushed
 * copy) and the projection (EVT6, on the stored copy, which is then the same object). The sync
 * engine never mutates a document it received or built (it makes new objects), so a result kept
 * by identity stays true; a changed document is a new object and is parsed afresh.
 */
const results = new WeakMap<SyncDoc, Parsed>();

export function parseDossierDoc(doc: SyncDoc): Parsed {
  let result = results.get(doc);
  if (result === undefined) {
    result = DossierSchema.safeParse(fieldsOf(doc));
    results.set(doc, result);
  }
  return result;
}

function fieldsOf(doc: SyncDoc): Record<string, unknown> {
  const { _deleted: _ignored, ...fields } = doc;
  return fields;
}

/**
 * Whether `doc` parses and the parse changes nothing: its fields are already the schema's output
 * (entity schemas have no transforms; only unknown keys would be stripped). Such a document's
 * result can be re-created from the document alone, anywhere (`knowParsedAsIs`).
 */
export function parsesAsIs(doc: SyncDoc): boolean {
  const result = parseDossierDoc(doc);
  return result.success && jsonEqual(result.data, fieldsOf(doc));
}

/**
 * Records for `doc` the result of a parse done elsewhere on an equal document that `parsesAsIs`
 * (a worker thread parsed the pushed text: server/sync/prepare-push.ts), so that the push's checks
 * here get the very result parseDossierDoc would compute, without parsing again.
 */
export function knowParsedAsIs(doc: SyncDoc): void {
  results.set(doc, { success: true, data: fieldsOf(doc) as Dossier });
}
