import type { JSX } from 'solid-js';
import { t } from '../i18n/locale';

export default function Lookup(): JSX.Element {
  return (
    <section aria-labelledby="lookup-title">
      <h1 id="lookup-title">{t('lookup.title')}</h1>
      <p>{t('lookup.soon')}</p>
    </section>
  );
}
