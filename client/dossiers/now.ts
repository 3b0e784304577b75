import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** The current time, refreshed every minute while the screen lives: deadlines count down. */
export function createNow(intervalMs = 60_000): Accessor<Date> {
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), intervalMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
