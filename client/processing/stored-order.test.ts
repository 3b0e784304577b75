import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/status/replay';
import { inStoredOrder } from './stored-order';
import { ev, RECEIVED } from './testing/log';

describe('inStoredOrder', () => {
  it('O1: follows the local write time, not the device clocks', () => {
    // Another device's clock ran ahead: its start came before this device's supplement request.
    const start = ev('start_processing', '2026-01-07T02:00:00.000Z', 'processing_officer');
    const supplement = ev('request_supplement', '2026-01-06T02:00:00.000Z', 'processing_officer', {
      reason: 'Tờ khai',
    });
    const [register, accept] = [
      ev('register', RECEIVED, 'intake_officer'),
      ev('accept', RECEIVED, 'intake_officer'),
    ];
    const rows = [
      { event: supplement, lwt: 40 },
      { event: start, lwt: 30 },
      { event: accept, lwt: 20 },
      { event: register, lwt: 10 },
    ];
    const ordered = inStoredOrder(rows);
    expect(ordered.map((e) => e.type)).toEqual([
      'register',
      'accept',
      'start_processing',
      'request_supplement',
    ]);
    expect(replay(ordered).state?.status).toBe(5);
  });

  it('O2: events of one pulled batch (same lwt) replay register before accept, then by time', () => {
    // Ids chosen so that sorting by id alone would put accept first.
    const accept = {
      ...ev('accept', RECEIVED, 'intake_officer'),
      id: '00000000-0000-4000-8000-00000000000a',
    };
    const register = {
      ...ev('register', RECEIVED, 'intake_officer'),
      id: '00000000-0000-4000-8000-00000000000b',
    };
    const start = ev('start_processing', '2026-01-06T02:00:00.000Z', 'processing_officer');
    const ordered = inStoredOrder([
      { event: start, lwt: 7 },
      { event: accept, lwt: 7 },
      { event: register, lwt: 7 },
    ]);
    expect(ordered.map((e) => e.type)).toEqual(['register', 'accept', 'start_processing']);
    expect(replay(ordered).rejected).toEqual([]);
  });
});
