import { Match, Switch, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import { isSynced } from '../../sync';

/**
 * Whether this dossier's latest change is on the server. Compact (a badge, only when not synced)
 * for list rows; a sentence for the detail screen. `data-synced` is true/false/unknown for tests.
 */
export function SyncMarker(props: { readonly id: string; readonly long?: boolean }): JSX.Element {
  const synced = (): boolean | undefined => isSynced('dossiers', props.id)();
  const state = (): string => (synced() === undefined ? 'unknown' : String(synced()));
  return (
    <Switch>
      <Match when={props.long === true}>
        <p class="muted" data-testid="dossier-sync" data-synced={state()} role="status">
          {synced() === undefined
            ? t('dossier.sync.unknown')
            : synced()
              ? t('dossier.sync.synced')
              : t('dossier.sync.pendingLong')}
        </p>
      </Match>
      <Match when={synced() === false}>
        <span
          class="badge badge--pending"
          data-testid="unsynced-marker"
          title={t('dossier.sync.pendingLong')}
        >
          {t('dossier.sync.pending')}
        </span>
      </Match>
    </Switch>
  );
}
