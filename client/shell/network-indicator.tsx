import type { JSX } from 'solid-js';
import { t } from '../i18n/locale';
import { online } from './online';

export function NetworkIndicator(): JSX.Element {
  return (
    <p
      class="net"
      classList={{ 'net--offline': !online() }}
      role="status"
      data-testid="network-status"
      data-online={String(online())}
    >
      <span class="net__dot" aria-hidden="true" />
      {online() ? t('net.online') : t('net.offline')}
    </p>
  );
}
