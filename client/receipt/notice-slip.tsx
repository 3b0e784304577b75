import { For, Match, Show, Switch, type JSX } from 'solid-js';
import type { SlipModel } from '../processing/slip-model';
import { vnParts } from './receipt-model';
import { SlipFrame, SlipSignature, vi } from './slip-frame';

/**
 * Slips 02 (supplement request), 03 (refusal) and 04 (apology and new appointment), laid out as the
 * templates of Circular 01/2018/TT-VPCP in the frame of slip 01 (processing/slip-model.ts cites
 * them). The reason is printed line by line, as typed: officers list one missing document per line.
 */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const at = (key: 'slip.04.previous' | 'slip.04.newDue', instant: string | null): string => {
  const p = instant === null ? null : vnParts(instant);
  return p === null ? '' : vi(key, p);
};

export function NoticeSlip(props: { readonly slip: SlipModel }): JSX.Element {
  const s = (): SlipModel => props.slip;
  const office = (): string => s().receivingUnit ?? s().authority;
  return (
    <SlipFrame
      issuer={s()}
      date={s().issuedAt}
      title={vi(`slip.title.${s().template}`)}
      testId="notice-slip"
      numberTestId="notice-number"
    >
      <Show when={s().template === '04'}>
        <p class="receipt-slip__item">{vi('slip.04.to', { name: s().applicant.fullName })}</p>
      </Show>
      <dl class="receipt-slip__facts">
        <dt>{vi('slip.applicant')}</dt>
        <dd class="receipt-slip__strong" data-testid="notice-applicant">
          {s().applicant.fullName}
        </dd>
        <Show when={s().template === '02'}>
          <dt>{vi('slip.address')}</dt>
          <dd>{s().applicant.address}</dd>
          <dt>{vi('slip.phone')}</dt>
          <dd>{s().applicant.phone}</dd>
        </Show>
        <dt>{vi('slip.request')}</dt>
        <dd data-testid="notice-procedure">{s().procedureName}</dd>
        <dt>{vi('slip.code')}</dt>
        <dd data-testid="notice-code">{s().code}</dd>
      </dl>
      <Switch>
        <Match when={s().template === '02'}>
          <p class="receipt-slip__item">{vi('slip.02.intro', { office: office() })}</p>
          <Reason text={s().reason} />
          <p class="receipt-slip__item">{vi('slip.02.contact', { office: office() })}</p>
        </Match>
        <Match when={s().template === '03'}>
          <p class="receipt-slip__item">{vi('slip.03.intro', { office: office() })}</p>
          <Reason text={s().reason} />
          <p class="receipt-slip__item">{vi('slip.03.closing')}</p>
        </Match>
        <Match when={s().template === '04'}>
          <p class="receipt-slip__item">
            {vi('slip.04.received', { office: office(), ...(vnParts(s().receivedAt) ?? {}) })}
          </p>
          <p class="receipt-slip__item" data-testid="notice-previous-due">
            {at('slip.04.previous', s().previousDueAt)}
          </p>
          <p class="receipt-slip__item">{vi('slip.04.reason', { office: office() })}</p>
          <Reason text={s().reason} />
          <p class="receipt-slip__item">{vi('slip.04.apology', { office: office() })}</p>
          <p class="receipt-slip__item receipt-slip__strong" data-testid="notice-new-due">
            {at('slip.04.newDue', s().newDueAt)}
          </p>
          <p class="receipt-slip__item">{vi('slip.04.thanks')}</p>
        </Match>
      </Switch>
      <div class="receipt-slip__signatures">
        <div />
        <SlipSignature
          title={vi(`slip.${s().template}.signer`)}
          {...(s().template === '04' ? { hint: vi('slip.04.signHint') } : {})}
          name={s().signer}
          testId="notice-signer"
        />
      </div>
    </SlipFrame>
  );
}

function Reason(props: { readonly text: string }): JSX.Element {
  return (
    <div class="receipt-slip__docs" data-testid="notice-reason">
      <For each={lines(props.text)}>{(line) => <p class="receipt-slip__item">{line}</p>}</For>
    </div>
  );
}
