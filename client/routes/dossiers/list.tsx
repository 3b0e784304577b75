import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { formatVnDateTime, statusLabel } from '../../dossiers/format';
import { NO_FILTER, toListFilter, type FilterValues } from '../../dossiers/list/filter-values';
import { latenessBounds } from '../../dossiers/list/lateness-bounds';
import { createNow } from '../../dossiers/now';
import { dossierStatusCounts, LIST_LIMIT, listPage } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { useCodeBlockRefresh } from './intake-code-notice';
import { ListFilters } from './list-filters';
import { DossierRowSummary } from './dossier-row-summary';

/**
 * The dossiers on this device, 50 at a time, filtered and searched through the storage's indexes
 * (client/dossiers/list/list-query.ts): newest first, or by appointment when filtered by lateness.
 */
export default function DossierList(): JSX.Element {
  useCodeBlockRefresh(); // sign-in lands here: fetch this device's code blocks while online
  const catalogue = createCatalogue();
  const now = createNow();
  const [query, setQuery] = createSignal('');
  const [values, setValues] = createSignal<FilterValues>(NO_FILTER);
  const [pages, setPages] = createSignal(1);
  const filter = createMemo(() => toListFilter(values(), query()));
  // Lateness bounds move with the clock (every minute) only while that filter is on.
  const bounds = createMemo(() =>
    filter().lateness === undefined ? undefined : latenessBounds(now(), catalogue.calendar()),
  );
  const limit = (): number => pages() * LIST_LIMIT;
  const dossiers = createRxStore(() => listPage(filter(), bounds(), limit()), []);
  const counts = createRxStore(() => dossierStatusCounts, undefined);
  const total = createMemo(() => {
    const c = counts.value;
    if (!counts.ready || c === undefined) return undefined;
    const f = filter();
    if (f.search || f.lateness || f.procedureId || f.from || f.to) return undefined;
    return f.status === undefined ? Object.values(c).reduce((a, b) => a + b, 0) : (c[f.status] ?? 0);
  });
  const unfiltered = (): boolean => values() === NO_FILTER && query().trim() === '';
  const change = (next: FilterValues): void => {
    setPages(1);
    setValues(next);
  };
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
        <label for="dossier-search">{t('dossier.list.searchAll')}</label>
        <input
          id="dossier-search"
          type="search"
          autocomplete="off"
          value={query()}
          onInput={(e) => {
            setPages(1);
            setQuery(e.currentTarget.value);
          }}
          aria-describedby="dossier-search-hint"
          aria-controls="dossier-list"
          data-testid="dossier-search"
        />
        <p class="muted form-hint" id="dossier-search-hint">
          {t('dossier.list.searchHintAll')}
        </p>
      </div>
      <ListFilters
        values={values()}
        onChange={change}
        counts={counts.value}
        procedures={catalogue.procedures()}
      />
      <Switch>
        <Match when={dossiers.failed}>
          <p role="alert" class="form-error">
            {t('dossier.readFailed')}
          </p>
        </Match>
        <Match when={!dossiers.ready}>
          <p class="muted">{t('dossier.loading')}</p>
        </Match>
        <Match when={dossiers.value.length === 0 && unfiltered()}>
          <p data-testid="dossier-list-empty">{t('dossier.list.empty')}</p>
        </Match>
        <Match when={true}>
          <p class="muted" role="status" data-testid="dossier-count">
            {dossiers.value.length === 0
              ? t('dossier.list.noMatch')
              : total() === undefined
                ? t('dossier.list.shown', { shown: dossiers.value.length })
                : t('dossier.list.shownOf', {
                    shown: dossiers.value.length,
                    total: (total() ?? 0).toLocaleString('vi-VN'),
                  })}
          </p>
          <ul class="dossier-list" id="dossier-list">
            <For each={dossiers.value}>
              {(d) => (
                <li class="dossier-row" data-testid="dossier-row" data-code={d.code} data-id={d.id}>
                  <DossierRowSummary dossier={d} procedureName={procedureName(d.procedureId)} />
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
          <Show when={dossiers.value.length >= limit()}>
            <button type="button" class="btn" data-testid="list-more" onClick={() => setPages(pages() + 1)}>
              {t('dossier.list.more', { n: LIST_LIMIT })}
            </button>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
