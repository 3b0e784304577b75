import type { RxConflictHandler } from 'rxdb';
import { jsonEqual } from '../../sync/json';

/**
 * SPEC PUSH5: the server has already merged (CONF1–CONF3) when it answers a push with a row in
 * `conflicts`, so the device adopts that state as it is (`realMasterState`). `isEqual` is JSON
 * equality that ignores key order and treats an absent key as `undefined` (sync/json.ts), the
 * same equality the server uses, so both sides agree on what "unchanged" means (PUSH3).
 */
export function serverMergeConflictHandler<T>(): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => jsonEqual(a, b),
    resolve: (input) => Promise.resolve(input.realMasterState),
  };
}
