import { createEffect, createSignal, on, Show, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Dossier } from '../../../shared/schemas/dossier';
import { validationMessage } from '../../../shared/schemas/messages';
import { buildEditPatch, editValuesOf, type EditErrors, type EditField } from '../../dossiers/edit-form';
import { patchDossier } from '../../dossiers/writes';
import { locale, t } from '../../i18n/locale';
import { TextField } from './form-field';

type Notice = 'saved' | 'noChange' | 'failed' | null;

/**
 * Corrects the applicant's phone and address and the delivery address (edit-form.ts U1–U2).
 * The inputs start from the stored values and are reset from them after a save or when a sync
 * pull changes the dossier while the form is untouched, never under the officer's typing.
 */
export function EditContactForm(props: { readonly dossier: Dossier }): JSX.Element {
  const [values, setValues] = createStore(editValuesOf(props.dossier));
  const [dirty, setDirty] = createSignal(false);
  const [errors, setErrors] = createSignal<EditErrors>({});
  const [notice, setNotice] = createSignal<Notice>(null);
  createEffect(
    on(
      () => JSON.stringify(editValuesOf(props.dossier)),
      () => {
        if (!dirty()) setValues(editValuesOf(props.dossier));
      },
      { defer: true },
    ),
  );
  const field = (f: EditField, testId: string) => ({
    id: `edit-${f}`,
    value: values[f],
    onInput: (v: string) => {
      setValues(f, v);
      setDirty(true);
      setNotice(null);
    },
    error: ((code) => (code === undefined ? undefined : validationMessage(code, locale())))(errors()[f]),
    testId,
  });

  const save = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const result = buildEditPatch(props.dossier, { ...values }, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    if (result.patch === null) {
      setDirty(false);
      setNotice('noChange');
      return;
    }
    try {
      await patchDossier(props.dossier.id, result.patch);
      setDirty(false);
      setValues(editValuesOf({ ...props.dossier, ...result.patch }));
      setNotice('saved');
    } catch {
      setNotice('failed');
    }
  };

  return (
    <section aria-labelledby="edit-title" class="panel">
      <h2 id="edit-title">{t('dossier.edit.title')}</h2>
      <form class="stack" noValidate onSubmit={(e) => void save(e)} data-testid="edit-form">
        <TextField
          {...field('phone', 'edit-phone')}
          label={t('dossier.edit.phone')}
          type="tel"
          inputMode="tel"
        />
        <TextField {...field('address', 'edit-address')} label={t('dossier.edit.address')} maxLength={512} />
        <TextField
          {...field('deliveryAddress', 'edit-delivery-address')}
          label={t('dossier.edit.deliveryAddress')}
          maxLength={512}
        />
        <div class="actions">
          <button type="submit" class="btn btn--primary" data-testid="edit-save">
            {t('dossier.edit.save')}
          </button>
        </div>
        {/* Always mounted, so screen readers announce the text when it changes. */}
        <p role="status" class="muted" data-testid="edit-notice" data-notice={notice() ?? ''}>
          {notice() === 'saved' || notice() === 'noChange'
            ? t(`dossier.edit.${notice() === 'saved' ? 'saved' : 'noChange'}`)
            : ''}
        </p>
        <Show when={notice() === 'failed'}>
          <p role="alert" class="form-error">
            {t('dossier.edit.failed')}
          </p>
        </Show>
      </form>
    </section>
  );
}
