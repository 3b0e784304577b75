import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { ProjectionContext } from '../../../shared/status/project-dossier';
import { replay } from '../../../shared/status/replay';
import type { StatusCode } from '../../../shared/status/statuses';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { signedInActor } from '../../dossiers/demo-actor';
import { statusLabel } from '../../dossiers/format';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { availableActions, type ProcessingAction, type SlipTemplate } from '../../processing/actions';
import { storedEventsOf } from '../../processing/queries';
import { slipsOf } from '../../processing/slip-model';
import { ProcessingActionForm } from './processing-action-form';

/**
 * The steps the signed-in officer may take on this dossier now — exactly those the status machine
 * allows for their role and the dossier's LOCAL log (processing/actions.ts), each behind a
 * confirmation — and the slips its steps produced (02, 03, 04). The log, not the cached status,
 * decides (DossierSchema D1); the result shows at once because the write is local.
 */
export function ProcessingPanel(props: { readonly dossier: Dossier }): JSX.Element {
  const id = createMemo(() => props.dossier.id); // re-subscribe only when the dossier changes
  const log = createRxStore(() => storedEventsOf(id()), []);
  const catalogue = createCatalogue();
  const state = createMemo(() => replay(log.value).state);
  const me = createMemo(() => signedInActor());
  const actions = createMemo(() => {
    const actor = me();
    return actor === null ? [] : availableActions(state(), actor);
  });
  const [chosen, setChosen] = createSignal<ProcessingAction | null>(null);
  const [saved, setSaved] = createSignal<StatusCode | null>(null);
  const projection = (): ProjectionContext => ({
    deadline: catalogue.procedureById().get(props.dossier.procedureId)?.deadline,
    calendar: catalogue.calendar(),
  });
  const assignee = (): string => {
    const who = state()?.assigneeId;
    return who === undefined
      ? t('processing.actions.unassigned')
      : who === me()?.id
        ? t('processing.actions.you')
        : who;
  };
  // The form goes away on confirm or cancel: focus returns to the panel, not to the page's top.
  let heading: HTMLHeadingElement | undefined;
  const close = (): void => {
    setChosen(null);
    heading?.focus();
  };
  const done = (status: StatusCode): void => {
    setSaved(status);
    close();
  };

  return (
    <section aria-labelledby="processing-title" class="panel stack" data-testid="processing-panel">
      <h2 id="processing-title" tabIndex={-1} ref={(el) => (heading = el)}>
        {t('processing.actions.title')}
      </h2>
      <p>
        {t('processing.actions.assignee')}: <span data-testid="processing-assignee-now">{assignee()}</span>
      </p>
      <SlipLinks dossierId={props.dossier.id} slips={slipsOf(log.value)} />
      <Show when={log.ready && state() === null}>
        <p class="muted" data-testid="processing-history-missing">
          {t('processing.actions.historyMissing')}
        </p>
      </Show>
      <Show
        when={chosen()}
        fallback={
          <Show
            when={actions().length > 0}
            fallback={
              <Show when={state() !== null}>
                <p class="muted">{t('processing.actions.none')}</p>
              </Show>
            }
          >
            <div class="actions" role="group" aria-label={t('processing.actions.choose')}>
              <For each={actions()}>
                {(a) => (
                  <button
                    type="button"
                    class="btn"
                    disabled={!catalogue.ready()}
                    onClick={() => {
                      setSaved(null);
                      setChosen(a);
                    }}
                    data-testid={`action-${a}`}
                  >
                    {t(`processing.action.${a}`)}
                  </button>
                )}
              </For>
            </div>
          </Show>
        }
      >
        {(a) => (
          <ProcessingActionForm
            action={a()}
            dossier={props.dossier}
            log={log.value}
            projection={projection()}
            onDone={done}
            onCancel={close}
          />
        )}
      </Show>
      <p role="status" class="muted" data-testid="processing-notice" data-status={saved() ?? ''}>
        {saved() === null ? '' : t('processing.saved', { status: statusLabel(saved() ?? 1, locale()) })}
      </p>
    </section>
  );
}

/** Links to the slips this dossier's steps produced (processing/actions.ts A4). */
function SlipLinks(props: {
  readonly dossierId: string;
  readonly slips: readonly SlipTemplate[];
}): JSX.Element {
  return (
    <Show when={props.slips.length > 0}>
      <h3>{t('processing.slips')}</h3>
      <div class="actions">
        <For each={props.slips}>
          {(slip) => (
            <A
              href={`/dossiers/${props.dossierId}/slip/${slip}`}
              class="btn"
              data-testid={`slip-link-${slip}`}
            >
              {t(`slip.link.${slip}`)}
            </A>
          )}
        </For>
      </div>
    </Show>
  );
}
