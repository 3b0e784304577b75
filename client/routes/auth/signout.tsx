import { Navigate, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, Match, onMount, Show, Switch, type JSX } from 'solid-js';
import { checkSession, serverSignOut } from '../../auth/auth-api';
import { markPendingLogout } from '../../auth/pending-logout';
import { flushPending, unsyncedChanges } from '../../auth/sign-out-flow';
import { isSignOutReason, isVoluntary, type SignOutReason } from '../../auth/sign-out-reason';
import { currentPhase, signOutHandled, storedSession } from '../../auth/session';
import { wipeDevice } from '../../auth/wipe';
import type { WipePlan } from '../../auth/wipe-plan';
import { t } from '../../i18n/locale';

type Step = 'renewing' | 'flushing' | 'checking' | 'confirm' | 'wiping' | 'failed';

/**
 * The sign-out flow (issue 5): logout, a session the server ended, an expired offline period, or
 * too many wrong PINs. S1: online, pending changes are pushed first (bounded). S2: when changes
 * would still be lost, the officer sees them named (dossier codes) and must confirm. S3: an
 * expired offline period first tries to renew online. S4: after too many wrong PINs nobody is
 * asked — the person at the device is not known to be the officer. Then the wipe (auth/wipe.ts)
 * and a full reload of /signin, which also drops every in-memory copy of the data.
 */
export default function SignOut(): JSX.Element {
  const navigate = useNavigate();
  const [params] = useSearchParams<{ reason?: string }>();
  const reason: SignOutReason = isSignOutReason(params.reason) ? params.reason : 'logout';
  const [step, setStep] = createSignal<Step>('checking');
  const [plan, setPlan] = createSignal<WipePlan | null>(null);
  const [pushed, setPushed] = createSignal(false);
  const [renewFailed, setRenewFailed] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  const wipe = async (): Promise<void> => {
    setStep('wiping');
    const answered = navigator.onLine
      ? await Promise.race([
          serverSignOut().then((r) => r.ok),
          new Promise<false>((r) => setTimeout(() => r(false), 3_000)),
        ])
      : false;
    if (!answered) markPendingLogout({ storage: localStorage }); // PL1
    try {
      await wipeDevice();
      window.location.replace('/signin');
    } catch {
      setStep('failed');
    }
  };

  const run = async (): Promise<void> => {
    signOutHandled();
    if (reason === 'offline_expired' && navigator.onLine) {
      setStep('renewing'); // S3
      const renewed = await checkSession();
      if (renewed.ok && currentPhase() === 'active') {
        navigate('/dossiers', { replace: true });
        return;
      }
      setRenewFailed(true);
    }
    if (reason === 'logout' || reason === 'pin_failed' || reason === 'access_changed') {
      setStep('flushing'); // S1
      setPushed(await flushPending());
    }
    setStep('checking');
    const found = await unsyncedChanges();
    if (reason === 'pin_failed' || (found !== null && found.empty)) {
      await wipe(); // S4
      return;
    }
    setPlan(found);
    setStep('confirm'); // S2
    heading?.focus();
  };

  onMount(() => {
    if (storedSession() !== null) void run();
  });

  return (
    <Show when={storedSession() !== null || step() === 'wiping'} fallback={<Navigate href="/signin" />}>
      <section
        aria-labelledby="signout-title"
        class="auth-card stack"
        data-testid="signout"
        data-step={step()}
      >
        <h1 id="signout-title" tabIndex={-1} ref={(el) => (heading = el)}>
          {t('auth.signout.title')}
        </h1>
        <p>{t(`auth.signout.reason.${reason}`)}</p>
        <Show when={renewFailed()}>
          <p class="muted">{t('auth.signout.renewFailed')}</p>
        </Show>
        <Switch>
          <Match when={step() === 'confirm'}>
            <div class="wipe-warning" role="alert" data-testid="signout-warning">
              <p>{t('auth.signout.warning')}</p>
              <Show when={plan() === null}>
                <p>{t('auth.signout.unknown')}</p>
              </Show>
              <ul data-testid="signout-unsynced">
                <For each={plan()?.dossierCodes ?? []}>
                  {(code) => (
                    <li data-testid="signout-dossier" data-code={code}>
                      {t('auth.signout.dossier', { code })}
                    </li>
                  )}
                </For>
                <Show when={(plan()?.otherCount ?? 0) > 0}>
                  <li>{t('auth.signout.other', { count: plan()?.otherCount ?? 0 })}</li>
                </Show>
              </ul>
              <p class="muted">
                {navigator.onLine && !pushed()
                  ? t('auth.signout.pushFailedHint')
                  : t('auth.signout.offlineHint')}
              </p>
            </div>
            <div class="actions">
              <button
                type="button"
                class="btn btn--danger"
                onClick={() => void wipe()}
                data-testid="signout-confirm"
              >
                {t('auth.signout.confirm')}
              </button>
              <Show when={isVoluntary(reason)}>
                <button
                  type="button"
                  class="btn"
                  onClick={() => navigate('/dossiers')}
                  data-testid="signout-cancel"
                >
                  {t('auth.signout.cancel')}
                </button>
              </Show>
              <Show when={reason === 'offline_expired'}>
                <button type="button" class="btn" onClick={() => window.location.reload()}>
                  {t('auth.signout.retry')}
                </button>
              </Show>
            </div>
          </Match>
          <Match when={step() === 'failed'}>
            <p class="form-error" role="alert">
              {t('auth.signout.failed')}
            </p>
            <button type="button" class="btn btn--danger" onClick={() => void wipe()}>
              {t('auth.signout.confirm')}
            </button>
          </Match>
          <Match when={true}>
            <p role="status" aria-live="polite">
              {step() === 'flushing'
                ? t('auth.signout.flushing')
                : step() === 'wiping'
                  ? t('auth.signout.wiping')
                  : t('auth.signout.checking')}
            </p>
          </Match>
        </Switch>
      </section>
    </Show>
  );
}
