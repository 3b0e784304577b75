import { z } from 'zod';

/**
 * RxDB collection schemas derived from the one zod schema per entity (house rule: no hand-copied
 * JSON Schema). RxDB needs more than zod says, and says so only at runtime in dev-mode
 * (rxdb/plugins/dev-mode check-schema): a string primary key with maxLength, `version`, and for
 * every indexed field a bounded shape (strings: maxLength ≤ 2048; numbers: minimum, maximum,
 * multipleOf; booleans: required). Where that bound follows from the zod schema we add it:
 *   R1. enum strings → maxLength of the longest member; enum numbers → min, max, multipleOf 1;
 *   R2. integers → multipleOf 1;
 *   R3. known formats → their fixed length: uuid 36, date 10; date-time 64 (ISO 8601 with offset
 *       and up to nanoseconds is 35; the margin costs nothing in an index key);
 * and where it does not (a free string, an unbounded number) we refuse with an error value
 * naming the field, so the fix goes into the zod schema (`.max(n)`), where validation sees it.
 * Also: `$schema` is dropped (RxDB's ajv does not load the 2020-12 meta-schema; we emit draft-7),
 * `$ref` and transforms are refused (RxDB cannot resolve the one, JSON cannot express the other).
 */
type Json = z.core.JSONSchema.JSONSchema;
/** A property's schema: an object, or `true`/`false` (anything / nothing). */
type Node = z.core.JSONSchema._JSONSchema;
type Index = string | readonly string[];

export interface RxSchemaOptions<K extends string> {
  readonly primaryKey: K;
  readonly version: number;
  readonly indexes?: readonly Index[];
  readonly title?: string;
}

/** The shape rxdb's RxJsonSchema<T> accepts; the client passes it to addCollections. */
export interface RxSchemaDefinition {
  readonly title?: string;
  readonly version: number;
  readonly primaryKey: string;
  readonly type: 'object';
  readonly properties: Record<string, Node>;
  readonly required: string[];
  readonly indexes: Index[];
  readonly additionalProperties?: boolean;
}

export const RX_SCHEMA_ERROR_CODES = [
  'unrepresentable', // a transform, a $ref, or something else JSON Schema cannot carry
  'not_an_object', // the zod schema is not an object with properties
  'version_invalid', // not an integer ≥ 0
  'primary_key_invalid', // missing, not a required string, or without maxLength
  'index_field_missing', // an index names a field the schema does not have
  'index_field_unbounded', // an indexed field without the bounds RxDB needs (see R1–R3)
] as const;
export type RxSchemaErrorCode = (typeof RX_SCHEMA_ERROR_CODES)[number];
export type RxSchemaResult =
  | { readonly ok: true; readonly schema: RxSchemaDefinition }
  | { readonly ok: false; readonly error: { readonly code: RxSchemaErrorCode; readonly field?: string } };

const FORMAT_LENGTH: Readonly<Record<string, number>> = { uuid: 36, date: 10, 'date-time': 64 };
const MAX_INDEX_LENGTH = 2048;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Follows a dotted path ("applicant.citizenId") through nested `properties`. */
function nodeAt(root: Json, path: string): { node: Json; parent: Json; key: string } | null {
  let parent = root;
  let node: Node | undefined = root;
  let key = '';
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node.properties === undefined) return null;
    parent = node;
    key = part;
    node = node.properties[part];
  }
  return typeof node === 'object' ? { node, parent, key } : null;
}

/** Adds the bounds R1–R3 where they follow; false when the field stays unindexable. */
function bound(node: Json, required: boolean): boolean {
  const en = Array.isArray(node.enum) ? node.enum : undefined;
  if (node.type === 'string') {
    if (node.maxLength === undefined && en !== undefined)
      node.maxLength = Math.max(...en.map((v) => String(v).length));
    if (node.maxLength === undefined && typeof node.format === 'string')
      node.maxLength = FORMAT_LENGTH[node.format];
    return node.maxLength !== undefined && node.maxLength <= MAX_INDEX_LENGTH;
  }
  if (node.type === 'number' || node.type === 'integer') {
    const nums = en?.filter((v): v is number => typeof v === 'number');
    if (nums !== undefined && nums.length > 0) {
      node.minimum ??= Math.min(...nums);
      node.maximum ??= Math.max(...nums);
      if (nums.every(Number.isInteger)) node.multipleOf ??= 1;
    }
    if (node.type === 'integer') node.multipleOf ??= 1;
    return [node.minimum, node.maximum, node.multipleOf].every(
      (v) => typeof v === 'number' && Number.isFinite(v),
    );
  }
  return node.type === 'boolean' && required;
}

export function toRxSchema<T extends z.ZodType>(
  schema: T,
  options: RxSchemaOptions<keyof z.output<T> & string>,
): RxSchemaResult {
  const fail = (code: RxSchemaErrorCode, field?: string): RxSchemaResult => ({
    ok: false,
    error: field === undefined ? { code } : { code, field },
  });
  let json: Json;
  try {
    json = z.toJSONSchema(schema, {
      target: 'draft-7',
      io: 'output',
      reused: 'inline',
      unrepresentable: 'throw',
    });
  } catch {
    return fail('unrepresentable');
  }
  if (JSON.stringify(json).includes('"$ref"')) return fail('unrepresentable');
  if (typeof json !== 'object' || json.type !== 'object' || !isObject(json.properties))
    return fail('not_an_object');
  if (!Number.isInteger(options.version) || options.version < 0) return fail('version_invalid');

  const required = [...(json.required ?? [])];
  const pk = json.properties[options.primaryKey];
  if (
    typeof pk !== 'object' ||
    pk.type !== 'string' ||
    !required.includes(options.primaryKey) ||
    !bound(pk, true)
  ) {
    return fail('primary_key_invalid', options.primaryKey);
  }
  const indexes = (options.indexes ?? []).map((i): Index => (typeof i === 'string' ? i : [...i]));
  for (const field of indexes.flat()) {
    const at = nodeAt(json, field);
    if (at === null) return fail('index_field_missing', field);
    const isRequired = typeof at.parent === 'object' && (at.parent.required ?? []).includes(at.key);
    if (!bound(at.node, isRequired)) return fail('index_field_unbounded', field);
  }
  return {
    ok: true,
    schema: {
      ...(options.title === undefined ? {} : { title: options.title }),
      version: options.version,
      primaryKey: options.primaryKey,
      type: 'object',
      properties: json.properties,
      required,
      indexes: indexes.map((i) => (typeof i === 'string' ? i : [...i])),
      ...(json.additionalProperties === false ? { additionalProperties: false } : {}),
    },
  };
}
