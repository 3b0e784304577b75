import { For, Show, type JSX } from 'solid-js';
import type { QueueTicket } from '../../../shared/schemas/queue-ticket';
import { t } from '../../i18n/locale';
import { TicketRow } from './ticket-row';

/** Today's waiting tickets, oldest first (the order "call next" takes them in). */
export function WaitingList(props: {
  readonly tickets: readonly QueueTicket[];
  readonly now: Date;
}): JSX.Element {
  return (
    <section class="panel" aria-labelledby="queue-waiting-title">
      <h2 id="queue-waiting-title">{t('queue.waiting.title', { count: props.tickets.length })}</h2>
      <Show when={props.tickets.length > 0} fallback={<p class="muted">{t('queue.waiting.empty')}</p>}>
        <ol class="ticket-list" data-testid="queue-waiting">
          <For each={props.tickets}>{(ticket) => <TicketRow ticket={ticket} now={props.now} />}</For>
        </ol>
      </Show>
    </section>
  );
}
