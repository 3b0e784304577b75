import { A, type RouteSectionProps } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../i18n/locale';
import { NetworkIndicator } from './network-indicator';
import { SyncStatus } from './sync-status';
import { UpdateBanner } from './update-banner';

export function Layout(props: RouteSectionProps): JSX.Element {
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
      <SyncStatus />
      <UpdateBanner />
      <main id="main" class="content" tabIndex={-1}>
        {props.children}
      </main>
      <nav class="tabbar" aria-label={t('nav.menu')}>
        <A href="/" end activeClass="is-active">
          {t('nav.home')}
        </A>
        <A href="/dossiers" activeClass="is-active">
          {t('nav.dossiers')}
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
