import type { JSX } from 'solid-js';
import { t } from '../i18n/locale';

export default function Home(): JSX.Element {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <p class="muted">{t('home.offlineNote')}</p>
    </section>
  );
}
