import { Show, type JSX } from 'solid-js';
import type { QueueTicket } from '../../../shared/schemas/queue-ticket';
import { t } from '../../i18n/locale';
import { waitedSoFarMs, wholeMinutes } from '../../queue/queue-stats';
import { formatTicketNumber } from '../../queue/ticket-number';
import { serviceMs, waitingMs } from '../../queue/transitions';
import { labelOf } from './service-label';

/**
 * One ticket: its number, queue, state and times. A waiting ticket shows how long it has waited
 * so far (minute ticker); a called one its waiting time, a finished one its service time too.
 */
export function TicketRow(props: {
  readonly ticket: QueueTicket;
  readonly now: Date;
  readonly children?: JSX.Element;
}): JSX.Element {
  const waited = (): number =>
    wholeMinutes(waitingMs(props.ticket) ?? waitedSoFarMs(props.ticket, props.now));
  return (
    <li
      class={`ticket-row ticket-row--${props.ticket.state}`}
      data-testid="ticket-row"
      data-number={formatTicketNumber(props.ticket.number)}
      data-state={props.ticket.state}
    >
      <p class="ticket-row__head">
        <span class="ticket-row__number">{formatTicketNumber(props.ticket.number)}</span>
        <span class="status-chip">{t(`queue.state.${props.ticket.state}`)}</span>
      </p>
      <p class="muted ticket-row__service">{labelOf(props.ticket.service)}</p>
      <p class="ticket-row__times">
        {t('queue.waited', { minutes: waited() })}
        <Show when={serviceMs(props.ticket) !== null}>
          {' · '}
          {t('queue.served', { minutes: wholeMinutes(serviceMs(props.ticket) ?? 0) })}
        </Show>
      </p>
      {props.children}
    </li>
  );
}
