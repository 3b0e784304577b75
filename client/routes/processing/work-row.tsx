import { For, Show, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { WorkCalendar } from '../../../shared/schemas/work-calendar';
import { deadlineView } from '../../dossiers/deadline';
import { formatVnDateTime } from '../../dossiers/format';
import { t } from '../../i18n/locale';
import { DossierRowSummary } from '../dossiers/dossier-row-summary';

export interface WorkRowContext {
  readonly now: Date;
  readonly calendar: WorkCalendar;
  readonly meId: string | undefined;
  readonly procedureName: (id: string) => string;
}

/** Due state as a word and a colour, never colour alone (on time / due soon / late / paused). */
function DueBadge(props: { readonly dossier: Dossier; readonly ctx: WorkRowContext }): JSX.Element {
  const view = () => deadlineView(props.dossier, props.ctx.now, props.ctx.calendar);
  const state = (): string => {
    const v = view();
    return v.kind === 'running' ? v.state : v.kind;
  };
  const label = (): string => {
    const v = view();
    if (v.kind === 'running') return t(`dossier.deadline.${v.state}`);
    return v.kind === 'paused' ? t('processing.row.paused') : t('dossier.deadline.finished');
  };
  return (
    <span
      class={`status-chip deadline deadline--${state()}`}
      data-testid="work-due-state"
      data-state={state()}
    >
      {label()}
    </span>
  );
}

/** One dossier of a processing list: code, procedure, applicant, due state; opens the detail. */
export function WorkList(props: {
  readonly rows: readonly Dossier[];
  readonly ctx: WorkRowContext;
  readonly testId: string;
}): JSX.Element {
  return (
    <ul class="dossier-list" data-testid={props.testId}>
      <For each={props.rows}>
        {(d) => (
          <li class="dossier-row" data-testid="work-row" data-code={d.code} data-id={d.id}>
            <DossierRowSummary dossier={d} procedureName={props.ctx.procedureName(d.procedureId)} />
            <p class="dossier-row__meta">
              <DueBadge dossier={d} ctx={props.ctx} />
              <span>
                {t('processing.row.due', { time: formatVnDateTime(d.rescheduledDueAt ?? d.dueAt) })}
              </span>
              <Show when={props.ctx.meId !== undefined && d.assigneeId === props.ctx.meId}>
                <span class="status-chip">{t('processing.row.mine')}</span>
              </Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
