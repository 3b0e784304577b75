import type { RxJsonSchema } from 'rxdb';
import type { z } from 'zod';
import type { RxSchemaOptions } from '../../shared/schemas/json-schema';
import { toRxSchema } from '../../shared/schemas/json-schema';
import { DossierSchema } from '../../shared/schemas/dossier';
import { DossierEventSchema } from '../../shared/schemas/dossier-event';
import { QueueTicketSchema } from '../../shared/schemas/queue-ticket';
import { CatalogueEntrySchema } from '../../shared/schemas/catalogue-entry';
import { schemaVersionOf } from './migrations';
import type { CollectionName } from './names';
import { ConflictRecordSchema, ReviewRecordSchema } from './record-schemas';

/**
 * RxDB schemas, each derived from the entity's one zod schema by `toRxSchema` (house rule: no
 * hand-copied JSON Schema). Indexes serve the screens' queries; RxDB appends the primary key to
 * every index, so equal values still sort deterministically. Versions come from migrations.ts (M1).
 */
type Def<S extends z.ZodType> = Omit<RxSchemaOptions<keyof z.output<S> & string>, 'version' | 'primaryKey'>;

function derive<S extends z.ZodType>(name: CollectionName, zod: S, def: Def<S>): RxJsonSchema<z.output<S>> {
  const result = toRxSchema(zod, {
    ...def,
    primaryKey: 'id' as keyof z.output<S> & string,
    version: schemaVersionOf(name),
  });
  // A failure here is a programming error in a schema, caught by schemas.test.ts before it ships.
  if (!result.ok) throw new Error(`RxDB schema of ${name}: ${result.error.code} ${result.error.field ?? ''}`);
  // toRxSchema emits exactly the RxJsonSchema shape; its types stay rxdb-free because shared/ is pure.
  return result.schema as unknown as RxJsonSchema<z.output<S>>;
}

export const dossierRxSchema = derive('dossiers', DossierSchema, {
  title: 'dossier',
  // Lookup by code. The list's indexes are over device-local keys the storage derives
  // (list-keys.ts): every index slows every write, so none is kept that no screen queries.
  indexes: ['code'],
});

export const dossierEventRxSchema = derive('dossier_events', DossierEventSchema, {
  title: 'dossier event',
  indexes: ['dossierId', ['dossierId', 'at']],
});

export const queueTicketRxSchema = derive('queue_tickets', QueueTicketSchema, {
  title: 'queue ticket',
  indexes: ['updatedAt', ['servicePointId', 'state', 'issuedAt']],
});

export const catalogueRxSchema = derive('catalogue', CatalogueEntrySchema, {
  title: 'catalogue entry',
  indexes: ['kind', 'updatedAt'],
});

export const conflictRxSchema = derive('conflicts', ConflictRecordSchema, {
  title: 'conflict record',
  indexes: ['docId', ['status', 'createdAt']],
});

export const reviewRxSchema = derive('review', ReviewRecordSchema, {
  title: 'review record',
  indexes: ['docId', ['status', 'createdAt']],
});
