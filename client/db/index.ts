export { getDatabase, DATABASE_NAME } from './database';
export { createMotcuaDatabase, type DatabaseOptions } from './create-database';
export { withDevTools } from './dev-tools';
export type { DocTypes, MotcuaCollections, MotcuaDatabase } from './collections';
export { COLLECTION_NAMES, isCollectionName, type CollectionName } from './names';
export { schemaVersionOf } from './migrations';
export {
  CATALOGUE_KINDS,
  CatalogueEntrySchema,
  catalogueId,
  type CatalogueEntry,
  type CatalogueKind,
} from '../../shared/schemas/catalogue-entry';
export {
  ConflictRecordSchema,
  ReviewRecordSchema,
  RECORD_STATUSES,
  type ConflictRecord,
  type ReviewRecord,
} from './record-schemas';
