import { describe, expect, it } from 'vitest';
import type { StatusInput, StatusState } from './sync-status';
import { initialStatus, reduceStatus } from './sync-status';

const run = (inputs: readonly StatusInput[], start: StatusState = initialStatus(true)): StatusState =>
  inputs.reduce(reduceStatus, start);

describe('sync status reducer', () => {
  it('waits until this tab leads, then shows the first sync until it is done', () => {
    expect(run([]).snapshot.phase).toBe('waiting');
    expect(run([{ type: 'leader' }]).snapshot.phase).toBe('first_sync');
    const s = run([
      { type: 'leader' },
      { type: 'received', count: 200 },
      { type: 'received', count: 50 },
      { type: 'first_sync_done' },
    ]);
    expect(s.snapshot).toMatchObject({ phase: 'idle', received: 250 });
  });

  it('is syncing while any collection is active', () => {
    const s = run([
      { type: 'leader' },
      { type: 'first_sync_done' },
      { type: 'active', collection: 'a', value: true },
      { type: 'active', collection: 'b', value: true },
      { type: 'active', collection: 'a', value: false },
    ]);
    expect(s.snapshot.phase).toBe('syncing');
    expect(reduceStatus(s, { type: 'active', collection: 'b', value: false }).snapshot.phase).toBe('idle');
  });

  it('sums pending changes over collections', () => {
    const s = run([
      { type: 'pending', collection: 'a', count: 2 },
      { type: 'pending', collection: 'b', count: 3 },
      { type: 'pending', collection: 'a', count: 0 },
    ]);
    expect(s.snapshot.pending).toBe(3);
  });

  it('sets the last sync time only when caught up, and a success clears a problem', () => {
    const s = run([
      { type: 'problem', problem: 'network' },
      { type: 'success', caughtUp: false, at: 5 },
    ]);
    expect(s.snapshot).toMatchObject({ problem: null, lastSyncAt: null });
    expect(reduceStatus(s, { type: 'success', caughtUp: true, at: 9 }).snapshot.lastSyncAt).toBe(9);
  });

  it('S1: update_required survives later successes and problems', () => {
    const s = run([
      { type: 'leader' },
      { type: 'problem', problem: 'update_required' },
      { type: 'stopped' },
      { type: 'success', caughtUp: true, at: 1 },
      { type: 'problem', problem: 'network' },
    ]);
    expect(s.snapshot).toMatchObject({ phase: 'stopped', problem: 'update_required' });
  });
});
