import type { Timers } from '../timers';

/** Timers that only fire when the test says so (house rule: no sleep() in sync tests). */
export interface ManualTimers extends Timers {
  advance(ms: number): void;
  readonly scheduled: number;
}

export function manualTimers(start = Date.UTC(2026, 0, 5, 1)): ManualTimers {
  let t = start;
  let nextId = 0;
  const tasks = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => t,
    after: (ms, fn) => {
      const id = nextId++;
      tasks.set(id, { at: t + ms, fn });
      return () => void tasks.delete(id);
    },
    advance: (ms) => {
      t += ms;
      const due = [...tasks.entries()].filter(([, task]) => task.at <= t).sort((a, b) => a[1].at - b[1].at);
      for (const [id, task] of due) {
        tasks.delete(id);
        task.fn();
      }
    },
    get scheduled() {
      return tasks.size;
    },
  };
}
