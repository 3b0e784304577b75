import { For, Show, type JSX } from 'solid-js';

/**
 * A labelled form control with its hint and error tied to it (aria-describedby), so screen
 * readers read them with the field and tests find it by label. The error is role=alert so that
 * it is announced when it appears after a submit.
 */
export interface Common {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly testId: string;
}

export const describedBy = (p: Pick<Common, 'id' | 'hint' | 'error'>): string | undefined =>
  [p.hint === undefined ? '' : `${p.id}-hint`, p.error === undefined ? '' : `${p.id}-error`]
    .filter((s) => s !== '')
    .join(' ') || undefined;

/** The hint and the error under a control, with the ids `describedBy` names. */
export function FieldMessages(props: Pick<Common, 'id' | 'hint' | 'error' | 'testId'>): JSX.Element {
  return (
    <>
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
    </>
  );
}

export function TextField(
  props: Common & {
    readonly type?: 'text' | 'tel';
    readonly inputMode?: 'text' | 'numeric' | 'tel';
    readonly autocomplete?: string;
    readonly maxLength?: number;
  },
): JSX.Element {
  return (
    <div class="form-row">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autocomplete={props.autocomplete ?? 'off'}
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

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField(
  props: Common & { readonly options: readonly Option[]; readonly placeholder: string },
): JSX.Element {
  return (
    <div class="form-row">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onInput(e.currentTarget.value)}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(props)}
        data-testid={props.testId}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
      <FieldMessages {...props} />
    </div>
  );
}
