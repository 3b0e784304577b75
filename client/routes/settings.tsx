import { For, type JSX } from 'solid-js';
import { LOCALES } from '../../shared/i18n';
import { locale, setLocale, t } from '../i18n/locale';

export default function Settings(): JSX.Element {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset class="field">
        <legend>{t('settings.language')}</legend>
        <p class="muted" id="language-hint">
          {t('settings.languageHint')}
        </p>
        <For each={LOCALES}>
          {(option) => (
            <label class="choice">
              <input
                type="radio"
                name="language"
                value={option}
                checked={locale() === option}
                aria-describedby="language-hint"
                onChange={() => setLocale(option)}
              />
              {t(`lang.${option}`)}
            </label>
          )}
        </For>
      </fieldset>
    </section>
  );
}
