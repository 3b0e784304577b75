import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, SCHEMA_VERSIONS } from '../../sync/domain/collections';
import { schemaVersionOf } from './migrations';

describe('schema versions', () => {
  it('PULL6: the device opens every domain collection at the version the server speaks', () => {
    for (const name of COLLECTION_NAMES) expect(schemaVersionOf(name), name).toBe(SCHEMA_VERSIONS[name]);
  });
});
