import { For, Show, type JSX } from 'solid-js';
import { qrSvg } from './qr-svg';
import { vnParts, type ReceiptModel } from './receipt-model';
import { SlipFrame, SlipSignature, vi } from './slip-frame';

/** Slip 01 laid out as the form (receipt-model.ts cites it), in the shared frame (slip-frame.tsx). */
const when = (key: 'receipt.receivedAt' | 'receipt.appointment', instant: string): string => {
  const p = vnParts(instant);
  return p === null ? '' : vi(key, p);
};

export function ReceiptSlip(props: {
  readonly receipt: ReceiptModel;
  readonly lookupUrl: string;
}): JSX.Element {
  const r = (): ReceiptModel => props.receipt;
  return (
    <SlipFrame
      issuer={r()}
      date={r().receivedAt}
      title={vi('receipt.title')}
      testId="receipt-slip"
      numberTestId="receipt-number"
    >
      {/* The QR carries the public lookup address only, never personal data. It floats right so
          the code and the applicant lines run beside it and the slip stays on one A5 sheet. */}
      <div
        class="receipt-slip__qr"
        role="img"
        aria-label={vi('receipt.qrLabel', { code: r().code })}
        data-testid="receipt-qr"
        data-url={props.lookupUrl}
        innerHTML={qrSvg(props.lookupUrl)}
      />
      <p class="receipt-slip__code-line">
        {vi('receipt.code')}{' '}
        <strong data-testid="receipt-code" class="receipt-slip__code">
          {r().code}
        </strong>
      </p>

      <dl class="receipt-slip__facts">
        <dt>{vi('receipt.section')}</dt>
        <dd>{r().receivingUnit ?? r().authority}</dd>
        <dt>{vi('receipt.applicant')}</dt>
        <dd data-testid="receipt-applicant" class="receipt-slip__strong">
          {r().applicant.fullName}
        </dd>
        <dt>{vi('receipt.address')}</dt>
        <dd>{r().applicant.address}</dd>
        <dt>{vi('receipt.phone')}</dt>
        <dd>{r().applicant.phone}</dd>
        <Show when={r().applicant.email}>
          {(email) => (
            <>
              <dt>{vi('receipt.email')}</dt>
              <dd>{email()}</dd>
            </>
          )}
        </Show>
        <dt>{vi('receipt.request')}</dt>
        <dd data-testid="receipt-procedure">{r().procedureName}</dd>
        <dt>{vi('receipt.channel')}</dt>
        <dd>{vi(`dossier.channel.${r().channel}`)}</dd>
      </dl>

      <p class="receipt-slip__item">{vi('receipt.documents')}</p>
      <ol class="receipt-slip__docs" data-testid="receipt-documents">
        <For each={r().documents}>
          {(doc) => (
            <li>
              {doc.name} ({vi('receipt.docCounts', { originals: doc.originals, copies: doc.copies })}
              <Show when={doc.handling === 'present'}>, {vi('receipt.docPresent')}</Show>):{' '}
              <em>{vi(`receipt.docState.${doc.state}`)}</em>
            </li>
          )}
        </For>
      </ol>
      <p class="receipt-slip__item">{vi('receipt.sets')}</p>
      <p class="receipt-slip__item">
        {vi('receipt.deadline', {
          value: r().deadline.value,
          unit: vi(`receipt.deadlineUnit.${r().deadline.unit}`),
        })}
      </p>
      <p class="receipt-slip__item">
        <time datetime={r().receivedAt}>{when('receipt.receivedAt', r().receivedAt)}</time>
      </p>
      <p class="receipt-slip__item receipt-slip__strong">
        <time datetime={r().appointmentAt} data-testid="receipt-appointment">
          {when('receipt.appointment', r().appointmentAt)}
        </time>
      </p>
      <p class="receipt-slip__item">
        {vi('receipt.collectAt')} {vi(`dossier.delivery.${r().delivery.method}`)}
        <Show when={r().delivery.where}>{(where) => <> — {where()}</>}</Show>
      </p>

      <div class="receipt-slip__signatures">
        <SlipSignature title={vi('receipt.filer')} name={r().applicant.fullName} />
        <SlipSignature title={vi('receipt.officer')} name={r().officerName} testId="receipt-officer" />
      </div>
      <p class="receipt-slip__note">{vi('receipt.qrNote', { url: props.lookupUrl })}</p>
    </SlipFrame>
  );
}
