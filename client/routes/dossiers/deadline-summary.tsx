import { Match, Switch, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import type { WorkCalendar } from '../../../shared/schemas/work-calendar';
import { deadlineView } from '../../dossiers/deadline';
import { formatWorkingMinutes } from '../../dossiers/format';
import { locale, t } from '../../i18n/locale';

/** On time / due soon / late and the working time left (dossiers/deadline.ts). */
export function DeadlineSummary(props: {
  readonly dossier: Dossier;
  readonly now: Date;
  readonly calendar: WorkCalendar;
}): JSX.Element {
  const view = () => deadlineView(props.dossier, props.now, props.calendar);
  return (
    <section aria-labelledby="deadline-title" class="panel">
      <h2 id="deadline-title">{t('dossier.deadline.title')}</h2>
      <Switch>
        <Match when={view().kind === 'paused'}>
          <p data-testid="deadline-state" data-state="paused">
            {t('dossier.deadline.paused')}
          </p>
        </Match>
        <Match when={view().kind === 'finished'}>
          <p data-testid="deadline-state" data-state="finished">
            {t('dossier.deadline.finished')}
          </p>
        </Match>
        <Match
          when={(() => {
            const v = view();
            return v.kind === 'running' ? v : undefined;
          })()}
        >
          {(v) => (
            <p data-testid="deadline-state" data-state={v().state}>
              <span class={`deadline deadline--${v().state}`}>{t(`dossier.deadline.${v().state}`)}</span>{' '}
              {v().remainingMinutes >= 0
                ? t('dossier.deadline.remaining', {
                    time: formatWorkingMinutes(v().remainingMinutes, locale()),
                  })
                : t('dossier.deadline.overdue', {
                    time: formatWorkingMinutes(v().remainingMinutes, locale()),
                  })}
            </p>
          )}
        </Match>
      </Switch>
    </section>
  );
}
