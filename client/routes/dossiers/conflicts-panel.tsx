import { createSignal, For, Show, type JSX } from 'solid-js';
import type { MessageKey } from '../../../shared/i18n';
import type { ConflictRecord } from '../../db/record-schemas';
import { canRestore, describeSides } from '../../dossiers/conflicts';
import { DEMO_OFFICER } from '../../dossiers/demo-actor';
import { keepWinningValue, useLosingValue, type UseLosingOutcome } from '../../dossiers/writes';
import { t } from '../../i18n/locale';

/** Readable names of the fields a conflict can be about; others show their technical name. */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  applicant: 'dossier.applicant',
  resultDelivery: 'dossier.resultDelivery',
  channel: 'dossier.channel',
  procedureId: 'dossier.procedure',
  receivingPointId: 'dossier.receivingPoint',
  receivedAt: 'dossier.receivedAt',
  dueAt: 'dossier.dueAt',
  fee: 'dossier.fee',
  assigneeId: 'dossier.assignee',
  documents: 'dossier.documents',
};

type ConflictError = Exclude<UseLosingOutcome, 'done'> | 'failed';

/**
 * Open conflict records of one dossier (dossiers/conflicts.ts R1–R4): what the server kept, what
 * lost, and the officer's choice. Both choices are local writes; the record syncs as resolved.
 */
export function ConflictsPanel(props: { readonly records: readonly ConflictRecord[] }): JSX.Element {
  return (
    <section
      aria-labelledby="conflicts-title"
      class="panel"
      data-testid="conflicts"
      data-count={props.records.length}
    >
      <h2 id="conflicts-title">{t('dossier.conflicts.title')}</h2>
      <Show when={props.records.length > 0} fallback={<p class="muted">{t('dossier.conflicts.none')}</p>}>
        <p class="muted">{t('dossier.conflicts.intro')}</p>
        <ul class="conflict-list">
          <For each={props.records}>{(record) => <ConflictRow record={record} />}</For>
        </ul>
      </Show>
    </section>
  );
}

function ConflictRow(props: { readonly record: ConflictRecord }): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<ConflictError | null>(null);
  const label = (): string => {
    const key = FIELD_LABELS[props.record.field];
    return key === undefined ? props.record.field : t(key);
  };
  const sides = () => describeSides(props.record.winningValue, props.record.losingValue);
  const shown = (v: string | null): string => v ?? t('dossier.conflicts.blank');
  const run = async (action: () => Promise<UseLosingOutcome | void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await action();
      if (outcome !== undefined && outcome !== 'done') setError(outcome);
    } catch {
      setError('failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <li
      class="conflict-row"
      data-testid="conflict-row"
      data-field={props.record.field}
      data-id={props.record.id}
    >
      <dl class="facts">
        <dt>{t('dossier.conflicts.field')}</dt>
        <dd data-testid="conflict-field">{label()}</dd>
        <dt>{t('dossier.conflicts.winning')}</dt>
        <dd data-testid="conflict-winning">{shown(sides().winning)}</dd>
        <dt>{t('dossier.conflicts.losing')}</dt>
        <dd data-testid="conflict-losing">{shown(sides().losing)}</dd>
      </dl>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={busy()}
          data-testid="conflict-keep"
          onClick={() => void run(() => keepWinningValue(props.record, DEMO_OFFICER))}
        >
          {t('dossier.conflicts.keep')}
        </button>
        <Show when={canRestore(props.record.field)}>
          <button
            type="button"
            class="btn"
            disabled={busy()}
            data-testid="conflict-use-losing"
            onClick={() => void run(() => useLosingValue(props.record, DEMO_OFFICER))}
          >
            {t('dossier.conflicts.useLosing')}
          </button>
        </Show>
      </div>
      <Show when={error()}>
        {(e) => (
          <p role="alert" class="form-error">
            {t(`dossier.conflicts.error.${e()}`)}
          </p>
        )}
      </Show>
    </li>
  );
}
