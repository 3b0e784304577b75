import { A } from '@solidjs/router';
import { createSignal, onMount, Show, type JSX } from 'solid-js';
import { unlock } from '../../auth/lock';
import { currentUser, requestSignOut } from '../../auth/session';
import { t } from '../../i18n/locale';
import { AuthField } from './auth-field';

/**
 * Shown instead of the app while it is locked (auth/lock.ts). Works offline: the PIN is checked
 * on the device. The fifth wrong PIN asks for a sign-out with wipe (L3).
 */
export function LockScreen(): JSX.Element {
  const [pin, setPin] = createSignal('');
  const [error, setError] = createSignal<string | undefined>();
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;
  onMount(() => input?.focus());

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (busy()) return;
    setBusy(true);
    const outcome = await unlock(pin());
    setBusy(false);
    setPin('');
    if (outcome.kind === 'wipe') requestSignOut('pin_failed');
    else if (outcome.kind === 'wrong') {
      setError(t('pin.lock.wrong', { count: outcome.left }));
      input?.focus();
    }
  };

  return (
    <section class="lock auth-card" aria-labelledby="lock-title" data-testid="lock-screen">
      <img src="/logo.svg" alt="" width="48" height="48" />
      <h1 id="lock-title">{t('pin.lock.title')}</h1>
      <p>{t('pin.lock.intro', { name: currentUser()?.displayName ?? '' })}</p>
      <form class="stack" noValidate onSubmit={(e) => void submit(e)}>
        <AuthField
          ref={(el) => (input = el)}
          id="lock-pin"
          label={t('pin.lock.pin')}
          type="password"
          inputMode="numeric"
          autocomplete="off"
          maxLength={6}
          value={pin()}
          onInput={setPin}
          error={error()}
          testId="lock-pin"
        />
        <div class="actions">
          <button type="submit" class="btn btn--primary" disabled={busy()} data-testid="lock-unlock">
            {busy() ? t('pin.lock.checking') : t('pin.lock.unlock')}
          </button>
          <Show when={!busy()}>
            <A href="/signout?reason=logout" data-testid="lock-signout">
              {t('pin.lock.signOut')}
            </A>
          </Show>
        </div>
      </form>
    </section>
  );
}
