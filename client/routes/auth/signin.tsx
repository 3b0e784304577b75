import { Navigate, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, Show, type JSX } from 'solid-js';
import { safeNext } from '../../auth/access';
import { sendPendingLogout, signIn } from '../../auth/auth-api';
import { deviceNameFrom } from '../../auth/device-name';
import { hasPin } from '../../auth/lock';
import { currentPhase } from '../../auth/session';
import { t } from '../../i18n/locale';
import { AuthField } from './auth-field';
import { errorText } from './error-text';

type Field = 'username' | 'password';

/**
 * Sign-in (needs the network once; afterwards the device works offline until offlineUntil).
 * Field errors are checked here first and focus the first bad field; the server's error (in the
 * user's language) is shown in an alert that takes focus. Afterwards: PIN setup, then `next`.
 */
export default function SignIn(): JSX.Element {
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const next = (): string => safeNext(params.next);
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [deviceName, setDeviceName] = createSignal(deviceNameFrom(navigator.userAgent));
  const [errors, setErrors] = createSignal<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let failureEl: HTMLParagraphElement | undefined;
  // Read once: signing in here must not swap the form for a redirect under our own navigate().
  const alreadySignedIn = currentPhase() === 'active';

  const afterSignIn = (): string => (hasPin() ? next() : `/pin/setup?next=${encodeURIComponent(next())}`);

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    if (busy()) return;
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (username().trim() === '') found.username = t('auth.error.usernameRequired');
    if (password() === '') found.password = t('auth.error.passwordRequired');
    setErrors(found);
    const first = (['username', 'password'] as const).find((f) => found[f] !== undefined);
    if (first !== undefined) {
      document.getElementById(`signin-${first}`)?.focus();
      return;
    }
    setBusy(true);
    await sendPendingLogout(); // PL3: before the new session's cookies replace the old ones
    const result = await signIn({ username: username(), password: password(), deviceName: deviceName() });
    setBusy(false);
    if (!result.ok) {
      setPassword('');
      setFailure(errorText(result.error));
      failureEl?.focus();
      return;
    }
    void import('../../sync/app-sync').then((m) => m.startAppSync()).catch(() => undefined);
    navigate(afterSignIn(), { replace: true });
  };

  return (
    <Show when={!alreadySignedIn} fallback={<Navigate href={afterSignIn()} />}>
      <section aria-labelledby="signin-title" class="auth-card">
        <h1 id="signin-title">{t('auth.signin.title')}</h1>
        <p class="muted">{t('auth.signin.intro')}</p>
        <form class="stack" noValidate onSubmit={(e) => void submit(e)} data-testid="signin-form">
          <Show when={failure()}>
            {(text) => (
              <p
                class="form-error"
                role="alert"
                tabIndex={-1}
                ref={(el) => (failureEl = el)}
                data-testid="signin-error"
              >
                {text()}
              </p>
            )}
          </Show>
          <AuthField
            id="signin-username"
            label={t('auth.username')}
            value={username()}
            onInput={setUsername}
            autocomplete="username"
            maxLength={64}
            error={errors().username}
            testId="signin-username"
          />
          <AuthField
            id="signin-password"
            label={t('auth.password')}
            type="password"
            value={password()}
            onInput={setPassword}
            autocomplete="current-password"
            maxLength={256}
            error={errors().password}
            testId="signin-password"
          />
          <AuthField
            id="signin-device"
            label={t('auth.deviceName')}
            value={deviceName()}
            onInput={setDeviceName}
            maxLength={80}
            hint={t('auth.deviceNameHint')}
            testId="signin-device"
          />
          <div class="actions">
            <button type="submit" class="btn btn--primary" disabled={busy()} data-testid="signin-submit">
              {busy() ? t('auth.submitting') : t('auth.submit')}
            </button>
          </div>
        </form>
      </section>
    </Show>
  );
}
