import { createResource, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import { listDevices, revokeDevice } from '../../auth/auth-api';
import type { Device } from '../../auth/schemas';
import { formatVnDateTime } from '../../dossiers/format';
import { t } from '../../i18n/locale';
import { errorText } from './error-text';

/** The user's own signed-in devices (sessions); any but this one can be revoked. Online only. */
export default function Devices(): JSX.Element {
  const [list, { refetch }] = createResource(listDevices);
  const [notice, setNotice] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = createSignal<string | null>(null);
  const devices = (): Device[] | null => {
    const r = list();
    return r?.ok === true ? r.value : null;
  };
  const failure = (): string | null => {
    const r = list();
    return r?.ok === false ? errorText(r.error) : null;
  };
  const nameOf = (d: Device): string => (d.deviceName === '' ? t('devices.unnamed') : d.deviceName);

  const revoke = async (d: Device): Promise<void> => {
    setBusy(d.id);
    const result = await revokeDevice(d.id);
    setBusy(null);
    setNotice(
      result.ok
        ? { kind: 'ok', text: t('devices.revoked', { name: nameOf(d) }) }
        : { kind: 'error', text: errorText(result.error) },
    );
    if (result.ok) void refetch();
  };

  return (
    <section aria-labelledby="devices-title" class="stack">
      <h1 id="devices-title">{t('devices.title')}</h1>
      <p class="muted">{t('devices.intro')}</p>
      <Show when={notice()}>
        {(n) => (
          <p
            class={n().kind === 'ok' ? 'notice' : 'form-error'}
            role={n().kind === 'ok' ? 'status' : 'alert'}
            data-testid="devices-notice"
          >
            {n().text}
          </p>
        )}
      </Show>
      <Switch>
        <Match when={list.loading}>
          <p class="muted">{t('devices.loading')}</p>
        </Match>
        <Match when={failure()}>
          {(text) => (
            <div class="stack">
              <p class="form-error" role="alert" data-testid="devices-error">
                {text()}
              </p>
              <button type="button" class="btn" onClick={() => void refetch()}>
                {t('devices.reload')}
              </button>
            </div>
          )}
        </Match>
        <Match when={devices()}>
          {(all) => (
            <ul class="device-list" data-testid="device-list">
              <For each={all()}>
                {(d) => (
                  <li class="device-row" data-testid="device-row" data-current={String(d.current)}>
                    <p class="device-row__name">
                      {nameOf(d)}
                      <Show when={d.current}>
                        {' '}
                        <span class="badge" data-testid="device-current">
                          {t('devices.current')}
                        </span>
                      </Show>
                    </p>
                    <p class="muted">
                      {t('devices.lastSeen')}:{' '}
                      <time datetime={d.lastSeenAt}>{formatVnDateTime(d.lastSeenAt)}</time> ·{' '}
                      {t('devices.createdAt')}:{' '}
                      <time datetime={d.createdAt}>{formatVnDateTime(d.createdAt)}</time>
                    </p>
                    <Show when={!d.current}>
                      <button
                        type="button"
                        class="btn"
                        disabled={busy() !== null}
                        aria-label={t('devices.revokeLabel', { name: nameOf(d) })}
                        onClick={() => void revoke(d)}
                        data-testid="device-revoke"
                      >
                        {t('devices.revoke')}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  );
}
