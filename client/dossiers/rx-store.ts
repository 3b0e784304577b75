import type { Observable, Subscription } from 'rxjs';
import { createEffect, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { getDatabase, type MotcuaDatabase } from '../db';

/** What a screen reads: the latest value, and whether the query has answered or failed. */
export interface RxStore<T> {
  readonly value: T;
  readonly ready: boolean;
  readonly failed: boolean;
}

export type RxQuery<T> = (db: MotcuaDatabase) => Observable<T>;

/**
 * A Solid store fed by one RxDB query observable (house rule: Solid consumes data as stores fed
 * by observables). Invariants:
 *  S1. At most one live subscription per store: it is released with onCleanup when the screen
 *      goes away, or when a reactive input read by `open` changes (a route param), and the new
 *      query replaces it. A database that opens after the screen left subscribes to nothing.
 *  S2. Emissions are reconciled by `id`, so rows whose documents did not change keep their DOM
 *      nodes and focus while other rows update (a sync pull must not disturb typing).
 *  S3. `ready` turns true on the first emission, so screens tell "loading" from "empty".
 * Values must be plain data (toMutableJSON), never RxDocuments: writes go through writes.ts.
 */
export function createRxStore<T>(open: () => RxQuery<T> | null, initial: T): RxStore<T> {
  const [state, setState] = createStore<{ value: T; ready: boolean; failed: boolean }>({
    value: initial,
    ready: false,
    failed: false,
  });
  createEffect(() => {
    const query = open();
    let live = true;
    let subscription: Subscription | undefined;
    onCleanup(() => {
      live = false;
      subscription?.unsubscribe();
    }); // S1
    if (query === null) return;
    getDatabase().then(
      (db) => {
        if (!live) return;
        subscription = query(db).subscribe({
          next: (value) => {
            setState('value', reconcile(value, { key: 'id' })); // S2
            setState('ready', true); // S3
          },
          error: () => setState('failed', true),
        });
      },
      () => setState('failed', true),
    );
  });
  return state;
}
