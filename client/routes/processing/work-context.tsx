import { createMemo, For, type Accessor, type JSX } from 'solid-js';
import {
  isProcedureField,
  PROCEDURE_FIELD_LABELS,
  ProcedureFieldSchema,
  type ProcedureField,
} from '../../../shared/schemas/procedure';
import { currentUser } from '../../auth/session';
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

/**
 * The field (lĩnh vực) an officer narrows the lists to: the fields of their account when it names
 * some (a processing officer's), else every field (a supervisor sees the whole center).
 */
export function FieldSelect(props: {
  readonly value: ProcedureField | undefined;
  readonly onChange: (field: ProcedureField | undefined) => void;
}): JSX.Element {
  const fields = (): readonly ProcedureField[] => {
    const own = currentUser()?.fields ?? [];
    return own.length > 0 ? own : ProcedureFieldSchema.options;
  };
  return (
    <div class="form-row">
      <label for="processing-field">{t('processing.field')}</label>
      <select
        id="processing-field"
        value={props.value ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(isProcedureField(v) ? v : undefined);
        }}
        data-testid="processing-field"
      >
        <option value="">{t('processing.field.all')}</option>
        <For each={fields()}>{(f) => <option value={f}>{PROCEDURE_FIELD_LABELS[f][locale()]}</option>}</For>
      </select>
    </div>
  );
}
