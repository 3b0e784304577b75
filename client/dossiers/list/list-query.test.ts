import { describe, expect, it } from 'vitest';
import { newestKey } from '../../db/list-keys';
import { buildListQueries, latenessRange, receivedRange, type LatenessBounds } from './list-query';

const bounds: LatenessBounds = { now: '2026-03-16T03:00:00.000Z', soonEnd: '2026-03-17T03:00:00.000Z' };

describe('buildListQueries', () => {
  it('Q1: reads newest first from the inverted receivedAt index, ascending', () => {
    expect(buildListQueries({})).toEqual([{ index: ['listNewest'], selector: {}, sort: ['listNewest'] }]);
  });

  it('Q2: bounds the range with the status index and keeps newest first', () => {
    const [q] = buildListQueries({ status: 4 });
    expect(q).toEqual({
      index: ['status', 'listNewest'],
      selector: { status: { $eq: 4 } },
      sort: ['status', 'listNewest'],
    });
  });

  it('Q2: lateness wins over status and procedure, which stay in the selector', () => {
    const [q] = buildListQueries({ lateness: 'late', status: 2, procedureId: 'p1' }, bounds);
    expect(q?.index).toEqual(['listDue']);
    expect(q?.selector).toEqual({
      status: { $eq: 2 },
      procedureId: { $eq: 'p1' },
      listDue: { $gte: '0', $lt: bounds.now },
    });
  });

  it('asks for nothing while the lateness bounds are unknown', () => {
    expect(buildListQueries({ lateness: 'due_soon' })).toEqual([]);
  });

  it('Q3: a date range narrows the procedure index', () => {
    const [q] = buildListQueries({ procedureId: 'p1', from: '2026-03-01', to: '2026-03-02' });
    expect(q?.index).toEqual(['procedureId', 'listNewest']);
    expect(q?.selector['listNewest']).toEqual(receivedRange('2026-03-01', '2026-03-02'));
  });

  it('searches a citizen ID exactly, newest first', () => {
    const [q, ...rest] = buildListQueries({ search: { citizenId: '087084000999' }, status: 2 });
    expect(rest).toEqual([]);
    expect(q).toEqual({
      index: ['applicant.citizenId', 'listNewest'],
      selector: { status: { $eq: 2 }, 'applicant.citizenId': { $eq: '087084000999' } },
      sort: ['applicant.citizenId', 'listNewest'],
    });
  });

  it('searches a code prefix and a name both ways for one plain word', () => {
    const qs = buildListQueries({ search: { codePrefix: 'HN', name: 'hn' } });
    expect(qs.map((q) => q.index)).toEqual([['code'], ['listName'], ['listGiven']]);
    expect(qs[0]?.selector['code']).toEqual({ $gte: 'HN', $lt: 'HN\uffff' });
    expect(qs[2]?.selector['listGiven']).toEqual({ $gte: 'hn', $lt: 'hn\uffff' });
  });
});

describe('receivedRange', () => {
  it('covers whole Vietnamese days, both ends inclusive', () => {
    const range = receivedRange('2026-03-01', '2026-03-02');
    // 2026-03-01 00:00 +07:00 is 2026-02-28T17:00Z; the range ends before 2026-03-03 00:00 +07:00.
    expect(range).toEqual({
      $lte: newestKey(Date.parse('2026-02-28T17:00:00.000Z')),
      $gt: newestKey(Date.parse('2026-03-02T17:00:00.000Z')),
    });
    expect(receivedRange()).toBeUndefined();
    expect(receivedRange('', 'garbage')).toBeUndefined();
  });
});

describe('latenessRange', () => {
  it('splits at now and at the end of "due soon", with the due instant itself still due soon', () => {
    expect(latenessRange('late', bounds)).toEqual({ $gte: '0', $lt: bounds.now });
    expect(latenessRange('due_soon', bounds)).toEqual({ $gte: bounds.now, $lte: bounds.soonEnd });
    expect(latenessRange('on_time', bounds)).toEqual({ $gt: bounds.soonEnd });
  });
});
