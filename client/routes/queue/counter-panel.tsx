import { createSignal, For, Show, type JSX } from 'solid-js';
import type { QueueTicket } from '../../../shared/schemas/queue-ticket';
import { t } from '../../i18n/locale';
import type { QueueService } from '../../queue/services';
import type { TicketAction } from '../../queue/transitions';
import { ServiceSelect } from './service-select';
import { TicketRow } from './ticket-row';

/**
 * The officer's counter: call the next waiting ticket (of every queue, or of one), then serve,
 * finish or mark a no-show the tickets this officer called. Buttons are large for a tablet.
 */
export function CounterPanel(props: {
  readonly atCounter: readonly QueueTicket[];
  readonly waitingCount: number;
  readonly now: Date;
  readonly busy: boolean;
  readonly onCallNext: (service: QueueService | null) => void;
  readonly onAct: (ticket: QueueTicket, action: TicketAction) => void;
}): JSX.Element {
  const [filter, setFilter] = createSignal<QueueService | null>(null);
  const actions = (ticket: QueueTicket): readonly { action: TicketAction; primary: boolean }[] =>
    ticket.state === 'called'
      ? [
          { action: 'serve', primary: true },
          { action: 'no_show', primary: false },
        ]
      : [{ action: 'finish', primary: true }];
  return (
    <section class="panel" aria-labelledby="queue-counter-title">
      <h2 id="queue-counter-title">{t('queue.counter.title')}</h2>
      <ServiceSelect
        id="queue-call-service"
        label={t('queue.callFilter')}
        value={filter()}
        onChange={setFilter}
        anyLabel={t('queue.callFilter.all')}
        testId="queue-call-service"
      />
      <button
        type="button"
        class="btn btn--primary btn--xl"
        data-testid="queue-call-next"
        disabled={props.busy || props.waitingCount === 0}
        onClick={() => props.onCallNext(filter())}
      >
        {t('queue.callNext')}
      </button>
      <Show when={props.atCounter.length > 0} fallback={<p class="muted">{t('queue.counter.empty')}</p>}>
        <ul class="ticket-list" data-testid="queue-counter">
          <For each={props.atCounter}>
            {(ticket) => (
              <TicketRow ticket={ticket} now={props.now}>
                <div class="actions">
                  <For each={actions(ticket)}>
                    {(a) => (
                      <button
                        type="button"
                        class={a.primary ? 'btn btn--primary btn--xl' : 'btn btn--xl'}
                        data-testid={`queue-${a.action.replace('_', '-')}`}
                        disabled={props.busy}
                        onClick={() => props.onAct(ticket, a.action)}
                      >
                        {t(`queue.action.${a.action}`)}
                      </button>
                    )}
                  </For>
                </div>
              </TicketRow>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
