import { For, Show, type JSX } from 'solid-js';
import type { Procedure } from '../../../shared/schemas/procedure';
import type { ExtrasError, IntakeDocDraft, IntakeDocState } from '../../dossiers/intake-extras';
import { locale, t } from '../../i18n/locale';

/**
 * The procedure's required-documents checklist: per document its state, a mark where population
 * data can replace it, and photos or scans from the camera or from files (compressed by the
 * caller, intake-photos.ts). `replaced_by_population_data` is offered only where allowed (X1).
 */
export interface IntakeDocumentsProps {
  readonly procedure: Procedure;
  readonly docs: Readonly<Record<string, IntakeDocDraft>>;
  readonly errors: Readonly<Record<string, ExtrasError>>;
  readonly busy: boolean;
  readonly onState: (requirementId: string, state: IntakeDocState) => void;
  readonly onFiles: (requirementId: string, files: readonly File[]) => void;
}

export function IntakeDocuments(props: IntakeDocumentsProps): JSX.Element {
  const doc = (id: string): IntakeDocDraft => props.docs[id] ?? { state: 'missing', attachmentIds: [] };
  return (
    <fieldset class="intake-docs" data-testid="intake-documents">
      <legend>{t('dossier.documents')}</legend>
      <Show when={props.procedure.documents.length === 0}>
        <p class="muted">{t('dossier.intake.documentsNone')}</p>
      </Show>
      <ol class="intake-docs__list">
        <For each={props.procedure.documents}>
          {(d) => {
            const id = `intake-doc-${d.id}`;
            const states = (): IntakeDocState[] => [
              'missing',
              'received_paper',
              'digitised',
              ...(d.replaceableByPopulationData ? (['replaced_by_population_data'] as const) : []),
            ];
            const error = (): ExtrasError | undefined => props.errors[d.id];
            return (
              <li
                class="intake-docs__item"
                data-testid="intake-doc"
                data-requirement={d.id}
                data-state={doc(d.id).state}
              >
                <p class="intake-docs__name" id={`${id}-name`}>
                  {d.name[locale()]}
                  <Show when={d.replaceableByPopulationData}>
                    {' '}
                    <span class="status-chip intake-docs__replaceable" data-testid="intake-doc-replaceable">
                      {t('dossier.intake.replaceable')}
                    </span>
                  </Show>
                </p>
                <div class="intake-docs__controls">
                  <label for={`${id}-state`} class="visually-hidden">
                    {t('dossier.intake.docState')}
                  </label>
                  <select
                    id={`${id}-state`}
                    value={doc(d.id).state}
                    aria-describedby={`${id}-name${error() === undefined ? '' : ` ${id}-error`}`}
                    aria-invalid={error() !== undefined}
                    onChange={(e) => props.onState(d.id, e.currentTarget.value as IntakeDocState)}
                    data-testid="intake-doc-state"
                  >
                    <For each={states()}>
                      {(s) => <option value={s}>{t(`dossier.intake.docState.${s}`)}</option>}
                    </For>
                  </select>
                  <label class="btn intake-docs__photo">
                    {t('dossier.intake.photo')}
                    <input
                      type="file"
                      accept="image/*"
                      capture="environment"
                      multiple
                      class="visually-hidden"
                      disabled={props.busy}
                      aria-describedby={`${id}-name`}
                      onChange={(e) => {
                        props.onFiles(d.id, [...(e.currentTarget.files ?? [])]);
                        e.currentTarget.value = '';
                      }}
                      data-testid="intake-doc-photo"
                    />
                  </label>
                  <Show when={doc(d.id).attachmentIds.length > 0}>
                    <span class="muted" data-testid="intake-doc-photos">
                      {t('dossier.intake.photos', { count: doc(d.id).attachmentIds.length })}
                    </span>
                  </Show>
                </div>
                <Show when={error()}>
                  {(e) => (
                    <p class="form-error" id={`${id}-error`} role="alert">
                      {t(`dossier.intake.error.${e()}`)}
                    </p>
                  )}
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
    </fieldset>
  );
}
