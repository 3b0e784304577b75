import { For, Show, type JSX } from 'solid-js';
import type { Procedure } from '../../../shared/schemas/procedure';
import {
  INTAKE_OUTCOMES,
  INTAKE_PAYMENTS,
  type ExtrasError,
  type IntakeOutcomeKind,
  type IntakePayment,
} from '../../dossiers/intake-extras';
import { locale, t } from '../../i18n/locale';

/** Fee and its payment, then the officer's decision: accepted, or not accepted with the reason. */
export interface IntakeDecisionProps {
  readonly procedure: Procedure;
  readonly payment: IntakePayment;
  readonly outcome: IntakeOutcomeKind;
  readonly reason: string;
  readonly reasonError: ExtrasError | undefined;
  readonly onPayment: (p: IntakePayment) => void;
  readonly onOutcome: (o: IntakeOutcomeKind) => void;
  readonly onReason: (r: string) => void;
}

const vnd = (amount: number): string => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;

export function IntakeDecision(props: IntakeDecisionProps): JSX.Element {
  const fee = (): string => {
    const f = props.procedure.fee;
    if (f.amount === 0) return t('dossier.intake.feeFree');
    return f.amount === null ? (f.note?.[locale()] ?? t('dossier.intake.feeVaries')) : vnd(f.amount);
  };
  return (
    <>
      <div class="form-row">
        <p>
          <strong>{t('dossier.fee')}:</strong> <span data-testid="intake-fee">{fee()}</span>
        </p>
        <Show when={props.procedure.fee.amount !== 0}>
          <label for="intake-payment">{t('dossier.intake.payment')}</label>
          <select
            id="intake-payment"
            value={props.payment}
            onChange={(e) => props.onPayment(e.currentTarget.value as IntakePayment)}
            data-testid="intake-payment"
          >
            <For each={INTAKE_PAYMENTS}>{(p) => <option value={p}>{t(`dossier.payment.${p}`)}</option>}</For>
          </select>
        </Show>
      </div>
      <fieldset class="form-row" data-testid="intake-outcome">
        <legend>{t('dossier.intake.outcome')}</legend>
        <For each={INTAKE_OUTCOMES}>
          {(o) => (
            <label class="intake-outcome__choice">
              <input
                type="radio"
                name="intake-outcome"
                value={o}
                checked={props.outcome === o}
                onChange={() => props.onOutcome(o)}
                data-testid={`intake-outcome-${o}`}
              />{' '}
              {t(`dossier.intake.outcome.${o}`)}
            </label>
          )}
        </For>
        <Show when={props.outcome === 'not_accepted'}>
          <label for="intake-reason">{t('dossier.intake.reason')}</label>
          <textarea
            id="intake-reason"
            rows={3}
            maxLength={2000}
            value={props.reason}
            onInput={(e) => props.onReason(e.currentTarget.value)}
            aria-invalid={props.reasonError !== undefined}
            aria-describedby={props.reasonError === undefined ? undefined : 'intake-reason-error'}
            data-testid="intake-reason"
          />
          <Show when={props.reasonError}>
            {(e) => (
              <p class="form-error" id="intake-reason-error" role="alert" data-testid="intake-reason-error">
                {t(`dossier.intake.error.${e()}`)}
              </p>
            )}
          </Show>
        </Show>
      </fieldset>
    </>
  );
}
