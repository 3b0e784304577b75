import { useSearchParams } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import { STATUS_LABELS, isStatusCode } from '../../shared/status/statuses';
import { formatVnDateTime } from '../dossiers/format';
import { locale, t } from '../i18n/locale';
import {
  checkLookupInput,
  lookupDossier,
  retryMinutes,
  type LookupFieldErrors,
  type LookupOutcome,
  type PublicDossier,
} from '../receipt/public-lookup';
import { online } from '../shell/online';
import { TextField } from './dossiers/form-field';

/**
 * /lookup — public, no sign-in: a citizen follows a dossier by the code on slip 01 (its QR code
 * opens /lookup?code=…) and the last 4 digits of the phone given at filing. Only what the server's
 * allow-list returns is shown (public-lookup.ts L1): no name, ID, phone or address.
 */
export default function Lookup(): JSX.Element {
  const [params] = useSearchParams<{ code?: string }>();
  const [code, setCode] = createSignal(typeof params.code === 'string' ? params.code : '');
  const [verify, setVerify] = createSignal('');
  const [fieldErrors, setFieldErrors] = createSignal<LookupFieldErrors>({});
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<LookupOutcome | null>(null);

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const errors = checkLookupInput(code(), verify());
    setFieldErrors(errors);
    if (errors.code !== undefined || errors.verify !== undefined || busy()) return;
    setBusy(true);
    setOutcome(null);
    const result = await lookupDossier(
      (path, init) => fetch(path, init),
      online(),
      code(),
      verify(),
      locale(),
    );
    setOutcome(result);
    setBusy(false);
  };

  const failure = (): string | null => {
    const o = outcome();
    if (o === null || o.ok) return null;
    return o.error === 'rate_limited'
      ? t('lookup.error.rate_limited', { minutes: retryMinutes(o.retryAfterS ?? 60) })
      : t(`lookup.error.${o.error}`);
  };
  const found = (): PublicDossier | null => {
    const o = outcome();
    return o !== null && o.ok ? o.dossier : null;
  };

  return (
    <section aria-labelledby="lookup-title" class="stack">
      <h1 id="lookup-title">{t('lookup.title')}</h1>
      <p>{t('lookup.soon')}</p>
      <form class="panel" noValidate onSubmit={(e) => void submit(e)} data-testid="lookup-form">
        <TextField
          id="lookup-code"
          label={t('lookup.code')}
          hint={t('lookup.codeHint')}
          value={code()}
          onInput={setCode}
          error={fieldErrors().code === undefined ? undefined : t('lookup.error.code_invalid')}
          maxLength={47}
          testId="lookup-code"
        />
        <TextField
          id="lookup-verify"
          label={t('lookup.verify')}
          hint={t('lookup.verifyHint')}
          value={verify()}
          onInput={setVerify}
          error={fieldErrors().verify === undefined ? undefined : t('lookup.error.verify_invalid')}
          inputMode="numeric"
          maxLength={4}
          testId="lookup-verify"
        />
        <div class="actions">
          <button type="submit" class="btn btn--primary" disabled={busy()} data-testid="lookup-submit">
            {busy() ? t('lookup.searching') : t('lookup.submit')}
          </button>
        </div>
      </form>
      <Switch>
        <Match when={failure()}>
          {(message) => (
            <p role="alert" class="form-error" data-testid="lookup-error" data-error={errorCode(outcome())}>
              {message()}
            </p>
          )}
        </Match>
        <Match when={found()}>{(d) => <LookupResult dossier={d()} />}</Match>
      </Switch>
    </section>
  );
}

const errorCode = (o: LookupOutcome | null): string => (o === null || o.ok ? '' : o.error);

function LookupResult(props: { readonly dossier: PublicDossier }): JSX.Element {
  const d = (): PublicDossier => props.dossier;
  // The label in the reader's current language; the server's own label if the code is unknown.
  const status = (): string => {
    const code = d().status;
    return isStatusCode(code) ? STATUS_LABELS[code][locale()] : d().statusLabel;
  };
  return (
    <section
      aria-labelledby="lookup-result-title"
      class="panel"
      data-testid="lookup-result"
      aria-live="polite"
    >
      <h2 id="lookup-result-title">{t('lookup.result', { code: d().code })}</h2>
      <dl class="facts">
        <dt>{t('lookup.procedure')}</dt>
        <dd data-testid="lookup-procedure">{d().procedure.name}</dd>
        <dt>{t('lookup.status')}</dt>
        <dd data-testid="lookup-status" data-status={d().status}>
          {status()}
        </dd>
        <dt>{t('lookup.receivedAt')}</dt>
        <dd>
          <time datetime={d().receivedAt}>{formatVnDateTime(d().receivedAt)}</time>
        </dd>
        <dt>{t('lookup.dueAt')}</dt>
        <dd data-testid="lookup-due">
          <time datetime={d().dueAt}>{formatVnDateTime(d().dueAt)}</time>
        </dd>
      </dl>
      <h3>{t('lookup.timeline')}</h3>
      <ol class="timeline" data-testid="lookup-timeline">
        {/* The server's order is the legal order of the steps (DossierEventSchema E1). */}
        <For each={d().timeline}>
          {(e) => (
            <li data-type={e.type}>
              <time datetime={e.at}>{formatVnDateTime(e.at)}</time> — {t(`dossier.event.${e.type}`)}
              <Show when={e.reason}>{(reason) => <span class="muted"> ({reason()})</span>}</Show>
              <Show when={e.newDueAt}>
                {(due) => (
                  <span> — {t('processing.timeline.newDue', { time: formatVnDateTime(due()) })}</span>
                )}
              </Show>
              <Show when={e.amountVnd}>
                {(amount) => (
                  <span>
                    {' '}
                    — {t('processing.timeline.amount', { amount: amount().toLocaleString('vi-VN') })}
                  </span>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
