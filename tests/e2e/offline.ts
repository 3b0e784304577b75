import type { BrowserContext, Page } from '@playwright/test';

/**
 * Cuts the network for a whole context, service worker included. `setOffline` alone does not
 * stop requests the service worker makes (ARCHITECTURE.md), so those are aborted as well.
 * WebSockets (measured in this Chromium): new ones fail with close code 1006, but one already
 * open is not closed — it stalls and delivers its queued frames once back online. The notes
 * client closes its own socket on the `offline` event (client/notes/note-session.ts S2).
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.setOffline(false);
}

/** Waits until a service worker controls the page (first visit: after it activates and claims). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}
