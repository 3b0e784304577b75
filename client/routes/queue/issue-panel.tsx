import { createSignal, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import { DEFAULT_SERVICE, type QueueService } from '../../queue/services';
import { ServiceSelect } from './service-select';

/** Issues a ticket for the chosen queue; the default is the general one. */
export function IssuePanel(props: {
  readonly busy: boolean;
  readonly onIssue: (service: QueueService) => void;
}): JSX.Element {
  const [service, setService] = createSignal<QueueService>(DEFAULT_SERVICE);
  return (
    <section class="panel" aria-labelledby="queue-issue-title">
      <h2 id="queue-issue-title">{t('queue.issue.title')}</h2>
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
