import { Show, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import { WAIT_TARGET_MS, wholeMinutes, type DayStats } from '../../queue/queue-stats';

const TARGET_MIN = wholeMinutes(WAIT_TARGET_MS);
const roundMinutes = (ms: number): number => Math.round(ms / 60_000);

/**
 * Today's average waiting time against the 15-minute target (PRODUCT.md). The verdict is said in
 * words and marked by an icon as well as colour, so it does not rest on colour alone (WCAG 1.4.1).
 */
export function AverageCard(props: { readonly stats: DayStats }): JSX.Element {
  const avg = (): number | null => props.stats.averageWaitMs;
  return (
    <section class="panel queue-average" aria-labelledby="queue-average-title">
      <h2 id="queue-average-title">{t('queue.average.title')}</h2>
      <div
        class={`queue-average__value queue-average--${props.stats.verdict}`}
        data-testid="queue-average"
        data-verdict={props.stats.verdict}
        data-average-ms={avg() ?? ''}
      >
        {/* An average of 0 ms is a real value: test for null, not for truthiness. */}
        <Show when={avg() !== null} fallback={<p>{t('queue.average.none')}</p>}>
          <p class="queue-average__minutes">{t('queue.minutes', { minutes: roundMinutes(avg() ?? 0) })}</p>
          <p class="queue-average__verdict">
            <span aria-hidden="true">{props.stats.verdict === 'over' ? '▲ ' : '✓ '}</span>
            {props.stats.verdict === 'over'
              ? t('queue.average.over', {
                  minutes: Math.max(1, Math.ceil(((avg() ?? 0) - WAIT_TARGET_MS) / 60_000)),
                })
              : t('queue.average.within')}
          </p>
        </Show>
      </div>
      <p class="muted">{t('queue.average.target', { target: TARGET_MIN })}</p>
      <Show when={props.stats.averageServiceMs !== null}>
        <p>{t('queue.average.service', { minutes: roundMinutes(props.stats.averageServiceMs ?? 0) })}</p>
      </Show>
      <p data-testid="queue-summary">
        {t('queue.summary', {
          issued: props.stats.issued,
          waiting: props.stats.waiting,
          done: props.stats.done,
          noShow: props.stats.noShow,
        })}
      </p>
      <Show when={props.stats.waitingOverTarget > 0}>
        <p class="form-error">
          {t('queue.waitingOver', { count: props.stats.waitingOverTarget, target: TARGET_MIN })}
        </p>
      </Show>
    </section>
  );
}
