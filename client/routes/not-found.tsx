import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { t } from '../i18n/locale';

export default function NotFound(): JSX.Element {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFound.title')}</h1>
      <A href="/">{t('notFound.back')}</A>
    </section>
  );
}
