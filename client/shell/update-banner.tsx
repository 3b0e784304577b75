import { Show, type JSX } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../i18n/locale';

/**
 * Service-worker registration in "prompt" mode: when a new version is installed and waiting,
 * the officer decides when to reload, so a half-filled form is never thrown away.
 */
export function UpdateBanner(): JSX.Element {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  return (
    <>
      <Show when={needRefresh()}>
        <div class="banner" role="alert" data-testid="update-banner">
          <span>{t('update.available')}</span>
          <button type="button" class="btn btn--primary" onClick={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </button>
          <button type="button" class="btn" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </div>
      </Show>
      <Show when={offlineReady()}>
        <div class="banner banner--info" role="status" data-testid="offline-ready">
          <span>{t('update.offlineReady')}</span>
          <button type="button" class="btn" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </div>
      </Show>
    </>
  );
}
