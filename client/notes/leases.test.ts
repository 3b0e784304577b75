import { describe, expect, it } from 'vitest';
import { Leases } from './leases';

function setup() {
  const disposed: string[] = [];
  let created = 0;
  const leases = new Leases<string, string>((v) => {
    disposed.push(v);
    return Promise.resolve();
  });
  const open = (key: string) => leases.acquire(key, () => `${key}#${++created}`);
  return { leases, open, disposed };
}

describe('leases', () => {
  it('L1: shared while held, disposed at the last release, created anew after', () => {
    const { leases, open, disposed } = setup();
    const a = open('d1');
    const b = open('d1');
    expect(b.value).toBe(a.value);
    a.release();
    expect(disposed).toEqual([]);
    b.release();
    expect(disposed).toEqual(['d1#1']);
    expect(open('d1').value).toBe('d1#2');
    expect(leases.size).toBe(1);
  });

  it('L2: a double release counts once', () => {
    const { open, disposed } = setup();
    const a = open('d1');
    const b = open('d1');
    a.release();
    a.release();
    expect(disposed).toEqual([]);
    b.release();
    expect(disposed).toEqual(['d1#1']);
  });

  it('L3: closeAll disposes everything and waits; later releases do nothing', async () => {
    let finish: () => void = () => undefined;
    const slow = new Promise<void>((r) => (finish = r));
    const order: string[] = [];
    const leases = new Leases<string, string>((v) => {
      order.push(`dispose ${v}`);
      return v === 'a' ? slow : Promise.resolve();
    });
    const a = leases.acquire('a', () => 'a');
    leases.acquire('b', () => 'b');
    const closed = leases.closeAll().then(() => order.push('closed'));
    await Promise.resolve();
    expect(order).toEqual(['dispose a', 'dispose b']);
    finish();
    await closed;
    expect(order.at(-1)).toBe('closed');
    a.release();
    expect(order.filter((o) => o.startsWith('dispose'))).toHaveLength(2);
    expect(leases.size).toBe(0);
  });
});
