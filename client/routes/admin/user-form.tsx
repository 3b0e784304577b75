import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { PROCEDURE_FIELD_LABELS, ProcedureFieldSchema } from '../../../shared/schemas/procedure';
import type { ServicePoint } from '../../../shared/schemas/service-point';
import type { ApiResult } from '../../auth/api-result';
import { locale, t } from '../../i18n/locale';
import { errorText } from '../auth/error-text';
import { AuthField } from '../auth/auth-field';
import {
  ROLES,
  ROLE_SCOPES,
  scopeForRole,
  USER_FORM_FIELDS,
  validateUserForm,
  type UserForm,
  type UserFormErrors,
  type UserFormField,
} from './user-form-model';

export interface UserFormProps {
  readonly mode: 'create' | 'edit';
  readonly initial: UserForm;
  readonly servicePoints: readonly ServicePoint[];
  readonly onSubmit: (form: UserForm) => Promise<ApiResult<unknown> | 'no_change'>;
  readonly onCancel: () => void;
}

/**
 * Create or edit one user (user-form-model.ts U1, U2). The first bad field takes focus; the
 * server's error, in the user's language, appears in an alert above the buttons.
 */
export function UserFormView(props: UserFormProps): JSX.Element {
  const [form, setForm] = createStore<UserForm>({ ...props.initial, fields: [...props.initial.fields] });
  const [errors, setErrors] = createSignal<UserFormErrors>({});
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const prefix = props.mode === 'create' ? 'user-new' : 'user-edit';
  const idOf = (f: UserFormField): string => `${prefix}-${f}`;
  const errorOf = (f: UserFormField): string | undefined => {
    const e = errors()[f];
    return e === undefined ? undefined : t(`admin.error.${e}`);
  };
  const scopes = createMemo(() => (form.role === '' ? [] : ROLE_SCOPES[form.role]));

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (busy()) return;
    setFailure(null);
    const found = validateUserForm(form, props.mode);
    setErrors(found);
    const first = USER_FORM_FIELDS.find((f) => found[f] !== undefined);
    if (first !== undefined) {
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setBusy(true);
    const result = await props.onSubmit({ ...form, fields: [...form.fields] });
    setBusy(false);
    if (result === 'no_change') setFailure(t('admin.form.noChange'));
    else if (!result.ok) setFailure(errorText(result.error));
  };

  const describe = (f: UserFormField): string | undefined =>
    errors()[f] === undefined ? undefined : `${idOf(f)}-error`;
  const fieldError = (f: UserFormField): JSX.Element => (
    <Show when={errorOf(f)}>
      {(text) => (
        <p class="form-error" id={`${idOf(f)}-error`} role="alert" data-testid={`${idOf(f)}-error`}>
          {text()}
        </p>
      )}
    </Show>
  );

  return (
    <form class="stack panel" noValidate onSubmit={(e) => void submit(e)} data-testid={`${prefix}-form`}>
      <h2>
        {props.mode === 'create'
          ? t('admin.form.createTitle')
          : t('admin.form.editTitle', { name: props.initial.username })}
      </h2>
      <Show when={Object.keys(errors()).length > 0}>
        <p class="form-error" role="alert">
          {t('admin.form.fixErrors')}
        </p>
      </Show>
      <Show when={props.mode === 'create'}>
        <AuthField
          id={idOf('username')}
          label={t('admin.form.username')}
          value={form.username}
          onInput={(v) => setForm('username', v)}
          maxLength={64}
          error={errorOf('username')}
          testId={idOf('username')}
        />
      </Show>
      <AuthField
        id={idOf('displayName')}
        label={t('admin.form.displayName')}
        value={form.displayName}
        onInput={(v) => setForm('displayName', v)}
        maxLength={128}
        error={errorOf('displayName')}
        testId={idOf('displayName')}
      />
      <div class="form-row">
        <label for={idOf('role')}>{t('admin.form.role')}</label>
        <select
          id={idOf('role')}
          value={form.role}
          aria-invalid={errors().role !== undefined}
          aria-describedby={describe('role')}
          onChange={(e) => {
            const role = ROLES.find((r) => r === e.currentTarget.value) ?? '';
            setForm({ role, scope: scopeForRole(role, form.scope) });
          }}
          data-testid={idOf('role')}
        >
          <option value="">{t('admin.form.choose')}</option>
          <For each={ROLES}>{(r) => <option value={r}>{t(`auth.role.${r}`)}</option>}</For>
        </select>
        {fieldError('role')}
      </div>
      <div class="form-row">
        <label for={idOf('scope')}>{t('admin.form.scope')}</label>
        <select
          id={idOf('scope')}
          value={form.scope}
          aria-invalid={errors().scope !== undefined}
          aria-describedby={describe('scope')}
          onChange={(e) => setForm('scope', scopes().find((s) => s === e.currentTarget.value) ?? '')}
          data-testid={idOf('scope')}
        >
          <option value="">{t('admin.form.choose')}</option>
          <For each={scopes()}>{(s) => <option value={s}>{t(`admin.scope.${s}`)}</option>}</For>
        </select>
        {fieldError('scope')}
      </div>
      <div class="form-row">
        <label for={idOf('servicePointId')}>{t('admin.form.servicePoint')}</label>
        <select
          id={idOf('servicePointId')}
          value={form.servicePointId}
          aria-invalid={errors().servicePointId !== undefined}
          aria-describedby={describe('servicePointId')}
          onChange={(e) => setForm('servicePointId', e.currentTarget.value)}
          data-testid={idOf('servicePointId')}
        >
          <option value="">{t('admin.form.choose')}</option>
          <For each={props.servicePoints}>{(p) => <option value={p.id}>{p.name[locale()]}</option>}</For>
        </select>
        {fieldError('servicePointId')}
      </div>
      <fieldset class="field" id={idOf('fields')} tabIndex={-1} aria-describedby={describe('fields')}>
        <legend>{t('admin.form.fields')}</legend>
        <div class="choice-grid">
          <For each={ProcedureFieldSchema.options}>
            {(f) => (
              <label class="choice">
                <input
                  type="checkbox"
                  value={f}
                  checked={form.fields.includes(f)}
                  onChange={(e) =>
                    setForm('fields', (all) =>
                      e.currentTarget.checked ? [...all, f] : all.filter((x) => x !== f),
                    )
                  }
                />
                {PROCEDURE_FIELD_LABELS[f][locale()]}
              </label>
            )}
          </For>
        </div>
        {fieldError('fields')}
      </fieldset>
      <AuthField
        id={idOf('password')}
        label={t('admin.form.password')}
        type="password"
        autocomplete="new-password"
        maxLength={256}
        value={form.password}
        onInput={(v) => setForm('password', v)}
        hint={props.mode === 'create' ? t('admin.form.passwordHintCreate') : t('admin.form.passwordHintEdit')}
        error={errorOf('password')}
        testId={idOf('password')}
      />
      <Show when={props.mode === 'edit'}>
        <label class="choice">
          <input
            type="checkbox"
            checked={form.disabled}
            onChange={(e) => setForm('disabled', e.currentTarget.checked)}
            data-testid={`${prefix}-disabled`}
          />
          {t('admin.form.disabled')}
        </label>
      </Show>
      <Show when={failure()}>
        {(text) => (
          <p class="form-error" role="alert" data-testid={`${prefix}-failure`}>
            {text()}
          </p>
        )}
      </Show>
      <div class="actions">
        <button type="submit" class="btn btn--primary" disabled={busy()} data-testid={`${prefix}-save`}>
          {busy() ? t('admin.form.saving') : t('admin.form.save')}
        </button>
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          {t('admin.form.cancel')}
        </button>
      </div>
    </form>
  );
}
