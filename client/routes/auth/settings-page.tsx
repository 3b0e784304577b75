import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { IDLE_CHOICES_MIN } from '../../auth/idle';
import { hasPin, idleMinutes, lockNow, setIdleMinutes } from '../../auth/lock';
import { currentUser } from '../../auth/session';
import { t } from '../../i18n/locale';
import Settings from '../settings';

/** The settings screen plus, for a signed-in user with a PIN, the app lock settings. */
export default function SettingsPage(): JSX.Element {
  return (
    <>
      <Settings />
      <Show when={currentUser() !== null && hasPin()}>
        <section aria-labelledby="lock-settings-title" class="stack lock-settings">
          <h2 id="lock-settings-title">{t('pin.settings.title')}</h2>
          <div class="form-row">
            <label for="lock-idle">{t('pin.settings.idle')}</label>
            <select
              id="lock-idle"
              value={String(idleMinutes())}
              onChange={(e) => setIdleMinutes(Number(e.currentTarget.value))}
              aria-describedby="lock-idle-hint"
              data-testid="lock-idle"
            >
              <For each={IDLE_CHOICES_MIN}>
                {(n) => <option value={String(n)}>{t('pin.settings.minutes', { n })}</option>}
              </For>
            </select>
            <p class="muted form-hint" id="lock-idle-hint">
              {t('pin.settings.idleHint')}
            </p>
          </div>
          <div class="actions">
            <A href="/pin/setup?next=%2Fsettings" class="btn">
              {t('pin.settings.change')}
            </A>
            <button type="button" class="btn" onClick={lockNow} data-testid="lock-now">
              {t('pin.settings.lockNow')}
            </button>
          </div>
        </section>
      </Show>
    </>
  );
}
