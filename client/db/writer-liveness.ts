/**
 * Which writers (tabs) are still alive, for the status tally (status-tally.ts T2): a tab holds a
 * Web Lock named after its writer token for as long as its database is open, and the browser
 * releases it when the tab dies, however it dies. Where Web Locks are missing (Node tests) only
 * this JavaScript context's own writers are known to be alive; a wrong "dead" costs a recount,
 * never a wrong count (T4).
 */
export interface WriterLiveness {
  /** Resolves once the writer is known alive; call the returned function when it closes. */
  hold(writer: string): Promise<() => void>;
  alive(writers: readonly string[]): Promise<ReadonlySet<string>>;
}

const PREFIX = 'motcua-writer:';

interface Locks {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

const webLocks = (): Locks | undefined => (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;

const local = new Set<string>();

export const writerLiveness: WriterLiveness = {
  async hold(writer) {
    local.add(writer);
    const locks = webLocks();
    if (locks === undefined) return () => void local.delete(writer);
    let release = (): void => undefined;
    await new Promise<void>((acquired) => {
      void locks.request(
        PREFIX + writer,
        () =>
          new Promise<void>((done) => {
            release = done;
            acquired();
          }),
      );
    });
    return () => {
      local.delete(writer);
      release();
    };
  },
  async alive(writers) {
    const live = new Set(writers.filter((w) => local.has(w)));
    const locks = webLocks();
    if (locks === undefined || live.size === writers.length) return live;
    const { held = [] } = await locks.query();
    for (const lock of held)
      if (lock.name?.startsWith(PREFIX) === true) live.add(lock.name.slice(PREFIX.length));
    return live;
  },
};
