import { createResource, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import { assignableFor } from '../../processing/assignable';
import { fetchStaff } from '../../processing/staff';
import { SelectField, TextField } from './form-field';

/**
 * Whom to assign the dossier to: colleagues by name when the list can be fetched (online), else
 * the user id typed in (offline: the list is not kept on the device).
 */
export function AssigneeField(props: {
  readonly field: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly error: string | undefined;
}): JSX.Element {
  const [staff] = createResource(async () => {
    const result = await fetchStaff();
    return result.ok ? result.value : null;
  });
  const options = () =>
    assignableFor(staff() ?? [], props.field).map((s) => ({ value: s.id, label: s.displayName }));
  return (
    <Show
      when={options().length > 0}
      fallback={
        <TextField
          id="processing-assignee"
          label={t('processing.assigneeId')}
          hint={t('processing.assigneeHint')}
          value={props.value}
          onInput={props.onInput}
          error={props.error}
          maxLength={128}
          testId="processing-assignee"
        />
      }
    >
      <SelectField
        id="processing-assignee"
        label={t('processing.assignee.pick')}
        placeholder={t('processing.assignee.placeholder')}
        options={options()}
        value={props.value}
        onInput={props.onInput}
        error={props.error}
        testId="processing-assignee"
      />
    </Show>
  );
}
