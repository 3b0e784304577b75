import { createSignal, onMount, Show, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { DossierEvent } from '../../../shared/schemas/dossier-event';
import type { ProjectionContext } from '../../../shared/status/project-dossier';
import type { StatusCode } from '../../../shared/status/statuses';
import { getDatabase } from '../../db';
import { DEMO_OFFICER, signedInActor } from '../../dossiers/demo-actor';
import { vnLocalToInstant } from '../../dossiers/return-result';
import { t } from '../../i18n/locale';
import type { ProcessingAction } from '../../processing/actions';
import { buildStep, type StepError } from '../../processing/build-step';
import { recordStep } from '../../processing/record-step';
import { shownByField, StepFields, type StepValues } from './processing-fields';

/**
 * The confirmation step of one action: its inputs (reason where T3 asks for one), then Confirm.
 * The write is local (processing/record-step.ts), so it completes offline, at once.
 */
export function ProcessingActionForm(props: {
  readonly action: ProcessingAction;
  readonly dossier: Dossier;
  readonly log: readonly DossierEvent[];
  readonly projection: ProjectionContext;
  readonly onDone: (status: StatusCode) => void;
  readonly onCancel: () => void;
}): JSX.Element {
  const [values, setValues] = createSignal<StepValues>({
    reason: '',
    assigneeId: '',
    newDueAt: '',
    amountVnd: '',
  });
  const [error, setError] = createSignal<StepError | null>(null);
  const [state, setState] = createSignal<'idle' | 'saving' | 'failed'>('idle');
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (state() === 'saving') return;
    const now = new Date();
    const v = values();
    const built = buildStep(
      {
        dossier: props.dossier,
        log: props.log,
        actor: signedInActor() ?? DEMO_OFFICER,
        now,
        eventId: crypto.randomUUID(),
        projection: props.projection,
      },
      {
        action: props.action,
        reason: v.reason,
        assigneeId: v.assigneeId,
        newDueAt: vnLocalToInstant(v.newDueAt) ?? '',
        amountVnd: v.amountVnd,
      },
    );
    if (!built.ok) {
      setError(built.error);
      return;
    }
    setError(null);
    setState('saving');
    try {
      await recordStep(await getDatabase(), built.event, props.projection, now);
      props.onDone(built.status);
    } catch {
      setState('failed');
    }
  };

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="processing-form"
      data-action={props.action}
    >
      <h3 ref={(el) => (heading = el)} tabIndex={-1}>
        {t('processing.confirmTitle', { action: t(`processing.action.${props.action}`) })}
      </h3>
      <p class="muted">{t('processing.confirmHint')}</p>
      <StepFields
        action={props.action}
        values={values()}
        onInput={(input, value) => setValues({ ...values(), [input]: value })}
        error={error()}
        currentDue={props.dossier.rescheduledDueAt ?? props.dossier.dueAt}
        field={props.dossier.field}
      />
      <Show when={error() !== null && !shownByField(props.action, error() ?? 'invalid')}>
        <p class="form-error" role="alert" data-testid="processing-error">
          {t(`processing.error.${error() ?? 'invalid'}`)}
        </p>
      </Show>
      <Show when={state() === 'failed'}>
        <p class="form-error" role="alert">
          {t('processing.failed')}
        </p>
      </Show>
      <div class="actions">
        <button
          type="submit"
          class="btn btn--primary"
          disabled={state() === 'saving'}
          data-testid="processing-confirm"
        >
          {t('processing.confirm')}
        </button>
        <button type="button" class="btn" onClick={() => props.onCancel()} data-testid="processing-cancel">
          {t('processing.cancel')}
        </button>
      </div>
    </form>
  );
}
