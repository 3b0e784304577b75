import { Show, type JSX } from 'solid-js';

/**
 * A labelled input with its hint and error tied to it (aria-describedby, aria-invalid); the
 * error is role=alert so it is announced when it appears. Tests find the input by its label.
 */
export interface AuthFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly autocomplete?: string;
  readonly inputMode?: 'text' | 'numeric';
  readonly maxLength?: number;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly testId: string;
  readonly ref?: (el: HTMLInputElement) => void;
}

export function AuthField(props: AuthFieldProps): JSX.Element {
  const describedBy = (): string | undefined =>
    [props.hint === undefined ? '' : `${props.id}-hint`, props.error === undefined ? '' : `${props.id}-error`]
      .filter((s) => s !== '')
      .join(' ') || undefined;
  return (
    <div class="form-row">
      <label for={props.id}>{props.label}</label>
      <input
        ref={(el) => props.ref?.(el)}
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete ?? 'off'}
        autocapitalize="none"
        spellcheck={false}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy()}
        data-testid={props.testId}
      />
      <Show when={props.hint}>
        {(hint) => (
          <p class="muted form-hint" id={`${props.id}-hint`}>
            {hint()}
          </p>
        )}
      </Show>
      <Show when={props.error}>
        {(error) => (
          <p class="form-error" id={`${props.id}-error`} role="alert" data-testid={`${props.testId}-error`}>
            {error()}
          </p>
        )}
      </Show>
    </div>
  );
}
