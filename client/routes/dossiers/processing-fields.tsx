import { Show, type JSX } from 'solid-js';
import type { MessageKey } from '../../../shared/i18n';
import { formatVnDateTime } from '../../dossiers/format';
import { t } from '../../i18n/locale';
import { ACTIONS, reasonRequired, type ActionInput, type ProcessingAction } from '../../processing/actions';
import type { StepError } from '../../processing/build-step';
import { AssigneeField } from './assignee-field';
import { TextField } from './form-field';

/** What the reason means for each action that asks for one; it is what the citizen reads. */
const REASON_LABEL: Partial<Record<ProcessingAction, MessageKey>> = {
  request_supplement: 'processing.reason.request_supplement',
  refuse: 'processing.reason.refuse',
  apologise_reschedule: 'processing.reason.apologise_reschedule',
  stop: 'processing.reason.stop',
  request_withdrawal: 'processing.reason.request_withdrawal',
  request_financial_obligation: 'processing.reason.request_financial_obligation',
};

/** The input a builder error belongs to; 'form' errors are shown above the buttons. */
function inputOf(e: StepError): ActionInput | 'form' {
  if (e.startsWith('reason')) return 'reason';
  if (e.startsWith('assignee') || e === 'already_assigned') return 'assigneeId';
  if (e.startsWith('due')) return 'newDueAt';
  return e === 'amount_invalid' ? 'amountVnd' : 'form';
}

/** Whether the error appears under one of this action's inputs (else above the buttons). */
export const shownByField = (action: ProcessingAction, e: StepError): boolean => {
  const input = inputOf(e);
  return input !== 'form' && ACTIONS[action].inputs.includes(input);
};

export type StepValues = Readonly<Record<ActionInput, string>>;

/** The inputs one action asks for (processing/actions.ts), labelled, with their errors tied. */
export function StepFields(props: {
  readonly action: ProcessingAction;
  readonly values: StepValues;
  readonly onInput: (input: ActionInput, value: string) => void;
  readonly error: StepError | null;
  /** The appointment the citizen holds now, for the apology's hint. */
  readonly currentDue: string;
  /** The dossier's field: who may be assigned it. */
  readonly field: string;
}): JSX.Element {
  const has = (input: ActionInput): boolean => ACTIONS[props.action].inputs.includes(input);
  const errorFor = (input: ActionInput): string | undefined =>
    props.error !== null && inputOf(props.error) === input ? t(`processing.error.${props.error}`) : undefined;
  const describe = (id: string, input: ActionInput, hint = false): string | undefined =>
    [hint ? `${id}-hint` : '', errorFor(input) === undefined ? '' : `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  const Error = (p: { id: string; input: ActionInput }): JSX.Element => (
    <Show when={errorFor(p.input)}>
      {(msg) => (
        <p class="form-error" id={`${p.id}-error`} role="alert" data-testid={`${p.id}-error`}>
          {msg()}
        </p>
      )}
    </Show>
  );
  return (
    <>
      <Show when={has('assigneeId')}>
        <AssigneeField
          field={props.field}
          value={props.values.assigneeId}
          onInput={(v) => props.onInput('assigneeId', v)}
          error={errorFor('assigneeId')}
        />
      </Show>
      <Show when={has('amountVnd')}>
        <TextField
          id="processing-amount"
          label={t('processing.amountVnd')}
          inputMode="numeric"
          value={props.values.amountVnd}
          onInput={(v) => props.onInput('amountVnd', v)}
          error={errorFor('amountVnd')}
          maxLength={20}
          testId="processing-amount"
        />
      </Show>
      <Show when={has('newDueAt')}>
        <div class="form-row">
          <label for="processing-due">{t('processing.newDueAt')}</label>
          <input
            id="processing-due"
            type="datetime-local"
            value={props.values.newDueAt}
            onInput={(e) => props.onInput('newDueAt', e.currentTarget.value)}
            aria-invalid={errorFor('newDueAt') !== undefined}
            aria-describedby={describe('processing-due', 'newDueAt', true)}
            data-testid="processing-due"
          />
          <p class="muted form-hint" id="processing-due-hint">
            {t('processing.newDueHint', { time: formatVnDateTime(props.currentDue) })}
          </p>
          <Error id="processing-due" input="newDueAt" />
        </div>
      </Show>
      <Show when={has('reason')}>
        <div class="form-row">
          <label for="processing-reason">{t(REASON_LABEL[props.action] ?? 'processing.reason.stop')}</label>
          <textarea
            id="processing-reason"
            rows={4}
            maxLength={2000}
            required={reasonRequired(props.action)}
            value={props.values.reason}
            onInput={(e) => props.onInput('reason', e.currentTarget.value)}
            aria-invalid={errorFor('reason') !== undefined}
            aria-describedby={describe('processing-reason', 'reason')}
            data-testid="processing-reason"
          />
          <Error id="processing-reason" input="reason" />
        </div>
      </Show>
    </>
  );
}
