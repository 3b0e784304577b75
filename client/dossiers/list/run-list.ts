import type { RxCollection, RxJsonSchema } from 'rxdb';
import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import { storageSchemaOf } from '../../db/list-keys';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { ListQuery } from './list-query';

type Dossiers = RxCollection<Dossier>;
// The storage schema describes Dossier & ListKeys, which RxDB's Dossier typing does not know.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySchema = RxJsonSchema<any>;

const schemas = new WeakMap<Dossiers, AnySchema>();
const storageSchema = (c: Dossiers): AnySchema => {
  let schema = schemas.get(c);
  if (schema === undefined) {
    schema = storageSchemaOf(c.schema.jsonSchema);
    schemas.set(c, schema);
  }
  return schema;
};

/** One ListQuery as RxDB's storage runs it: the named index, not-deleted rows, ascending (Q1). */
function prepared(c: Dossiers, q: ListQuery, limit?: number) {
  const schema = storageSchema(c);
  const primary = c.schema.primaryPath;
  const mango = normalizeMangoQuery(schema, {
    selector: { _deleted: { $eq: false }, ...q.selector },
    sort: [...q.sort, primary].map((field) => ({ [field]: 'asc' as const })),
    index: ['_deleted', ...q.index, primary],
    ...(limit === undefined ? {} : { limit }),
  });
  return prepareQuery(schema, mango);
}

const plain = (doc: Record<string, unknown>): Dossier => {
  const { _meta: _m, _rev: _r, _attachments: _a, _deleted: _d, ...rest } = doc;
  return rest as Dossier;
};

/**
 * Runs the list's queries straight against the collection's storage instance (RxDB's own query
 * layer would sort by the keys in JavaScript on every change event, and the keys are not on its
 * documents, K1). The union keeps the first query's rows first, then the others' new ids.
 */
export async function runList(c: Dossiers, queries: readonly ListQuery[], limit: number): Promise<Dossier[]> {
  const results = await Promise.all(
    queries.map((q) => c.storageInstance.query(prepared(c, q, limit) as never)),
  );
  const seen = new Set<string>();
  const rows: Dossier[] = [];
  for (const { documents } of results)
    for (const doc of documents) {
      const row = plain(doc);
      if (seen.has(row.id) || rows.length >= limit) continue;
      seen.add(row.id);
      rows.push(row);
    }
  return rows;
}

/** Counts rows of one query over its index range (IndexedDB walks the range: keep it narrow). */
export function countList(c: Dossiers, q: ListQuery): Promise<number> {
  return c.storageInstance.count(prepared(c, q) as never).then((r) => r.count);
}
