import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/schemas/user';
import type { DossierState } from '../../shared/status/state';
import { STATUS_CODES, type StatusCode } from '../../shared/status/statuses';
import { TRANSITIONS } from '../../shared/status/transitions';
import { ACTIONS, availableActions, PROCESSING_ACTIONS, reasonRequired, SLIP_EVENT } from './actions';

const at = (status: StatusCode, assigneeId?: string): DossierState => ({
  status,
  pauses: [],
  ...(assigneeId === undefined ? {} : { assigneeId }),
});
const me = (role: Role) => ({ id: `${role}-1`, role });

describe('processing actions table', () => {
  it('A1/A3: every action offered is one the machine allows for that role and status', () => {
    for (const status of STATUS_CODES)
      for (const role of ['intake_officer', 'processing_officer', 'supervisor', 'citizen'] as const)
        for (const action of availableActions(at(status), me(role))) {
          const rule = TRANSITIONS[ACTIONS[action].event];
          expect(rule.from !== 'none' && rule.from.includes(status), `${action} from ${status}`).toBe(true);
          expect(rule.roles).toContain(role);
        }
  });

  it('offers the processing officer the steps of each status', () => {
    const officer = me('processing_officer');
    expect(availableActions(at(2), officer)).toEqual([
      'take',
      'assign',
      'start_processing',
      'request_supplement',
      'apologise_reschedule',
      'stop',
    ]);
    expect(availableActions(at(4, officer.id), officer)).toEqual([
      'assign',
      'request_supplement',
      'request_financial_obligation',
      'apologise_reschedule',
      'stop',
      'complete',
    ]);
    expect(availableActions(at(5), officer)).toContain('supplement_received');
    expect(availableActions(at(6), officer)).toContain('financial_obligation_fulfilled');
    expect(availableActions(at(7), officer)).toEqual(['stop']);
    for (const done of [3, 8, 9, 10] as const) expect(availableActions(at(done), officer)).toEqual([]); // T2
    expect(availableActions(null, officer)).toEqual([]);
  });

  it('A3: the counter records refusals and withdrawals; it does not take dossiers to process', () => {
    const counter = me('intake_officer');
    expect(availableActions(at(1), counter)).toEqual([
      'assign',
      'request_supplement',
      'request_withdrawal',
      'refuse',
    ]);
    expect(availableActions(at(4), counter)).not.toContain('take');
    expect(availableActions(at(4), me('supervisor'))).toContain('take');
  });

  it('A2/A4: reasons follow T3; slips come from their events', () => {
    expect(PROCESSING_ACTIONS.filter(reasonRequired)).toEqual([
      'request_supplement',
      'request_withdrawal',
      'apologise_reschedule',
      'stop',
      'refuse',
    ]);
    for (const a of PROCESSING_ACTIONS.filter(reasonRequired)) expect(ACTIONS[a].inputs).toContain('reason');
    for (const a of PROCESSING_ACTIONS) {
      const slip = ACTIONS[a].slip;
      if (slip !== undefined) expect(SLIP_EVENT[slip]).toBe(ACTIONS[a].event);
    }
  });
});
