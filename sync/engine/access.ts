import type { CollectionRegistry } from '../collections.ts';
import { jsonEqual } from '../json.ts';
import type { SyncDoc } from '../protocol.ts';
import type { ReadableKeys, SyncScope } from '../scope.ts';
import { keyAllowed } from '../scope.ts';
import { RECORD_MUTABLE_FIELDS } from './records.ts';

/**
 * The engine's view of SyncScope, adding the rule for its own record collections (SCOPE5): a
 * conflict or review record is readable by whoever can read the documents of the collection it
 * is about, in the scope key it carries; its recorded facts are immutable.
 */
export class Access<P> {
  constructor(
    private readonly scope: SyncScope<P>,
    private readonly registry: CollectionRegistry,
    private readonly recordNames: ReadonlySet<string>,
  ) {}

  isRecord(collection: string): boolean {
    return this.recordNames.has(collection);
  }

  scopeKeyOf(collection: string, doc: SyncDoc): string {
    if (this.isRecord(collection)) return typeof doc['scopeKey'] === 'string' ? doc['scopeKey'] : '';
    return this.scope.scopeKeyOf(collection, doc);
  }

  /** Keys a pull of `collection` may filter storage by (SCOPE3). */
  pullKeys(p: P, collection: string): ReadableKeys {
    if (!this.isRecord(collection)) return this.scope.readableKeys(p, collection);
    const keys = new Set<string>();
    for (const name of this.registry.keys()) {
      if (this.isRecord(name)) continue;
      const k = this.scope.readableKeys(p, name);
      if (k === 'all') return 'all';
      k.forEach((x) => keys.add(x));
    }
    return [...keys];
  }

  canRead(p: P, collection: string, doc: SyncDoc): boolean {
    if (!this.isRecord(collection)) return this.scope.canRead(p, collection, doc);
    const about = doc['collection'];
    if (typeof about !== 'string' || !this.registry.has(about)) return false;
    return keyAllowed(this.scope.readableKeys(p, about), this.scopeKeyOf(collection, doc));
  }

  canWrite(p: P, collection: string, before: SyncDoc | null, after: SyncDoc): boolean {
    if (!this.isRecord(collection)) return this.scope.canWrite(p, collection, before, after);
    if (before === null || !this.canRead(p, collection, before)) return false; // records are born on the server
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!RECORD_MUTABLE_FIELDS.has(k) && !jsonEqual(before[k], after[k])) return false;
    }
    return this.scope.canWrite(p, collection, before, after);
  }
}
