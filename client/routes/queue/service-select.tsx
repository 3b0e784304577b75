import { For, type JSX } from 'solid-js';
import { isQueueService, QUEUE_SERVICES, type QueueService } from '../../queue/services';
import { labelOf } from './service-label';

/** A labelled choice of queue; `anyLabel` adds an "every service" option (value null). */
export function ServiceSelect(props: {
  readonly id: string;
  readonly label: string;
  readonly value: QueueService | null;
  readonly onChange: (next: QueueService | null) => void;
  readonly anyLabel?: string;
  readonly testId: string;
}): JSX.Element {
  return (
    <div class="form-row">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(isQueueService(v) ? v : null);
        }}
      >
        {props.anyLabel === undefined ? null : <option value="">{props.anyLabel}</option>}
        <For each={QUEUE_SERVICES}>{(s) => <option value={s}>{labelOf(s)}</option>}</For>
      </select>
    </div>
  );
}
