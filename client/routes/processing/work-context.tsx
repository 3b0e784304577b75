import { createMemo, type Accessor, type JSX } from 'solid-js';
import type { CatalogueView } from '../../dossiers/catalogue-store';
import { locale, t } from '../../i18n/locale';
import type { WorkRowContext } from './work-row';

/** What every row of the processing lists reads: the clock, the calendar, who "me" is, names. */
export function useWorkContext(
  catalogue: CatalogueView,
  now: Accessor<Date>,
  meId: Accessor<string | undefined>,
): Accessor<WorkRowContext> {
  return createMemo(() => ({
    now: now(),
    calendar: catalogue.calendar(),
    meId: meId(),
    procedureName: (id: string) =>
      catalogue.procedureById().get(id)?.name[locale()] ?? t('dossier.procedureUnknown'),
  }));
}

/** "Only dossiers assigned to me", a labelled checkbox big enough for a thumb. */
export function MineToggle(props: {
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
}): JSX.Element {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        data-testid="processing-mine"
      />
      {t('processing.mine')}
    </label>
  );
}
