/**
 * Pipelined pulls (issue 8): RxDB asks for the next batch only after it has written the current
 * one, so the server's time and IndexedDB's time would add up. While a full batch is being
 * written, the next one is already on its way. Invariants:
 *  A1. A prefetched answer is used only for a request from exactly the checkpoint it was fetched
 *      from, and at most once; any other request fetches afresh and drops it.
 *  A2. Only after a full batch (more rows are waiting): a short batch means caught up (PULL5),
 *      and a prefetch then would hide rows that arrive later behind a stale "caught up".
 *  A3. A prefetched batch may be older than the request, never wrong: rows changed since have a
 *      higher seq than its checkpoint and come in a later pull (SEQ1).
 */
export interface PullAhead<C, R> {
  pull(checkpoint: C | null, batchSize: number): Promise<R>;
}

export function pullAhead<C, R extends { readonly documents: readonly unknown[]; readonly checkpoint: C }>(
  fetch: (checkpoint: C | null, batchSize: number) => Promise<R>,
): PullAhead<C, R> {
  let ahead: { key: string; batchSize: number; answer: Promise<R> } | null = null;
  const keyOf = (checkpoint: C | null): string => JSON.stringify(checkpoint ?? null);

  return {
    async pull(checkpoint, batchSize) {
      const key = keyOf(checkpoint);
      const hit = ahead !== null && ahead.key === key && ahead.batchSize === batchSize ? ahead : null;
      ahead = null; // A1
      const res = await (hit?.answer ?? fetch(checkpoint, batchSize));
      if (res.documents.length >= batchSize) {
        const answer = fetch(res.checkpoint, batchSize); // A2
        answer.catch(() => undefined); // a failed prefetch is fetched again when asked for
        ahead = { key: keyOf(res.checkpoint), batchSize, answer };
      }
      return res;
    },
  };
}
