import { A, useNavigate } from '@solidjs/router';
import { createEffect, createMemo, createSignal, on, Show, type JSX } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { ChannelSchema } from '../../../shared/schemas/common';
import { search } from '../../../shared/text/match';
import { validationMessage } from '../../../shared/schemas/messages';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { compressImage } from '../../dossiers/attachments/compress';
import { submitIntake, type IntakeOutcome, type PendingFile } from '../../dossiers/intake';
import {
  emptyExtras,
  parseIntakeExtras,
  type ExtrasErrors,
  type IntakeDocState,
  type IntakeDocDraft,
  type IntakeExtrasDraft,
} from '../../dossiers/intake-extras';
import {
  emptyIntakeForm,
  INTAKE_FIELDS,
  parseIntakeForm,
  type IntakeErrors,
  type IntakeField,
} from '../../dossiers/intake-form';
import { locale, t } from '../../i18n/locale';
import { currentUser } from '../../auth/session';
import { SelectField, TextField } from './form-field';
import { IntakeCodeNotice, useCodeBlockRefresh } from './intake-code-notice';
import { IntakeDecision } from './intake-decision';
import { IntakeDocuments } from './intake-documents';

/** The form's extras as a writable store (IntakeExtrasDraft is read-only for the parser). */
type ExtrasState = {
  documents: Record<string, IntakeDocDraft>;
  payment: IntakeExtrasDraft['payment'];
  outcome: IntakeExtrasDraft['outcome'];
  reason: string;
};

type Failure = Extract<IntakeOutcome, { ok: false }>['error'];

/**
 * Counter intake: who, which procedure, where, how; the procedure's documents with photos or
 * scans, the fee, and the decision (accepted, or not accepted with the reason). Saving is local
 * only (dossiers/intake.ts), with a code from this device's blocks (intake-code-notice.tsx).
 */
