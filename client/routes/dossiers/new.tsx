import { A, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ChannelSchema } from '../../../shared/schemas/common';
import { validationMessage } from '../../../shared/schemas/messages';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { submitIntake, type IntakeOutcome } from '../../dossiers/intake';
import {
  emptyIntakeForm,
  INTAKE_FIELDS,
  parseIntakeForm,
  type IntakeErrors,
  type IntakeField,
} from '../../dossiers/intake-form';
import { locale, t } from '../../i18n/locale';
import { SelectField, TextField } from './form-field';

type Failure = Extract<IntakeOutcome, { ok: false }>['error'];

/**
 * Minimal counter intake: who, which procedure, where, how. Saving is a local insert only
 * (dossiers/intake.ts); documents, fees and the receipt come with the full intake form.
 */
export default function NewDossier(): JSX.Element {
  const navigate = useNavigate();
  const catalogue = createCatalogue();
  const [form, setForm] = createStore({ ...emptyIntakeForm(), channel: 'in_person' });
  const [errors, setErrors] = createSignal<IntakeErrors>({});
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [saving, setSaving] = createSignal(false);

  const procedure = createMemo(() => catalogue.procedureById().get(form.procedureId));
  const points = createMemo(() => catalogue.servicePoints().filter((p) => p.kind !== 'online'));
  // The center receives by default; the officer may pick the branch or station they work at.
  createEffect(() => {
    const center = points().find((p) => p.kind === 'center');
    if (form.receivingPointId === '' && center !== undefined) setForm('receivingPointId', center.id);
  });

  const procedureOptions = createMemo(() =>
    catalogue
      .procedures()
      .map((p) => ({ value: p.id, label: p.name[locale()] }))
      .sort((a, b) => a.label.localeCompare(b.label, locale())),
  );
  const pointOptions = createMemo(() => points().map((p) => ({ value: p.id, label: p.name[locale()] })));
  const channelOptions = createMemo(() =>
    (procedure()?.channels ?? ChannelSchema.options).map((c) => ({
      value: c,
      label: t(`dossier.channel.${c}`),
    })),
  );
  const errorOf = (f: IntakeField): string | undefined => {
    const code = errors()[f];
    return code === undefined ? undefined : validationMessage(code, locale());
  };
  const field = (f: IntakeField) => ({
    id: `intake-${f}`,
    value: form[f],
    onInput: (v: string) => setForm(f, v),
    error: errorOf(f),
    testId: `intake-${f}`,
  });

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (saving()) return;
    setFailure(null);
    const parsed = parseIntakeForm(form);
    const chosen = procedure();
    const point = points().find((p) => p.id === form.receivingPointId);
    const found: IntakeErrors = parsed.ok ? {} : { ...parsed.errors };
    if (parsed.ok && chosen !== undefined && !chosen.channels.includes(parsed.value.channel))
      found.channel = 'value_invalid';
    if (!parsed.ok || chosen === undefined || point === undefined || Object.keys(found).length > 0) {
      if (chosen === undefined) found.procedureId ??= 'required';
      if (point === undefined) found.receivingPointId ??= 'required';
      setErrors(found);
      const first = INTAKE_FIELDS.find((f) => found[f] !== undefined);
      if (first !== undefined) document.getElementById(`intake-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const outcome = await submitIntake(parsed.value, chosen, point, catalogue.calendar());
    setSaving(false);
    if (outcome.ok) navigate(`/dossiers/${outcome.id}`);
    else setFailure(outcome.error);
  };

  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t('dossier.new.title')}</h1>
      <p class="muted">{t('dossier.new.offlineNote')}</p>
      <Show when={catalogue.ready() && catalogue.procedures().length === 0}>
        <p role="alert" class="form-error">
          {t('dossier.new.catalogueEmpty')}
        </p>
      </Show>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="intake-form">
        <Show when={Object.keys(errors()).length > 0}>
          <p class="form-error" role="alert">
            {t('dossier.new.fixErrors')}
          </p>
        </Show>
        <SelectField
          {...field('procedureId')}
          label={t('dossier.procedure')}
          options={procedureOptions()}
          placeholder={t('dossier.new.choose')}
        />
        <SelectField
          {...field('receivingPointId')}
          label={t('dossier.receivingPoint')}
          options={pointOptions()}
          placeholder={t('dossier.new.choose')}
        />
        <TextField
          {...field('fullName')}
          label={t('dossier.new.fullName')}
          autocomplete="name"
          maxLength={128}
        />
        <TextField
          {...field('citizenId')}
          label={t('dossier.citizenId')}
          hint={t('dossier.new.citizenIdHint')}
          inputMode="numeric"
          maxLength={12}
        />
        <TextField
          {...field('phone')}
          label={t('dossier.phone')}
          type="tel"
          inputMode="tel"
          autocomplete="tel"
        />
        <TextField
          {...field('address')}
          label={t('dossier.address')}
          autocomplete="street-address"
          maxLength={512}
        />
        <SelectField
          {...field('channel')}
          label={t('dossier.channel')}
          options={channelOptions()}
          placeholder={t('dossier.new.choose')}
        />
        <Show when={failure()}>
          {(f) => (
            <p class="form-error" role="alert" data-testid="intake-failure">
              {t(`dossier.new.error.${f()}`)}
            </p>
          )}
        </Show>
        <div class="actions">
          <button type="submit" class="btn btn--primary" disabled={saving()} data-testid="intake-submit">
            {saving() ? t('dossier.new.saving') : t('dossier.new.submit')}
          </button>
          <A href="/dossiers">{t('dossier.back')}</A>
        </div>
      </form>
    </section>
  );
}
