import { describe, expect, it } from 'vitest';
import { INITIAL_CONNECTION, noteSyncState } from './note-status';

const c = INITIAL_CONNECTION;

describe('note sync state', () => {
  it('NS1: synced only with an open, merged connection', () => {
    expect(noteSyncState({ ...c, connected: true, synced: true })).toBe('synced');
    expect(noteSyncState({ ...c, connected: true, synced: false })).toBe('connecting');
    expect(noteSyncState({ ...c, connected: false, synced: true })).toBe('connecting');
  });

  it('NS2: offline or refused for good means saved on the device only', () => {
    expect(noteSyncState({ ...c, online: false })).toBe('local');
    expect(noteSyncState({ ...c, refused: 'forbidden' })).toBe('local');
  });

  it('NS3: online and not yet merged means connecting', () => {
    expect(noteSyncState(c)).toBe('connecting');
  });
});
