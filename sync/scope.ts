import type { SyncDoc } from './protocol.ts';

/**
 * Who may read and write what (SCOPE1–SCOPE5). The accounts work implements this; the engine only
 * calls it. Every document lives in exactly one scope key (e.g. `unit:HN-01`), stored in an
 * indexed column so that storage filters pulls by key instead of loading and testing rows.
 *
 * Invariant (SCOPE2): `canRead(p, c, d)` holds exactly when `readableKeys(p, c)` is `'all'` or
 * contains `scopeKeyOf(c, d)`. The engine filters storage by keys and re-checks with `canRead`,
 * so a broken implementation under-delivers instead of leaking.
 */
export type ReadableKeys = 'all' | readonly string[];

export interface SyncScope<P> {
  /** The one scope key of a document; must not depend on anything but the document. */
  scopeKeyOf(collection: string, doc: SyncDoc): string;
  readableKeys(principal: P, collection: string): ReadableKeys;
  canRead(principal: P, collection: string, doc: SyncDoc): boolean;
  /** `before` is the server's current state, null when the document is new to the server. */
  canWrite(principal: P, collection: string, before: SyncDoc | null, after: SyncDoc): boolean;
}

export const keyAllowed = (keys: ReadableKeys, key: string): boolean => keys === 'all' || keys.includes(key);

/** Everyone reads and writes everything: for tests and single-user setups. */
export const openScope: SyncScope<unknown> = {
  scopeKeyOf: () => 'all',
  readableKeys: () => 'all',
  canRead: () => true,
  canWrite: () => true,
};

/**
 * Scope by a document field (e.g. `unit`) and a principal's set of keys; a handy reference
 * implementation for tests and the model for the accounts work. Writes must stay inside the
 * principal's keys before and after (SCOPE4).
 */
export function fieldScope<P>(field: string, keysOf: (principal: P) => readonly string[]): SyncScope<P> {
  const scopeKeyOf = (_c: string, doc: SyncDoc): string => {
    const v = doc[field];
    return typeof v === 'string' ? v : '';
  };
  const canRead = (p: P, c: string, doc: SyncDoc): boolean => keysOf(p).includes(scopeKeyOf(c, doc));
  return {
    scopeKeyOf,
    readableKeys: (p) => keysOf(p),
    canRead,
    canWrite: (p, c, before, after) => (before === null || canRead(p, c, before)) && canRead(p, c, after),
  };
}
