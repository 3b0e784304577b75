import { createRoot, createSignal } from 'solid-js';

/**
 * Whether the browser believes it has a network. This only drives the indicator and wakes the
 * sync engine; the app never waits on it, since every write goes to the device first.
 */
export const online = createRoot(() => {
  const [value, set] = createSignal(navigator.onLine);
  window.addEventListener('online', () => set(true));
  window.addEventListener('offline', () => set(false));
  return value;
});
