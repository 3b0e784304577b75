import { Show, type JSX } from 'solid-js';
import { translate, type MessageKey } from '../../shared/i18n';
import { vnParts } from './receipt-model';

/**
 * The frame every one-stop slip shares (Circular 01/2018/TT-VPCP templates 01–04, A5): issuer
 * block with the slip number on the left, national motto and "place, date" on the right, then the
 * title. Always Vietnamese whatever the interface language: the slips are legal documents the
 * citizen keeps and other offices read. Layout and print rules: styles.css `.receipt-slip`.
 */
export const vi = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string =>
  translate('vi', key, params);

export interface SlipIssuer {
  /** The center (the form's "tên cơ quan chủ quản"). */
  readonly authority: string;
  /** The receiving point when it is not the center itself. */
  readonly receivingUnit: string | null;
  readonly place: string;
  /** The slip number: the dossier code (receipt-model.ts R2). */
  readonly code: string;
}

export function SlipFrame(props: {
  /** Slip models carry these fields themselves (ReceiptModel, SlipModel). */
  readonly issuer: SlipIssuer;
  /** The instant written in the date line. */
  readonly date: string;
  readonly title: string;
  readonly testId: string;
  readonly numberTestId: string;
  readonly children: JSX.Element;
}): JSX.Element {
  const date = () => vnParts(props.date);
  const titleId = () => `${props.testId}-title`;
  return (
    <article class="receipt-slip" lang="vi" data-testid={props.testId} aria-labelledby={titleId()}>
      <header class="receipt-slip__head">
        <div class="receipt-slip__issuer">
          <p>{props.issuer.authority.toUpperCase()}</p>
          <Show when={props.issuer.receivingUnit}>{(u) => <p>{u().toUpperCase()}</p>}</Show>
          <p class="receipt-slip__strong">{vi('receipt.office')}</p>
          <p data-testid={props.numberTestId}>{vi('receipt.number', { code: props.issuer.code })}</p>
        </div>
        <div class="receipt-slip__nation">
          <p class="receipt-slip__strong">{vi('receipt.nation')}</p>
          <p class="receipt-slip__motto">{vi('receipt.motto')}</p>
          <Show when={date()}>
            {(d) => (
              <p class="receipt-slip__date">
                {vi('receipt.placeDate', { place: props.issuer.place, ...d() })}
              </p>
            )}
          </Show>
        </div>
      </header>
      <h1 id={titleId()} class="receipt-slip__title">
        {props.title}
      </h1>
      {props.children}
    </article>
  );
}

/** One signature column ("title / (sign and write the full name) / name"), right-aligned alone. */
export function SlipSignature(props: {
  readonly title: string;
  readonly hint?: string;
  readonly name: string;
  readonly testId?: string;
}): JSX.Element {
  return (
    <div>
      <p class="receipt-slip__strong">{props.title}</p>
      <p class="receipt-slip__hint">{props.hint ?? vi('receipt.signHint')}</p>
      <p class="receipt-slip__signed" data-testid={props.testId}>
        {props.name}
      </p>
    </div>
  );
}
