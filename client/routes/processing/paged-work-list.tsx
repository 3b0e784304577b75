import { createEffect, createSignal, Match, on, Show, Switch, type JSX } from 'solid-js';
import type { ListQuery } from '../../dossiers/list/list-query';
import { LIST_LIMIT } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { t } from '../../i18n/locale';
import { workPage } from '../../processing/queries';
import { WorkList, type WorkRowContext } from './work-row';

/**
 * The rows of work-queries.ts queries, 50 more at a time, with loading, failure and "none" said
 * in words. Back to the first page whenever `resetKey` changes (another tab, "mine" toggled);
 * not when only the queries' bounds move with the clock.
 */
export function PagedWorkList(props: {
  readonly queries: readonly ListQuery[];
  readonly resetKey: string;
  readonly ctx: WorkRowContext;
  readonly testId: string;
}): JSX.Element {
  const [pages, setPages] = createSignal(1);
  createEffect(
    on(
      () => props.resetKey,
      () => setPages(1),
      { defer: true },
    ),
  );
  const limit = (): number => pages() * LIST_LIMIT;
  const rows = createRxStore(() => workPage(props.queries, limit()), []);
  return (
    <Switch>
      <Match when={rows.failed}>
        <p role="alert" class="form-error">
          {t('dossier.readFailed')}
        </p>
      </Match>
      <Match when={!rows.ready}>
        <p class="muted">{t('dossier.loading')}</p>
      </Match>
      <Match when={rows.value.length === 0}>
        <p class="muted" data-testid={`${props.testId}-empty`}>
          {t('processing.empty')}
        </p>
      </Match>
      <Match when={true}>
        <p class="muted" role="status">
          {t('processing.shown', { shown: rows.value.length })}
        </p>
        <WorkList rows={rows.value} ctx={props.ctx} testId={props.testId} />
        <Show when={rows.value.length >= limit()}>
          <button type="button" class="btn" onClick={() => setPages(pages() + 1)}>
            {t('processing.more', { n: LIST_LIMIT })}
          </button>
        </Show>
      </Match>
    </Switch>
  );
}
