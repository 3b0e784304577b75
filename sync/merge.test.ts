import { describe, expect, it } from 'vitest';
import { mergeThreeWay } from './merge.ts';
import type { SyncDoc } from './protocol.ts';

const d = (fields: Record<string, unknown>, deleted = false): SyncDoc => ({
  id: 'x',
  _deleted: deleted,
  ...fields,
});

describe('mergeThreeWay', () => {
  it('CONF1: concurrent edits to different fields both survive', () => {
    const r = mergeThreeWay(d({ a: 1, b: 1 }), d({ a: 2, b: 1 }), d({ a: 1, b: 3 }));
    expect(r.merged).toEqual(d({ a: 2, b: 3 }));
    expect(r.conflicts).toEqual([]);
  });

  it('CONF1: nested objects are one value; key order does not matter', () => {
    const r = mergeThreeWay(d({ o: { p: 1, q: 1 } }), d({ o: { q: 1, p: 1 } }), d({ o: { p: 2, q: 1 } }));
    expect(r.merged).toEqual(d({ o: { p: 2, q: 1 } }));
  });

  it('CONF1: a field added by the client and one removed by the server both apply', () => {
    const r = mergeThreeWay(d({ a: 1 }), d({}), d({ a: 1, b: 2 }));
    expect(r.merged).toEqual(d({ b: 2 }));
  });

  it('CONF2: same field changed differently keeps the server value and reports the loser', () => {
    const r = mergeThreeWay(d({ a: 1 }), d({ a: 2 }), d({ a: 3 }));
    expect(r.merged).toEqual(d({ a: 2 }));
    expect(r.conflicts).toEqual([{ field: 'a', base: 1, winner: 2, loser: 3 }]);
  });

  it('CONF2: both sides changing a field to the same value is no conflict', () => {
    const r = mergeThreeWay(d({ a: 1 }), d({ a: 2 }), d({ a: 2 }));
    expect(r.conflicts).toEqual([]);
  });

  it('CONF2: without a base (same id created twice) differing fields conflict, the server wins', () => {
    const r = mergeThreeWay(null, d({ a: 1, b: 1 }), d({ a: 2, c: 5 }));
    expect(r.merged).toEqual(d({ a: 1, b: 1, c: 5 }));
    expect(r.conflicts).toEqual([{ field: 'a', base: undefined, winner: 1, loser: 2 }]);
  });

  it('CONF3: an incoming deletion meeting server edits loses and is recorded', () => {
    const r = mergeThreeWay(d({ a: 1 }), d({ a: 2 }), d({ a: 1 }, true));
    expect(r.merged).toEqual(d({ a: 2 }));
    expect(r.conflicts).toEqual([{ field: '_deleted', base: false, winner: false, loser: true }]);
  });

  it('CONF3: incoming edits revive a document the server deleted, and the deletion is recorded', () => {
    const r = mergeThreeWay(d({ a: 1 }), d({ a: 1 }, true), d({ a: 5 }));
    expect(r.merged).toEqual(d({ a: 5 }));
    expect(r.conflicts.map((c) => c.field)).toEqual(['_deleted']);
  });

  it('CONF3: a deletion without concurrent edits stays deleted', () => {
    const r = mergeThreeWay(d({ a: 1, b: 1 }), d({ a: 1, b: 1 }, true), d({ a: 1, b: 1 }));
    expect(r.merged._deleted).toBe(true);
    expect(r.conflicts).toEqual([]);
  });
});

describe('mergeThreeWay deletions without a base', () => {
  it('CONF3: re-pushing the deletion of a document whose creation ack was lost deletes it', () => {
    const r = mergeThreeWay(null, d({ a: 1 }), d({ a: 1 }, true));
    expect(r.merged._deleted).toBe(true);
    expect(r.conflicts).toEqual([]);
  });

  it('CONF3: a baseless deletion still loses against data it does not hold', () => {
    const r = mergeThreeWay(null, d({ a: 1, b: 2 }), d({ a: 1 }, true));
    expect(r.merged).toEqual(d({ a: 1, b: 2 }));
  });
});

describe('CONF10 derived fields', () => {
  const doc = (fields: Record<string, unknown>) => ({ id: 'd', _deleted: false, ...fields });
  it('CONF10: both sides changed a derived field differently: the server value stays, no record', () => {
    const base = doc({ status: 2, phone: '1' });
    const server = doc({ status: 5, phone: '1' });
    const incoming = doc({ status: 4, phone: '2' });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming, undefined, {
      derived: new Set(['status']),
    });
    expect(merged).toEqual(doc({ status: 5, phone: '2' }));
    expect(conflicts).toEqual([]);
  });

  it('CONF10: a derived field only the client changed is taken (the projection settles it later)', () => {
    const { merged } = mergeThreeWay(doc({ status: 2 }), doc({ status: 2 }), doc({ status: 4 }), undefined, {
      derived: new Set(['status']),
    });
    expect(merged['status']).toBe(4);
  });
});

