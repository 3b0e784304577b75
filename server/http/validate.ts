import type { Context } from 'hono';
import type { z } from 'zod';
import { issueCode } from '../../shared/schemas/messages';
import { ApiError } from '../api-error';

/**
 * Input validation of every REST route, one way: JSON bodies only (415 otherwise), malformed
 * JSON is 400 `bad_request`, a schema failure is 400 `invalid_field` naming the first bad field
 * with a stable code as detail — never the value sent, which may be personal data.
 */
function invalid(issues: readonly z.core.$ZodIssue[]): ApiError {
  const issue = issues[0];
  if (issue === undefined) return new ApiError('bad_request');
  const extra = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const field = [...issue.path.map(String), ...(extra === undefined ? [] : [extra])].join('.') || 'body';
  return new ApiError('invalid_field', {
    field,
    detail: extra === undefined ? issueCode(issue) : 'value_invalid',
  });
}

export const isJson = (c: Context): boolean =>
  /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(c.req.header('content-type') ?? '');

/** Parses the JSON body against `schema`. `emptyAs` lets a body-less POST (logout, refresh) pass. */
export async function jsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  emptyAs?: z.input<S>,
): Promise<z.output<S>> {
  let raw: unknown;
  if (!isJson(c)) {
    const text = emptyAs === undefined ? 'x' : await c.req.text();
    if (text !== '') throw new ApiError('unsupported_media_type');
    raw = emptyAs;
  } else {
    try {
      raw = await c.req.json();
    } catch {
      throw new ApiError('bad_request');
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function param<S extends z.ZodType>(c: Context, name: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param(name));
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ ...i, path: [name] })));
  return parsed.data;
}
