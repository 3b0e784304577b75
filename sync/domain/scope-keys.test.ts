import { describe, expect, it } from 'vitest';
import type { SyncDoc } from '../protocol.ts';
import { domainScopeKeyOf } from './scope-keys.ts';

const doc = (fields: Record<string, unknown>): SyncDoc => ({ id: 'x', _deleted: false, ...fields });

describe('domain scope keys', () => {
  it('K1/K2: a dossier and its events share d:<point>:<field>', () => {
    const fields = { receivingPointId: 'hn-center', field: 'land' };
    expect(domainScopeKeyOf('dossiers', doc(fields))).toBe('d:hn-center:land');
    expect(domainScopeKeyOf('dossier_events', doc({ ...fields, dossierId: 'y' }))).toBe('d:hn-center:land');
  });

  it('K3/K4: tickets by service point, the catalogue public', () => {
    expect(domainScopeKeyOf('queue_tickets', doc({ servicePointId: 'hn-center' }))).toBe('q:hn-center');
    expect(domainScopeKeyOf('catalogue', doc({}))).toBe('public');
  });

  it('K5: missing or key-breaking values give a key nobody lists', () => {
    expect(domainScopeKeyOf('dossiers', doc({ receivingPointId: 'hn-center' }))).toBe('invalid:dossiers');
    expect(domainScopeKeyOf('dossiers', doc({ receivingPointId: 'a:b', field: 'land' }))).toBe(
      'invalid:dossiers',
    );
    expect(domainScopeKeyOf('queue_tickets', doc({ servicePointId: 7 }))).toBe('invalid:queue_tickets');
  });
});