describe('CONF8 bookkeeping fields', () => {
  const doc = (fields: Record<string, unknown>) => ({ id: 'd', _deleted: false, ...fields });
  it('CONF8: keeps the later instant of a latest-wins field and records no conflict', () => {
    const base = doc({ a: 1, updatedAt: '2026-01-01T00:00:00.000Z' });
    const server = doc({ a: 2, updatedAt: '2026-01-02T00:00:00.000Z' });
    const incoming = doc({ a: 1, b: 3, updatedAt: '2026-01-03T00:00:00.000Z' });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming, undefined, {
      latestWins: new Set(['updatedAt']),
    });
    expect(merged).toEqual(doc({ a: 2, b: 3, updatedAt: '2026-01-03T00:00:00.000Z' }));
    expect(conflicts).toEqual([]);
  });

  it('CONF8: a replayed older stamp never moves the field back', () => {
    const base = doc({ updatedAt: '2026-01-01T00:00:00.000Z' });
    const server = doc({ updatedAt: '2026-01-05T00:00:00.000Z' });
    const incoming = doc({ updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(
      mergeThreeWay(base, server, incoming, undefined, { latestWins: new Set(['updatedAt']) }).merged[
        'updatedAt'
      ],
    ).toBe('2026-01-05T00:00:00.000Z');
  });

  it('CONF2 still applies to the same field when it is not latest-wins', () => {
    const base = doc({ updatedAt: '2026-01-01T00:00:00.000Z' });
    const server = doc({ updatedAt: '2026-01-05T00:00:00.000Z' });
    const incoming = doc({ updatedAt: '2026-01-09T00:00:00.000Z' });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming);
    expect(merged['updatedAt']).toBe('2026-01-05T00:00:00.000Z');
    expect(conflicts).toHaveLength(1);
  });
});

describe('CONF9 nested objects', () => {
  const doc = (applicant: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: 'd',
    _deleted: false,
    applicant,
    ...extra,
  });
  const base = doc({ name: 'An', phone: '0911', address: 'Hà Nội', contact: { email: 'a@x.vn', zalo: '1' } });

  it('CONF9: different keys of the same object both survive, with no conflict', () => {
    const server = doc({ ...base.applicant, phone: '0922' });
    const incoming = doc({ ...base.applicant, address: 'Huế' });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming);
    expect(merged['applicant']).toEqual({
      name: 'An',
      phone: '0922',
      address: 'Huế',
      contact: { email: 'a@x.vn', zalo: '1' },
    });
    expect(conflicts).toEqual([]);
  });

  it('CONF9: the same key changed on both sides keeps the server value and records the dotted path', () => {
    const server = doc({ ...base.applicant, phone: '0922', address: 'Đà Nẵng' });
    const incoming = doc({ ...base.applicant, phone: '0933', contact: { email: 'b@x.vn', zalo: '1' } });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming);
    expect(merged['applicant']).toEqual({
      name: 'An',
      phone: '0922',
      address: 'Đà Nẵng',
      contact: { email: 'b@x.vn', zalo: '1' },
    });
    expect(conflicts).toEqual([{ field: 'applicant.phone', base: '0911', winner: '0922', loser: '0933' }]);
  });

  it('CONF9: recurses into nested objects and removes a key only one side deleted', () => {
    const server = doc({ ...base.applicant, contact: { email: 'a@x.vn', zalo: '2' } });
    const { zalo: _dropped, ...withoutZalo } = base.applicant.contact as Record<string, unknown>;
    const incoming = doc({ ...base.applicant, contact: { ...withoutZalo, email: 'c@x.vn' } });
    const { merged, conflicts } = mergeThreeWay(base, server, incoming);
    expect(merged['applicant']).toMatchObject({ contact: { email: 'c@x.vn' } });
    expect(conflicts).toEqual([
      { field: 'applicant.contact.zalo', base: '1', winner: '2', loser: undefined },
    ]);
  });

  it('CONF9/CONF7: an object the server changed and changed back stays a whole-field conflict', () => {
    const incoming = doc({ ...base.applicant, phone: '0944' });
    const { merged, conflicts } = mergeThreeWay(base, base, incoming, (f) => f === 'applicant');
    expect(merged['applicant']).toEqual(base.applicant);
    expect(conflicts.map((c) => c.field)).toEqual(['applicant']);
  });
});
