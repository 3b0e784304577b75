import { onMount, Show, type JSX } from 'solid-js';
import { locale } from '../i18n/locale';
import { messageFor, syncText } from '../sync/messages';
import { syncStatus } from '../sync/status-store';

/**
 * Compact sync status for the top bar: one line (problem, progress or last sync time) and the
 * number of local changes not yet on the server. Mounting it starts the page's sync (idempotent),
 * so wherever the shell is, data replicates. A 426 offers a reload: the reload also lets the
 * update banner install the new version.
 */
export function SyncStatus(): JSX.Element {
  onMount(() => {
    // The database and engine load after first paint, so the shell shows at once (bundle budget).
    void import('../sync/app-sync').then((m) => m.startAppSync()).catch(() => undefined); // the status shows what went wrong
  });
  const s = syncStatus;
  return (
    <div
      class="sync"
      classList={{ 'sync--problem': s().problem !== null, 'sync--offline': !s().online }}
      role="status"
      aria-live="polite"
      aria-label={syncText(locale(), 'sync.label')}
      data-testid="sync-status"
      data-phase={s().phase}
      data-pending={String(s().pending)}
      data-last-sync={s().lastSyncAt === null ? '' : new Date(s().lastSyncAt ?? 0).toISOString()}
      data-problem={s().problem ?? ''}
    >
      <span class="sync__text">{messageFor(locale(), s())}</span>
      <Show when={s().pending > 0}>
        <span class="sync__pending"> · {syncText(locale(), 'sync.pending', { count: s().pending })}</span>
      </Show>
      <Show when={s().problem === 'update_required'}>
        <button type="button" class="btn btn--primary" onClick={() => window.location.reload()}>
          {syncText(locale(), 'sync.reload')}
        </button>
      </Show>
    </div>
  );
}
