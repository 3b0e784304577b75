import { For, Show, type JSX } from 'solid-js';
import type { DossierEvent } from '../../../shared/schemas/dossier-event';
import { formatVnDateTime } from '../../dossiers/format';
import { orderEvents } from '../../dossiers/timeline';
import { t } from '../../i18n/locale';

/** The dossier's steps as this device knows them (events replicate like any document). */
export function EventTimeline(props: { readonly events: readonly DossierEvent[] }): JSX.Element {
  return (
    <section aria-labelledby="timeline-title" class="panel">
      <h2 id="timeline-title">{t('dossier.timeline.title')}</h2>
      <Show when={props.events.length > 0} fallback={<p class="muted">{t('dossier.timeline.empty')}</p>}>
        <ol class="timeline" data-testid="timeline">
          <For each={orderEvents(props.events)}>
            {(e) => (
              <li data-testid="timeline-event" data-type={e.type}>
                <time datetime={e.at}>{formatVnDateTime(e.at)}</time> — {t(`dossier.event.${e.type}`)}
                <Show when={e.reason}>{(reason) => <span class="muted"> ({reason()})</span>}</Show>
                <Show when={e.payload.newDueAt}>
                  {(due) => (
                    <span class="muted" data-testid="timeline-new-due">
                      {' '}
                      — {t('processing.timeline.newDue', { time: formatVnDateTime(due()) })}
                    </span>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
