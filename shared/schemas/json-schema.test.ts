import { addRxPlugin, createRxDatabase } from 'rxdb';
import { RxDBDevModePlugin, checkSchema, disableWarnings } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DossierSchema } from './dossier';
import { DossierEventSchema } from './dossier-event';
import {
  exampleDossier,
  exampleEvent,
  exampleFeedback,
  exampleRating,
  exampleTicket,
  exampleUser,
} from './examples';
import { FeedbackSchema } from './feedback';
import { toRxSchema, type RxSchemaDefinition } from './json-schema';
import { QueueTicketSchema } from './queue-ticket';
import { RatingSchema } from './rating';
import { UserSchema } from './user';

const ok = (r: ReturnType<typeof toRxSchema>): RxSchemaDefinition => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.field ?? ''}`);
  return r.schema;
};

/** The collections the client is likely to define, with the indexes its screens query by. */
const collections = {
  dossiers: {
    schema: ok(
      toRxSchema(DossierSchema, {
        primaryKey: 'id',
        version: 0,
        indexes: [
          'code',
          ['status', 'dueAt'],
          ['receivingPointId', 'receivedAt'],
          'field',
          'updatedAt',
          'applicant.citizenId',
        ],
      }),
    ),
    doc: exampleDossier,
  },
  events: {
    schema: ok(
      toRxSchema(DossierEventSchema, {
        primaryKey: 'id',
        version: 0,
        indexes: [['dossierId', 'at'], 'type'],
      }),
    ),
    doc: exampleEvent,
  },
  tickets: {
    schema: ok(
      toRxSchema(QueueTicketSchema, {
        primaryKey: 'id',
        version: 0,
        indexes: [['servicePointId', 'state', 'number'], 'service'],
      }),
    ),
    doc: exampleTicket,
  },
  ratings: {
    schema: ok(
      toRxSchema(RatingSchema, {
        primaryKey: 'id',
        version: 0,
        indexes: [['targetKind', 'targetId'], 'stars'],
      }),
    ),
    doc: exampleRating,
  },
  feedback: {
    schema: ok(
      toRxSchema(FeedbackSchema, { primaryKey: 'id', version: 0, indexes: ['status', 'createdAt'] }),
    ),
    doc: exampleFeedback,
  },
  users: {
    schema: ok(toRxSchema(UserSchema, { primaryKey: 'id', version: 0, indexes: ['role', 'disabled'] })),
    doc: exampleUser,
  },
};

describe('toRxSchema', () => {
  it('derives bounds RxDB needs from the zod schema (R1–R3)', () => {
    const s = collections.dossiers.schema;
    expect(s.properties.id).toMatchObject({ type: 'string', maxLength: 36 });
    expect(s.properties.status).toMatchObject({ minimum: 1, maximum: 10, multipleOf: 1 });
    expect(s.properties.dueAt).toMatchObject({ maxLength: 64 });
    expect(s.properties.field).toMatchObject({ maxLength: 'business_registration'.length });
    expect(s).not.toHaveProperty('$schema');
  });

  it('passes RxDB dev-mode’s own schema check for every entity', () => {
    for (const { schema } of Object.values(collections))
      expect(() => checkSchema(schema as never)).not.toThrow();
  });

  it('works in a real RxDB database with the ajv validator: examples insert, bad documents do not', async () => {
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
    const db = await createRxDatabase({
      name: `schema${Object.keys(collections).length}`,
      storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
      multiInstance: false,
    });
    try {
      await db.addCollections(
        Object.fromEntries(Object.entries(collections).map(([k, v]) => [k, { schema: v.schema as never }])),
      );
      for (const [name, { doc }] of Object.entries(collections)) {
        const collection = db.collections[name];
        if (collection === undefined) throw new Error(name);
        await collection.insert(structuredClone(doc));
      }
      const dossiers = db.collections.dossiers;
      await expect(
        dossiers?.insert({ ...exampleDossier, id: '3f1c9a52-6b7e-4c1d-9a4f-2b8e7d6c5a11', status: 11 }),
      ).rejects.toThrow();
    } finally {
      await db.remove();
    }
  });

  it('refuses what RxDB could not index, naming the field', () => {
    const S = z.object({
      id: z.string().max(40),
      note: z.string(),
      n: z.number(),
      flag: z.boolean().optional(),
    });
    expect(toRxSchema(S, { primaryKey: 'id', version: 0, indexes: ['note'] })).toEqual({
      ok: false,
      error: { code: 'index_field_unbounded', field: 'note' },
    });
    expect(toRxSchema(S, { primaryKey: 'id', version: 0, indexes: ['n'] }).ok).toBe(false);
    expect(toRxSchema(S, { primaryKey: 'id', version: 0, indexes: ['flag'] }).ok).toBe(false);
    expect(toRxSchema(S, { primaryKey: 'id', version: 0, indexes: ['nope'] })).toEqual({
      ok: false,
      error: { code: 'index_field_missing', field: 'nope' },
    });
    expect(toRxSchema(S, { primaryKey: 'note', version: 0 })).toEqual({
      ok: false,
      error: { code: 'primary_key_invalid', field: 'note' },
    });
    expect(toRxSchema(S, { primaryKey: 'id', version: -1 }).ok).toBe(false);
    const T = z.object({
      id: z
        .string()
        .max(4)
        .transform((s) => s.length),
    });
    expect(toRxSchema(T, { primaryKey: 'id', version: 0 })).toEqual({
      ok: false,
      error: { code: 'unrepresentable' },
    });
  });
});
