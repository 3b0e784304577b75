import { describe, expect, it } from 'vitest';
import { codecFor } from './record-codec';

describe('record codec', () => {
  it('renames the reserved `collection` field of records both ways, and nothing else', () => {
    const wire = { id: 'c_1', _deleted: false, collection: 'dossiers', field: 'dueAt' };
    const device = codecFor('conflicts').fromWire(wire);
    expect(device).toEqual({ id: 'c_1', _deleted: false, recordOf: 'dossiers', field: 'dueAt' });
    expect(codecFor('conflicts').toWire(device)).toEqual(wire);
    expect(codecFor('review').fromWire(wire)).toHaveProperty('recordOf', 'dossiers');
    expect(codecFor('dossiers').fromWire(wire)).toBe(wire);
  });
});
