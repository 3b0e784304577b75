import { A, useLocation, useNavigate, type RouteSectionProps } from '@solidjs/router';
import { createEffect, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { isLocked, watchIdle } from '../auth/lock';
import { currentUser, pendingSignOut } from '../auth/session';
import { t } from '../i18n/locale';
import { LockScreen } from '../routes/auth/lock-screen';
import { UserMenu } from '../routes/auth/user-menu';
import { NetworkIndicator } from './network-indicator';
import { SyncStatus } from './sync-status';
import { UpdateBanner } from './update-banner';

export function Layout(props: RouteSectionProps): JSX.Element {
  const navigate = useNavigate();
  const location = useLocation();
  // The sign-out flow runs on its own screen; while it runs the lock must not hide it.
  const onSignOut = (): boolean => location.pathname === '/signout';
  const locked = (): boolean => isLocked() && pendingSignOut() === null && !onSignOut();
  // Processing officers and leadership work dossiers after intake (routes/processing).
  const processes = (): boolean => ['processing_officer', 'supervisor'].includes(currentUser()?.role ?? '');

  onMount(() => {
    onCleanup(watchIdle());
    // Loaded after first paint: it brings the API client and zod (bundle budget).
    void import('../auth/startup').then((m) => m.checkSessionOnStart()).catch(() => undefined);
  });
  createEffect(() => {
    const reason = pendingSignOut();
    if (reason !== null && !onSignOut()) navigate(`/signout?reason=${reason}`, { replace: true });
  });

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="topbar">
        <div class="topbar__brand">
          <img src="/logo.svg" alt="" width="32" height="32" />
          <div>
            <p class="topbar__name">{t('app.name')}</p>
            <p class="topbar__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <NetworkIndicator />
      </header>
      <Show when={locked()}>
        <main id="lock" class="content">
          <LockScreen />
        </main>
      </Show>
      {/* Locked: the screens stay mounted (a half-typed intake is not lost) but hidden from
          sight, assistive technology and focus. */}
      <div class="account-bar" hidden={locked()}>
        <UserMenu />
      </div>
      <div hidden={locked()}>
        <SyncStatus />
        <UpdateBanner />
      </div>
      <main id="main" class="content" tabIndex={-1} hidden={locked()}>
        {props.children}
      </main>
      <nav class="tabbar" aria-label={t('nav.menu')} hidden={locked()}>
        <A href="/" end activeClass="is-active">
          {t('nav.home')}
        </A>
        <A href="/dossiers" activeClass="is-active">
          {t('nav.dossiers')}
        </A>
        <Show when={processes()}>
          <A href="/processing" activeClass="is-active" data-testid="nav-processing">
            {t('processing.nav')}
          </A>
        </Show>
        <A href="/queue" activeClass="is-active">
          {t('queue.nav')}
        </A>
        <A href="/lookup" activeClass="is-active">
          {t('nav.lookup')}
        </A>
        <A href="/settings" activeClass="is-active">
          {t('nav.settings')}
        </A>
      </nav>
    </div>
  );
}
