import type { SyncDoc } from '../protocol.ts';

/**
 * The one scope key of every domain document (SCOPE1). Keys are plain strings so storage can
 * index them; readers get explicit lists of keys, never patterns, so a key that nobody lists (a
 * made-up field, an unknown point) is readable by nobody but the whole-center supervisor.
 *  K1. dossiers: `d:<receivingPointId>:<field>` — both who received it and what it is about
 *      decide who reads it (intake officers by point, processing officers by field).
 *  K2. dossier_events: the SAME key as their dossier, from the copies every event carries
 *      (DossierEventSchema E4), so a timeline never reaches someone who cannot read the dossier.
 *  K3. queue_tickets: `q:<servicePointId>`.
 *  K4. catalogue: `public`; everyone reads it.
 *  K5. A document missing the fields its key needs gets the key `invalid:<collection>`, which no
 *      reader lists: it can be neither written nor read except with the `'all'` scope.
 */
export const PUBLIC_SCOPE_KEY = 'public';

export const dossierScopeKey = (receivingPointId: string, field: string): string =>
  `d:${receivingPointId}:${field}`;
export const ticketScopeKey = (servicePointId: string): string => `q:${servicePointId}`;

const text = (doc: SyncDoc, name: string): string | undefined => {
  const v = doc[name];
  return typeof v === 'string' && v !== '' && !v.includes(':') ? v : undefined;
};

export function domainScopeKeyOf(collection: string, doc: SyncDoc): string {
  switch (collection) {
    case 'dossiers':
    case 'dossier_events': {
      const point = text(doc, 'receivingPointId');
      const field = text(doc, 'field');
      return point !== undefined && field !== undefined
        ? dossierScopeKey(point, field)
        : `invalid:${collection}`;
    }
    case 'queue_tickets': {
      const point = text(doc, 'servicePointId');
      return point !== undefined ? ticketScopeKey(point) : `invalid:${collection}`;
    }
    case 'catalogue':
      return PUBLIC_SCOPE_KEY;
    default:
      return `invalid:${collection}`;
  }
}
