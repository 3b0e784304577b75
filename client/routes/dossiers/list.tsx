import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Match, Switch, type JSX } from 'solid-js';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { formatVnDateTime, statusLabel } from '../../dossiers/format';
import { filterDossiers } from '../../dossiers/list-filter';
import { recentDossiers } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { useCodeBlockRefresh } from './intake-code-notice';
import { SyncMarker } from './sync-marker';

/** The newest dossiers on this device; search runs over the loaded page (list-filter.ts). */
export default function DossierList(): JSX.Element {
  useCodeBlockRefresh(); // sign-in lands here: fetch this device's code blocks while online
  const dossiers = createRxStore(() => recentDossiers, []);
  const catalogue = createCatalogue();
  const [query, setQuery] = createSignal('');
  const shown = createMemo(() => filterDossiers(dossiers.value, query()));
  const procedureName = (id: string): string =>
    catalogue.procedureById().get(id)?.name[locale()] ?? t('dossier.procedureUnknown');

  return (
    <section aria-labelledby="dossiers-title">
      <div class="page-head">
        <h1 id="dossiers-title">{t('dossier.list.title')}</h1>
        <A href="/dossiers/new" class="btn btn--primary" data-testid="new-dossier">
          {t('dossier.list.new')}
        </A>
      </div>
      <div class="form-row">
        <label for="dossier-search">{t('dossier.list.search')}</label>
        <input
          id="dossier-search"
          type="search"
          autocomplete="off"
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
          aria-describedby="dossier-search-hint"
          aria-controls="dossier-list"
          data-testid="dossier-search"
        />
        <p class="muted form-hint" id="dossier-search-hint">
          {t('dossier.list.searchHint')}
        </p>
      </div>
      <Switch>
        <Match when={dossiers.failed}>
          <p role="alert" class="form-error">
            {t('dossier.readFailed')}
          </p>
        </Match>
        <Match when={!dossiers.ready}>
          <p class="muted">{t('dossier.loading')}</p>
        </Match>
        <Match when={dossiers.value.length === 0}>
          <p data-testid="dossier-list-empty">{t('dossier.list.empty')}</p>
        </Match>
        <Match when={true}>
          <p class="muted" role="status" data-testid="dossier-count">
            {shown().length === 0
              ? t('dossier.list.noMatch')
              : t('dossier.list.count', { shown: shown().length, total: dossiers.value.length })}
          </p>
          <ul class="dossier-list" id="dossier-list">
            <For each={shown()}>
              {(d) => (
                <li class="dossier-row" data-testid="dossier-row" data-code={d.code} data-id={d.id}>
                  <div class="dossier-row__head">
                    <A href={`/dossiers/${d.id}`} class="dossier-row__code">
                      {d.code}
                    </A>
                    <SyncMarker id={d.id} />
                  </div>
                  <p class="dossier-row__name">{d.applicant.fullName}</p>
                  <p class="muted dossier-row__procedure">{procedureName(d.procedureId)}</p>
                  <p class="dossier-row__meta">
                    <span class="status-chip">{statusLabel(d.status, locale())}</span>
                    <span>
                      {t('dossier.dueAt')}:{' '}
                      <time datetime={d.rescheduledDueAt ?? d.dueAt}>
                        {formatVnDateTime(d.rescheduledDueAt ?? d.dueAt)}
                      </time>
                    </span>
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Match>
      </Switch>
    </section>
  );
}
