import { DossierSchema } from '../../shared/schemas/dossier';
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
    const { _deleted: _ignored, ...fields } = doc;
    result = DossierSchema.safeParse(fields);
    results.set(doc, result);
  }
  return result;
}
