import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { currentUser } from '../../auth/session';
import { t } from '../../i18n/locale';

/** The signed-in user and the way out, in the top bar; a sign-in link when nobody is. */
export function UserMenu(): JSX.Element {
  return (
    <Show
      when={currentUser()}
      fallback={
        <A href="/signin" class="btn user-menu__signin" data-testid="nav-signin">
          {t('auth.signIn')}
        </A>
      }
    >
      {(user) => (
        <nav class="user-menu" aria-label={t('auth.account')} data-testid="user-menu">
          <span class="user-menu__name" data-testid="user-name" data-username={user().username}>
            {t('auth.signedInAs', { name: user().displayName, role: t(`auth.role.${user().role}`) })}
          </span>
          <A href="/devices">{t('devices.nav')}</A>
          <Show when={user().role === 'administrator'}>
            <A href="/admin/users" data-testid="nav-admin">
              {t('admin.nav')}
            </A>
          </Show>
          <A href="/signout?reason=logout" class="btn" data-testid="signout-button">
            {t('auth.signOut')}
          </A>
        </nav>
      )}
    </Show>
  );
}
