import { For, type JSX } from 'solid-js';
import { STATUS_CODES } from '../../../shared/status/statuses';
import type { Procedure } from '../../../shared/schemas/procedure';
import { statusLabel } from '../../dossiers/format';
import type { StatusCounts } from '../../dossiers/list/status-counts';
import { LATENESS } from '../../dossiers/list/list-query';
import type { FilterValues } from '../../dossiers/list/filter-values';
import { locale, t } from '../../i18n/locale';

/** The list's filter controls (client/dossiers/list/filter-values.ts holds their meaning). */
interface Props {
  readonly values: FilterValues;
  readonly onChange: (next: FilterValues) => void;
  readonly counts: StatusCounts | undefined;
  readonly procedures: readonly Procedure[];
}

export function ListFilters(props: Props): JSX.Element {
  const set =
    (key: keyof FilterValues) =>
    (e: { currentTarget: HTMLInputElement | HTMLSelectElement }): void =>
      props.onChange({ ...props.values, [key]: e.currentTarget.value });
  const withCount = (label: string, n: number | undefined): string =>
    n === undefined ? label : t('dossier.filter.option', { label, count: n.toLocaleString('vi-VN') });
  const total = (): number | undefined =>
    props.counts === undefined ? undefined : Object.values(props.counts).reduce((a, b) => a + b, 0);

  return (
    <fieldset class="list-filters" aria-controls="dossier-list">
      <legend class="visually-hidden">{t('dossier.filter.legend')}</legend>
      <div class="form-row">
        <label for="list-filter-status">{t('dossier.filter.status')}</label>
        <select
          id="list-filter-status"
          data-testid="list-filter-status"
          value={props.values.status}
          onChange={set('status')}
        >
          <option value="">{withCount(t('dossier.filter.allStatuses'), total())}</option>
          <For each={STATUS_CODES}>
            {(s) => (
              <option value={String(s)}>{withCount(statusLabel(s, locale()), props.counts?.[s])}</option>
            )}
          </For>
        </select>
      </div>
      <div class="form-row">
        <label for="list-filter-lateness">{t('dossier.filter.lateness')}</label>
        <select
          id="list-filter-lateness"
          data-testid="list-filter-lateness"
          value={props.values.lateness}
          onChange={set('lateness')}
          aria-describedby="list-filter-lateness-hint"
        >
          <option value="">{t('dossier.filter.allLateness')}</option>
          <For each={LATENESS}>{(l) => <option value={l}>{t(`dossier.deadline.${l}`)}</option>}</For>
        </select>
        <p class="muted form-hint" id="list-filter-lateness-hint">
          {t('dossier.filter.latenessHint')}
        </p>
      </div>
      <div class="form-row">
        <label for="list-filter-procedure">{t('dossier.filter.procedure')}</label>
        <select
          id="list-filter-procedure"
          data-testid="list-filter-procedure"
          value={props.values.procedureId}
          onChange={set('procedureId')}
        >
          <option value="">{t('dossier.filter.allProcedures')}</option>
          <For each={props.procedures}>{(p) => <option value={p.id}>{p.name[locale()]}</option>}</For>
        </select>
      </div>
      <div class="form-row list-filters__dates">
        <label for="list-filter-from">{t('dossier.filter.from')}</label>
        <input
          id="list-filter-from"
          type="date"
          data-testid="list-filter-from"
          value={props.values.from}
          onChange={set('from')}
        />
        <label for="list-filter-to">{t('dossier.filter.to')}</label>
        <input
          id="list-filter-to"
          type="date"
          data-testid="list-filter-to"
          value={props.values.to}
          onChange={set('to')}
        />
      </div>
    </fieldset>
  );
}
