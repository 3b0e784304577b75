import { describe, expect, it } from 'vitest';
import { orderEvents } from './timeline';

describe('orderEvents', () => {
  it('orders by time, then register before accept at the same instant', () => {
    const events = [
      { id: 'z', at: '2026-03-02T05:00:00.000Z', type: 'start_processing' as const },
      { id: 'a', at: '2026-03-02T02:00:00.000Z', type: 'accept' as const },
      { id: 'b', at: '2026-03-02T09:00:00+07:00', type: 'register' as const },
    ];
    expect(orderEvents(events).map((e) => e.type)).toEqual(['register', 'accept', 'start_processing']);
  });
});
