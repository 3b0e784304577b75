import { A, Navigate, useLocation } from '@solidjs/router';
import { createMemo, Match, Switch, type Component, type JSX } from 'solid-js';
import { gateFor } from '../../auth/access';
import { hasPin } from '../../auth/lock';
import { currentPhase, currentUser } from '../../auth/session';
import { t } from '../../i18n/locale';

/** Wraps an officer screen in the access rules (auth/access.ts R2, R3). */
export function guarded(Screen: Component): Component {
  return function Guarded(): JSX.Element {
    const location = useLocation();
    const gate = createMemo(() =>
      gateFor(`${location.pathname}${location.search}`, {
        phase: currentPhase(),
        role: currentUser()?.role ?? null,
        hasPin: hasPin(),
      }),
    );
    const redirectTo = (): string | null => {
      const g = gate();
      return g.kind === 'redirect' ? g.to : null;
    };
    return (
      <Switch>
        <Match when={gate().kind === 'allow'}>
          <Screen />
        </Match>
        <Match when={gate().kind === 'forbidden'}>
          <section aria-labelledby="forbidden-title" data-testid="forbidden">
            <h1 id="forbidden-title">{t('auth.forbidden.title')}</h1>
            <p>{t('auth.forbidden.body')}</p>
            <A href="/">{t('notFound.back')}</A>
          </section>
        </Match>
        <Match when={redirectTo()}>{(to) => <Navigate href={to()} />}</Match>
      </Switch>
    );
  };
}
