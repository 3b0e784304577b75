import { A } from '@solidjs/router';
import { createMemo, createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import type { QueueTicket } from '../../../shared/schemas/queue-ticket';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { codeSupply } from '../../dossiers/intake-code-blocks';
import { signedInActor } from '../../dossiers/demo-actor';
import { createNow } from '../../dossiers/now';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { ticketNumbering } from '../../queue/number-issuer';
import { ticketsOfPointSince } from '../../queue/queries';
import { atCounter, dayStats, isToday, vnDayStart, waitingToday } from '../../queue/queue-stats';
import type { QueueService } from '../../queue/services';
import { formatTicketNumber } from '../../queue/ticket-number';
import { nextWaiting, type TicketAction } from '../../queue/transitions';
import { actOnTicket, browserDeps, issueTicket } from '../../queue/writes';
import { useCodeBlockRefresh } from '../dossiers/intake-code-notice';
import { AverageCard } from './average-card';
import { CounterPanel } from './counter-panel';
import { HistoryList } from './history-list';
import { IssuePanel } from './issue-panel';
import { labelOf } from './service-label';
import { WaitingList } from './waiting-list';

type Message = { readonly tone: 'status' | 'alert'; readonly text: string };

/**
 * /queue: the queue of the signed-in officer's service point, fully offline. Every action is a
 * local write (queue/writes.ts); the lists follow the local database, so tickets issued or called
 * on another device of the point appear here once they sync.
 */
export default function QueuePage(): JSX.Element {
  const actor = createMemo(() => signedInActor());
  const pointId = (): string | null => actor()?.servicePointId ?? null;
  const now = createNow();
  // Only a new day re-opens the query; the minute ticker alone must not (rx-store.ts S1).
  const dayStart = createMemo(() => vnDayStart(now()).getTime());
  const tickets = createRxStore(() => {
    const point = pointId();
    return point === null ? null : ticketsOfPointSince(point, new Date(dayStart()));
  }, [] as QueueTicket[]);
  const catalogue = createCatalogue();
  const point = createMemo(() => catalogue.servicePoints().find((p) => p.id === pointId()));
  const pointName = (): string => point()?.name[locale()] ?? pointId() ?? '';
  // Ticket numbers come from the blocks the server grants this device for the point's unit, the
  // grant dossier codes use (queue/ticket-number.ts T1): fetch it here too while online, and say
  // when the device holds none yet, so its numbers are provisional (T1').
  useCodeBlockRefresh();
  const unitCode = (): string | null => point()?.receivingUnitCode ?? null;
  const numbering = createMemo(() => {
    codeSupply(); // changes whenever the stored grants do (intake-code-blocks.ts)
    return ticketNumbering(localStorage, unitCode(), now());
  });

  const stats = createMemo(() => dayStats(tickets.value, now()));
  const waiting = createMemo(() => waitingToday(tickets.value, now()));
  const mine = createMemo(() => atCounter(tickets.value, actor()?.id ?? ''));
  const history = createMemo(() =>
    tickets.value
      .filter(
        (x) => isToday(x, now()) && (x.state === 'done' || x.state === 'no_show' || x.state === 'cancelled'),
      )
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  );

  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal<Message | null>(null);
  const run = async (work: () => Promise<Message>): Promise<void> => {
    setBusy(true);
    try {
      setMessage(await work());
    } finally {
      setBusy(false);
    }
  };

  const onIssue = (service: QueueService): void => {
    const id = pointId();
    if (id === null) return;
    void run(async () => {
      const seen = tickets.value.filter((x) => isToday(x, new Date())).map((x) => x.number);
      const r = await issueTicket(id, unitCode(), service, seen, browserDeps());
      return r.ok
        ? {
            tone: 'status',
            text: t('queue.issued', {
              number: formatTicketNumber(r.ticket.number),
              service: labelOf(service),
            }),
          }
        : { tone: 'alert', text: t(`queue.error.${r.error}`) };
    });
  };

  const act = async (ticket: QueueTicket, action: TicketAction): Promise<Message> => {
    const officer = actor();
    if (officer === null) return { tone: 'alert', text: t('queue.signIn') };
    const r = await actOnTicket(ticket.id, action, officer.id, browserDeps());
    if (r !== 'done') return { tone: 'alert', text: t(`queue.error.${r}`) };
    const number = formatTicketNumber(ticket.number);
    return {
      tone: 'status',
      text:
        action === 'call'
          ? t('queue.called', { number })
          : t('queue.acted', { number, state: t(`queue.action.${action}`) }),
    };
  };

  const onCallNext = (service: QueueService | null): void => {
    void run(() => {
      const next = nextWaiting(waiting(), service);
      return next === null
        ? Promise.resolve<Message>({ tone: 'status', text: t('queue.nothingWaiting') })
        : act(next, 'call');
    });
  };

  return (
    <section aria-labelledby="queue-title" class="queue">
      <div class="page-head">
        <h1 id="queue-title">{t('queue.title')}</h1>
      </div>
      <Switch>
        <Match when={actor() === null}>
          <p>
            {t('queue.signIn')} <A href="/signin?next=%2Fqueue">{t('queue.signInLink')}</A>
          </p>
        </Match>
        <Match when={pointId() === null}>
          <p role="alert" class="form-error">
            {t('queue.noPoint')}
          </p>
        </Match>
        <Match when={tickets.failed}>
          <p role="alert" class="form-error">
            {t('queue.readFailed')}
          </p>
        </Match>
        <Match when={true}>
          <p class="muted" data-testid="queue-point">
            {t('queue.point', { point: pointName() })}
          </p>
          {/* Both live regions stay in the DOM so screen readers announce each new message. */}
          <p role="status" class="notice queue-message" data-testid="queue-status">
            {message()?.tone === 'status' ? message()?.text : ''}
          </p>
          <p role="alert" class="form-error queue-message" data-testid="queue-alert">
            {message()?.tone === 'alert' ? message()?.text : ''}
          </p>
          <Show when={tickets.ready} fallback={<p class="muted">{t('queue.loading')}</p>}>
            <div class="queue-grid">
              <IssuePanel busy={busy()} numbering={numbering()} onIssue={onIssue} />
              <CounterPanel
                atCounter={mine()}
                waitingCount={waiting().length}
                now={now()}
                busy={busy()}
                onCallNext={onCallNext}
                onAct={(ticket, action) => void run(() => act(ticket, action))}
              />
              <AverageCard stats={stats()} />
              <WaitingList tickets={waiting()} now={now()} />
              <HistoryList tickets={history()} now={now()} />
            </div>
          </Show>
        </Match>
      </Switch>
    </section>
  );
}
