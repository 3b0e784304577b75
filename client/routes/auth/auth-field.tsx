import type { JSX } from 'solid-js';
import { describedBy, FieldMessages } from '../dossiers/form-field';

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

/** Differs from form-field's TextField only in what sign-in inputs need (password, ref, no autocapitalize). */
export function AuthField(props: AuthFieldProps): JSX.Element {
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
        aria-describedby={describedBy(props)}
        data-testid={props.testId}
      />
      <FieldMessages {...props} />
    </div>
  );
}
