import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../../i18n/locale';

/**
 * The screen around a printable slip (01 receipt, 02–04 notices): back to the dossier, print,
 * and the paper hint, none of which prints (`no-print`); the slip itself is the child.
 */
export function PrintPage(props: {
  readonly label: string;
  readonly backHref: string;
  readonly backLabel: string;
  readonly printLabel: string;
  readonly printTestId: string;
  /** False while there is nothing to print (the catalogue or the slip's step is missing). */
  readonly ready: boolean;
  readonly children: JSX.Element;
}): JSX.Element {
  return (
    <div class="receipt-page" role="region" aria-label={props.label}>
      <div class="receipt-page__actions no-print">
        <A href={props.backHref}>{props.backLabel}</A>
        <button
          type="button"
          class="btn btn--primary"
          data-testid={props.printTestId}
          disabled={!props.ready}
          onClick={() => window.print()}
        >
          {props.printLabel}
        </button>
        <p class="muted form-hint">{t('receipt.printHint')}</p>
      </div>
      {props.children}
    </div>
  );
}
