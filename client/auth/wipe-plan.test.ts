import { describe, expect, it } from 'vitest';
import { idsToLookUp, planWipe } from './wipe-plan';

const lookup = {
  dossierCodes: new Map([
    ['d1', 'HN-TT-260301-0002'],
    ['d2', 'HN-TT-260301-0001'],
  ]),
  eventDossiers: new Map([
    ['e1', 'd1'],
    ['e2', 'd2'],
    ['e3', 'gone'],
  ]),
};

describe('wipe plan', () => {
  it('W1: names pending dossiers and the dossiers of pending events by code, once, sorted', () => {
    const plan = planWipe(
      new Map([
        ['dossiers', new Set(['d1'])],
        ['dossier_events', new Set(['e1', 'e2'])],
      ]),
      lookup,
    );
    expect(plan).toEqual({
      dossierCodes: ['HN-TT-260301-0001', 'HN-TT-260301-0002'],
      otherCount: 0,
      empty: false,
    });
  });

  it('W2: counts what it cannot name', () => {
    const plan = planWipe(
      new Map([
        ['conflicts', new Set(['c1', 'c2'])],
        ['dossier_events', new Set(['e3'])],
        ['dossiers', new Set(['unknown'])],
      ]),
      lookup,
    );
    expect(plan).toEqual({ dossierCodes: [], otherCount: 4, empty: false });
  });

  it('W3: nothing pending, nothing to warn about', () => {
    expect(planWipe(new Map([['dossiers', new Set()]]), lookup).empty).toBe(true);
    expect(planWipe(new Map(), lookup).empty).toBe(true);
  });

  it('looks up only the pending ids', () => {
    expect(
      idsToLookUp(
        new Map([
          ['dossiers', new Set(['d1'])],
          ['dossier_events', new Set(['e9'])],
        ]),
      ),
    ).toEqual({
      dossiers: ['d1'],
      events: ['e9'],
    });
  });
});
