import { A, useSearchParams } from '@solidjs/router';
import { createMemo, For, type JSX } from 'solid-js';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { signedInActor } from '../../dossiers/demo-actor';
import { latenessBounds } from '../../dossiers/list/lateness-bounds';
import { createNow } from '../../dossiers/now';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { latenessCounts } from '../../processing/queries';
import {
  latenessQueries,
  WORK_LATENESS,
  type WorkLateness,
  type WorkNarrowing,
} from '../../processing/work-queries';
import { isProcedureField } from '../../../shared/schemas/procedure';
import { FieldSelect, MineToggle, useWorkContext } from './work-context';
import { PagedWorkList } from './paged-work-list';
import type { WorkRowContext } from './work-row';

/**
 * /processing/late — late and due-soon dossiers for officers and leadership (PRODUCT.md: late
 * dossiers detected and handled before they are late): open work (2, 4) past its running
 * appointment, and within one working day of it, each sorted by appointment, with counts
 * (processing/work-queries.ts WQ2, WQ4). The bounds move with the clock every minute.
 */
export default function LateDossiers(): JSX.Element {
  const [params, setParams] = useSearchParams<{ mine?: string; field?: string }>();
  const field = () => (isProcedureField(params.field) ? params.field : undefined);
  const mine = (): boolean => params.mine === '1';
  const meId = (): string | undefined => signedInActor()?.id;
  const catalogue = createCatalogue();
  const now = createNow();
  const bounds = createMemo(() => latenessBounds(now(), catalogue.calendar()));
  const counts = createRxStore(() => latenessCounts(bounds()), undefined);
  const ctx = useWorkContext(catalogue, now, meId);
  const count = (kind: WorkLateness): string => (counts.value?.[kind] ?? 0).toLocaleString(locale());

  return (
    <section aria-labelledby="late-title" class="stack">
      <div class="page-head">
        <h1 id="late-title">{t('processing.late.title')}</h1>
        <A href="/processing" class="btn">
          {t('processing.inboxLink')}
        </A>
      </div>
      <p class="muted">{t('processing.late.intro')}</p>
      <p class="muted">{t('processing.late.apologyHint')}</p>
      <MineToggle checked={mine()} onChange={(on) => setParams({ mine: on ? '1' : undefined })} />
      <FieldSelect value={field()} onChange={(f) => setParams({ field: f })} />
      <p class="muted form-hint">{t('processing.late.countsAll')}</p>
      <For each={WORK_LATENESS}>
        {(kind) => (
          <LatenessSection
            kind={kind}
            title={t(`processing.late.${kind}`, { count: count(kind) })}
            bounds={bounds()}
            narrow={{ assigneeId: mine() ? meId() : undefined, field: field() }}
            ctx={ctx()}
          />
        )}
      </For>
    </section>
  );
}

function LatenessSection(props: {
  readonly kind: WorkLateness;
  readonly title: string;
  readonly bounds: ReturnType<typeof latenessBounds>;
  readonly narrow: WorkNarrowing;
  readonly ctx: WorkRowContext;
}): JSX.Element {
  const headingId = `late-${props.kind}-title`;
  return (
    <section aria-labelledby={headingId} class="panel" data-testid={`late-section-${props.kind}`}>
      <h2 id={headingId} data-testid={`late-count-${props.kind}`}>
        {props.title}
      </h2>
      <PagedWorkList
        queries={latenessQueries(props.kind, props.bounds, props.narrow)}
        resetKey={`${props.narrow.assigneeId ?? ''}:${props.narrow.field ?? ''}`}
        ctx={props.ctx}
        testId={`late-list-${props.kind}`}
      />
    </section>
  );
}
