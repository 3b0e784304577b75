import type { SyncDoc } from '../../sync/protocol';
import { CONFLICTS_COLLECTION, REVIEW_COLLECTION } from '../../sync/protocol';

/**
 * Maps documents between the wire and the device. Only the record collections differ: their
 * `collection` field (CONF4, EVT3) is a reserved RxDocument property, so the device stores it as
 * `recordOf` (client/db/record-schemas.ts). Every path that moves a document in either direction
 * goes through here: pulled documents, pushed rows and the states a push answers in `conflicts`
 * (RxDB applies no pull modifier to those).
 */
export interface DocCodec {
  toWire(doc: Record<string, unknown>): SyncDoc;
  fromWire(doc: SyncDoc): Record<string, unknown>;
}

const identity: DocCodec = {
  toWire: (doc) => doc as SyncDoc, // RxDB hands over WithDeleted states: `id` and `_deleted` are there
  fromWire: (doc) => doc,
};

function rename(doc: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (!(from in doc)) return doc;
  const { [from]: value, ...rest } = doc;
  return { ...rest, [to]: value };
}

const recordCodec: DocCodec = {
  toWire: (doc) => rename(doc, 'recordOf', 'collection') as SyncDoc,
  fromWire: (doc) => rename(doc, 'collection', 'recordOf'),
};

export const codecFor = (collection: string): DocCodec =>
  collection === CONFLICTS_COLLECTION || collection === REVIEW_COLLECTION ? recordCodec : identity;
