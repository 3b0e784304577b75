import { For, Show, type JSX } from 'solid-js';
import type { QueueTicket } from '../../../shared/schemas/queue-ticket';
import { t } from '../../i18n/locale';
import { TicketRow } from './ticket-row';

/** Today's tickets that left the queue (done, no-show, cancelled), latest first, with their times. */
export function HistoryList(props: {
  readonly tickets: readonly QueueTicket[];
  readonly now: Date;
}): JSX.Element {
  return (
    <section class="panel" aria-labelledby="queue-history-title">
      <h2 id="queue-history-title">{t('queue.history.title')}</h2>
      <Show when={props.tickets.length > 0} fallback={<p class="muted">{t('queue.history.empty')}</p>}>
        <ul class="ticket-list" data-testid="queue-history">
          <For each={props.tickets}>{(ticket) => <TicketRow ticket={ticket} now={props.now} />}</For>
        </ul>
      </Show>
    </section>
  );
}
