import { Navigate, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, onMount, Show, type JSX } from 'solid-js';
import { safeNext } from '../../auth/access';
import { setPin } from '../../auth/lock';
import { isValidPin } from '../../auth/pin';
import { currentUser } from '../../auth/session';
import { t } from '../../i18n/locale';
import { AuthField } from './auth-field';

/** Sets or changes the local PIN (auth/pin.ts PIN1) of the signed-in user, then goes on to `next`. */
export default function PinSetup(): JSX.Element {
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const [pin, setPinValue] = createSignal('');
  const [again, setAgain] = createSignal('');
  const [errors, setErrors] = createSignal<{ pin?: string; again?: string }>({});
  const [failure, setFailure] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let first: HTMLInputElement | undefined;
  onMount(() => first?.focus());

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (busy()) return;
    setFailure(false);
    if (!isValidPin(pin())) {
      setErrors({ pin: t('pin.error.format') });
      document.getElementById('pin-new')?.focus();
      return;
    }
    if (again() !== pin()) {
      setErrors({ again: t('pin.error.mismatch') });
      document.getElementById('pin-again')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await setPin(pin());
      navigate(safeNext(params.next), { replace: true });
    } catch {
      setFailure(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={currentUser()} fallback={<Navigate href="/signin" />}>
      <section aria-labelledby="pin-title" class="auth-card">
        <h1 id="pin-title">{t('pin.setup.title')}</h1>
        <p class="muted">{t('pin.setup.intro')}</p>
        <form class="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="pin-setup-form">
          <AuthField
            ref={(el) => (first = el)}
            id="pin-new"
            label={t('pin.new')}
            type="password"
            inputMode="numeric"
            autocomplete="new-password"
            maxLength={6}
            value={pin()}
            onInput={setPinValue}
            error={errors().pin}
            testId="pin-new"
          />
          <AuthField
            id="pin-again"
            label={t('pin.confirm')}
            type="password"
            inputMode="numeric"
            autocomplete="new-password"
            maxLength={6}
            value={again()}
            onInput={setAgain}
            error={errors().again}
            testId="pin-again"
          />
          <Show when={failure()}>
            <p class="form-error" role="alert">
              {t('pin.error.failed')}
            </p>
          </Show>
          <div class="actions">
            <button type="submit" class="btn btn--primary" disabled={busy()} data-testid="pin-save">
              {busy() ? t('pin.saving') : t('pin.save')}
            </button>
          </div>
        </form>
      </section>
    </Show>
  );
}
