import { createSignal, For, Show, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { DossierEvent } from '../../../shared/schemas/dossier-event';
import { getDatabase } from '../../db';
import { DEMO_OFFICER, signedInActor } from '../../dossiers/demo-actor';
import {
  instantToVnLocal,
  RETURN_METHODS,
  returnResult,
  vnLocalToInstant,
  type ReturnError,
  type ReturnMethod,
} from '../../dossiers/return-result';
import { t } from '../../i18n/locale';
import { TextField } from './form-field';

/**
 * The local write of a result return, on this device only (replication carries it later). The
 * event goes first: it is the truth (DossierSchema D1), so if the second write fails the status
 * cache is stale, never ahead of the log. incrementalPatch re-reads the freshest document, and
 * replaces resultDelivery whole so a counter return drops an old postal address (return-result
 * RR4). Kept beside its only screen until client/dossiers/writes.ts takes it in.
 */
async function saveReturn(dossier: Dossier, event: DossierEvent): Promise<void> {
  const db = await getDatabase();
  await db.dossier_events.insert(event);
  const doc = await db.dossiers.findOne(dossier.id).exec();
  if (doc === null) throw new Error('dossier not found on this device');
  await doc.incrementalPatch({
    status: dossier.status,
    resultDelivery: dossier.resultDelivery,
    updatedAt: dossier.updatedAt,
  });
}

/** Which input an error belongs to; `form` errors are shown above the button. */
const fieldOf = (e: ReturnError): 'recipient' | 'address' | 'time' | 'form' =>
  e === 'recipient_required'
    ? 'recipient'
    : e === 'address_required'
      ? 'address'
      : e === 'time_invalid' || e === 'time_in_future' || e === 'time_before_received'
        ? 'time'
        : 'form';

/** Marks the result returned (status 9 → 10): recipient, counter or post, and when. */
export function ReturnResultForm(props: { readonly dossier: Dossier }): JSX.Element {
  const [recipient, setRecipient] = createSignal('');
  const [method, setMethod] = createSignal<ReturnMethod>(
    props.dossier.resultDelivery.method === 'postal' ? 'postal' : 'counter',
  );
  const [address, setAddress] = createSignal(props.dossier.resultDelivery.address ?? '');
  const [time, setTime] = createSignal(instantToVnLocal(new Date()));
  const [error, setError] = createSignal<ReturnError | null>(null);
  const [state, setState] = createSignal<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const errorFor = (f: 'recipient' | 'address' | 'time'): string | undefined => {
    const e = error();
    return e !== null && fieldOf(e) === f ? t(`result.error.${e}`) : undefined;
  };

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (state() === 'saving') return;
    const now = new Date();
    const result = returnResult(
      props.dossier,
      {
        recipientName: recipient(),
        method: method(),
        address: address(),
        returnedAt: vnLocalToInstant(time()) ?? '',
      },
      signedInActor() ?? DEMO_OFFICER,
      now,
      crypto.randomUUID(),
    );
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setState('saving');
    try {
      await saveReturn(result.dossier, result.event);
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <section aria-labelledby="result-title" class="panel" data-testid="return-result">
      <h2 id="result-title">{t('result.title')}</h2>
      <p class="muted">{t('result.intro')}</p>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <TextField
          id="result-recipient"
          label={t('result.recipient')}
          value={recipient()}
          onInput={setRecipient}
          error={errorFor('recipient')}
          maxLength={128}
          autocomplete="name"
          testId="result-recipient"
        />
        <fieldset class="field">
          <legend>{t('result.method')}</legend>
          <For each={RETURN_METHODS}>
            {(m) => (
              <label class="choice">
                <input
                  type="radio"
                  name="result-method"
                  value={m}
                  checked={method() === m}
                  onChange={() => setMethod(m)}
                  data-testid={`result-method-${m}`}
                />
                {t(`result.method.${m}`)}
              </label>
            )}
          </For>
        </fieldset>
        <Show when={method() === 'postal'}>
          <TextField
            id="result-address"
            label={t('result.address')}
            value={address()}
            onInput={setAddress}
            error={errorFor('address')}
            maxLength={512}
            testId="result-address"
          />
        </Show>
        <div class="form-row">
          <label for="result-time">{t('result.time')}</label>
          <input
            id="result-time"
            type="datetime-local"
            value={time()}
            onInput={(e) => setTime(e.currentTarget.value)}
            aria-invalid={errorFor('time') !== undefined}
            aria-describedby={errorFor('time') === undefined ? undefined : 'result-time-error'}
            data-testid="result-time"
          />
          <Show when={errorFor('time')}>
            {(msg) => (
              <p class="form-error" id="result-time-error" role="alert">
                {msg()}
              </p>
            )}
          </Show>
        </div>
        <Show when={error() !== null && fieldOf(error() ?? 'invalid') === 'form'}>
          <p class="form-error" role="alert" data-testid="result-error">
            {t(`result.error.${error() ?? 'invalid'}`)}
          </p>
        </Show>
        <div class="actions">
          <button
            type="submit"
            class="btn btn--primary"
            disabled={state() === 'saving'}
            data-testid="result-submit"
          >
            {t('result.submit')}
          </button>
        </div>
        <p role="status" class="muted" data-testid="result-notice" data-state={state()}>
          {state() === 'saved' ? t('result.saved') : ''}
        </p>
        <Show when={state() === 'failed'}>
          <p role="alert" class="form-error">
            {t('result.failed')}
          </p>
        </Show>
      </form>
    </section>
  );
}
