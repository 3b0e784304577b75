import { describe, expect, it } from 'vitest';
import { pullAhead } from './pull-ahead';

type Cp = { seq: number };
type Res = { documents: number[]; checkpoint: Cp };

/** A server of `rows` seqs; records every fetch it answers. */
function server(rows: number[]) {
  const fetched: (number | null)[] = [];
  const fetch = (cp: Cp | null, batchSize: number): Promise<Res> => {
    fetched.push(cp?.seq ?? null);
    const after = rows.filter((s) => s > (cp?.seq ?? 0)).slice(0, batchSize);
    return Promise.resolve({ documents: after, checkpoint: { seq: after.at(-1) ?? cp?.seq ?? 0 } });
  };
  return { fetched, fetch, rows };
}

describe('pullAhead', () => {
  it('A1/A2: after a full batch the next one is fetched ahead and served once', async () => {
    const s = server([1, 2, 3, 4, 5]);
    const p = pullAhead(s.fetch);
    const first = await p.pull(null, 2);
    expect(first.documents).toEqual([1, 2]);
    expect(s.fetched).toEqual([null, 2]); // the next batch is already asked for
    const second = await p.pull(first.checkpoint, 2);
    expect(second.documents).toEqual([3, 4]);
    expect(s.fetched).toEqual([null, 2, 4]);
    const third = await p.pull(second.checkpoint, 2);
    expect(third.documents).toEqual([5]);
    expect(s.fetched).toEqual([null, 2, 4]); // short batch: caught up, nothing fetched ahead
  });

  it('A2/A3: rows that arrive after a short batch are fetched afresh, not hidden by a stale answer', async () => {
    const s = server([1, 2]);
    const p = pullAhead(s.fetch);
    const first = await p.pull(null, 2);
    await p.pull(first.checkpoint, 2); // prefetched: empty, caught up
    s.rows.push(3);
    const again = await p.pull(first.checkpoint, 2);
    expect(again.documents).toEqual([3]);
  });

  it('A1: a request from another checkpoint drops the prefetched answer', async () => {
    const s = server([1, 2, 3, 4]);
    const p = pullAhead(s.fetch);
    await p.pull(null, 2);
    const restarted = await p.pull(null, 2);
    expect(restarted.documents).toEqual([1, 2]);
    expect(s.fetched).toEqual([null, 2, null, 2]);
  });

  it('A1: a failed prefetch is fetched again when it is asked for', async () => {
    const s = server([1, 2, 3]);
    let failNext = false;
    const p = pullAhead((cp: Cp | null, n: number) => {
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('down'));
      }
      return s.fetch(cp, n);
    });
    failNext = false;
    const first = p.pull(null, 2);
    failNext = true; // the prefetch started right after the first answer fails
    const a = await first;
    await expect(p.pull(a.checkpoint, 2)).rejects.toThrow('down');
    const retried = await p.pull(a.checkpoint, 2);
    expect(retried.documents).toEqual([3]);
  });
});
