import { createSignal, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import type { TicketNumbering } from '../../queue/number-issuer';
import { DEFAULT_SERVICE, type QueueService } from '../../queue/services';
import { ServiceSelect } from './service-select';

/**
 * Issues a ticket for the chosen queue; the default is the general one. Says when the device's
 * numbers are provisional (no server-granted block yet: queue/ticket-number.ts T1').
 */
export function IssuePanel(props: {
  readonly busy: boolean;
  readonly numbering: TicketNumbering;
  readonly onIssue: (service: QueueService) => void;
}): JSX.Element {
  const [service, setService] = createSignal<QueueService>(DEFAULT_SERVICE);
  return (
    <section
      class="panel"
      aria-labelledby="queue-issue-title"
      data-testid="queue-issue-panel"
      data-numbering={props.numbering}
    >
      <h2 id="queue-issue-title">{t('queue.issue.title')}</h2>
      <Show when={props.numbering === 'provisional'}>
        <p class="form-error" role="status" data-testid="queue-numbers-provisional">
          {t('queue.numbers.provisional')}
        </p>
      </Show>
      <ServiceSelect
        id="queue-issue-service"
        label={t('queue.service.label')}
        value={service()}
        onChange={(next) => setService(next ?? DEFAULT_SERVICE)}
        testId="queue-issue-service"
      />
      <button
        type="button"
        class="btn btn--primary btn--xl"
        data-testid="queue-issue"
        disabled={props.busy}
        onClick={() => props.onIssue(service())}
      >
        {t('queue.issue')}
      </button>
    </section>
  );
}