export default function NewDossier(): JSX.Element {
  const navigate = useNavigate();
  const catalogue = createCatalogue();
  const [form, setForm] = createStore({ ...emptyIntakeForm(), channel: 'in_person' });
  const [errors, setErrors] = createSignal<IntakeErrors>({});
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [saving, setSaving] = createSignal(false);
  const [extras, setExtras] = createStore<ExtrasState>(emptyExtras());
  const [extrasErrors, setExtrasErrors] = createSignal<ExtrasErrors>({});
  const [files, setFiles] = createSignal<readonly PendingFile[]>([]);
  const [compressing, setCompressing] = createSignal(0);
  const [photoFailed, setPhotoFailed] = createSignal(false);

  const procedure = createMemo(() => catalogue.procedureById().get(form.procedureId));
  // Another procedure has another checklist: start its documents afresh.
  createEffect(
    on(
      () => form.procedureId,
      () => {
        setExtras('documents', reconcile({}));
        setFiles([]);
      },
      { defer: true },
    ),
  );
  const docOf = (id: string) => extras.documents[id] ?? { state: 'missing' as const, attachmentIds: [] };
  const setDocState = (id: string, state: IntakeDocState): void =>
    setExtras('documents', id, { ...docOf(id), state });
  // Photos are compressed on the device (attachments/compress.ts) and kept in memory until saving.
  const addPhotos = async (id: string, picked: readonly File[]): Promise<void> => {
    setPhotoFailed(false);
    setCompressing((n) => n + 1);
    for (const file of picked) {
      const shrunk = await compressImage(file);
      if (!shrunk.ok) {
        setPhotoFailed(true);
        continue;
      }
      const attachmentId = crypto.randomUUID();
      setFiles((fs) => [...fs, { id: attachmentId, requirementId: id, blob: shrunk.blob }]);
      const doc = docOf(id);
      setExtras('documents', id, {
        state: doc.state === 'replaced_by_population_data' ? doc.state : 'digitised',
        attachmentIds: [...doc.attachmentIds, attachmentId],
      });
    }
    setCompressing((n) => n - 1);
  };
  const points = createMemo(() => catalogue.servicePoints().filter((p) => p.kind !== 'online'));
  useCodeBlockRefresh();
  // The officer's own point receives by default (their codes come from its unit's blocks, and
  // they sync that point's dossiers only); without one, the center.
  createEffect(() => {
    const own = points().find((p) => p.id === currentUser()?.servicePointId);
    const fallback = own ?? points().find((p) => p.kind === 'center');
    if (form.receivingPointId === '' && fallback !== undefined) setForm('receivingPointId', fallback.id);
  });
  const unitCode = createMemo(() => points().find((p) => p.id === form.receivingPointId)?.receivingUnitCode);
  const failureText = (f: Failure): string =>
    f === 'codes_no_block' ? t('dossier.codes.error.no_block') : t(`dossier.new.error.${f}`);

  // Officers find a procedure by typing part of its name, with or without diacritics
  // ("dang ky khai sinh"), or its national code; the chosen one always stays in the list.
  const [procedureQuery, setProcedureQuery] = createSignal('');
  const allProcedureOptions = createMemo(() =>
    catalogue
      .procedures()
      .map((p) => ({ value: p.id, label: p.name[locale()], code: p.nationalCode }))
      .sort((a, b) => a.label.localeCompare(b.label, locale())),
  );
  const procedureOptions = createMemo(() => {
    const found = search(procedureQuery(), allProcedureOptions(), (o) => `${o.label} ${o.code ?? ''}`);
    const chosen = allProcedureOptions().find((o) => o.value === form.procedureId);
    return chosen !== undefined && !found.includes(chosen) ? [chosen, ...found] : found;
  });
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
    const more = chosen === undefined ? null : parseIntakeExtras(chosen, extras);
    setExtrasErrors(more === null || more.ok ? {} : more.errors);
    if (
      !parsed.ok ||
      chosen === undefined ||
      point === undefined ||
      Object.keys(found).length > 0 ||
      more?.ok !== true
    ) {
      if (chosen === undefined) found.procedureId ??= 'required';
      if (point === undefined) found.receivingPointId ??= 'required';
      setErrors(found);
      const first = INTAKE_FIELDS.find((f) => found[f] !== undefined);
      if (first !== undefined) document.getElementById(`intake-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const kept = new Set(more.value.documents.flatMap((d) => d.attachmentIds));
    const outcome = await submitIntake(
      parsed.value,
      chosen,
      point,
      catalogue.calendar(),
      more.value,
      files().filter((f) => kept.has(f.id)),
    );
    setSaving(false);
    if (outcome.ok) navigate(`/dossiers/${outcome.id}`);
    else setFailure(outcome.error);
  };

  return (
    <section aria-labelledby="intake-title">
      <h1 id="intake-title">{t('dossier.new.title')}</h1>
      <p class="muted">{t('dossier.new.offlineNote')}</p>
      <IntakeCodeNotice unitCode={unitCode()} />
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
        <div class="form-row">
          <label for="intake-procedure-search">{t('dossier.new.findProcedure')}</label>
          <input
            id="intake-procedure-search"
            data-testid="intake-procedure-search"
            type="search"
            autocomplete="off"
            value={procedureQuery()}
            onInput={(e) => setProcedureQuery(e.currentTarget.value)}
          />
        </div>
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
        <Show when={procedure()}>
          {(p) => (
            <>
              <IntakeDocuments
                procedure={p()}
                docs={extras.documents}
                errors={extrasErrors().documents ?? {}}
                busy={compressing() > 0}
                onState={setDocState}
                onFiles={(id, picked) => void addPhotos(id, picked)}
              />
              <Show when={photoFailed()}>
                <p class="form-error" role="alert">
                  {t('dossier.intake.photoFailed')}
                </p>
              </Show>
              <IntakeDecision
                procedure={p()}
                payment={extras.payment}
                outcome={extras.outcome}
                reason={extras.reason}
                reasonError={extrasErrors().reason}
                onPayment={(v) => setExtras('payment', v)}
                onOutcome={(v) => setExtras('outcome', v)}
                onReason={(v) => setExtras('reason', v)}
              />
            </>
          )}
        </Show>
        <Show when={failure()}>
          {(f) => (
            <p class="form-error" role="alert" data-testid="intake-failure">
              {failureText(f())}
            </p>
          )}
        </Show>
        <div class="actions">
          <button
            type="submit"
            class="btn btn--primary"
            disabled={saving() || compressing() > 0}
            data-testid="intake-submit"
          >
            {saving()
              ? t('dossier.new.saving')
              : extras.outcome === 'not_accepted'
                ? t('dossier.intake.submitRefuse')
                : t('dossier.new.submit')}
          </button>
          <A href="/dossiers">{t('dossier.back')}</A>
        </div>
      </form>
    </section>
  );
}
