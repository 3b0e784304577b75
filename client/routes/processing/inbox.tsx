import { A, useSearchParams } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { signedInActor } from '../../dossiers/demo-actor';
import { createNow } from '../../dossiers/now';
import { dossierStatusCounts } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { INBOX_TABS, inboxQuery, type InboxTab } from '../../processing/work-queries';
import { isProcedureField } from '../../../shared/schemas/procedure';
import { FieldSelect, MineToggle, useWorkContext } from './work-context';
import { PagedWorkList } from './paged-work-list';

const PAUSED: readonly InboxTab[] = [5, 6];
const tabOf = (raw: string | undefined): InboxTab => INBOX_TABS.find((tab) => String(tab) === raw) ?? 2;

/**
 * /processing — the processing officer's inbox: the dossiers of their sync scope on this device
 * (their fields at every point; a supervisor's whole center), one tab per status they work
 * (2, 4, 5, 6, 7), optionally only those assigned to them or of one field (lĩnh vực); tab counts
 * are of every field. Tab and filters live in the address, so
 * "back" from a dossier returns to the same tab. Queries: processing/work-queries.ts WQ1, WQ3.
 */
export default function ProcessingInbox(): JSX.Element {
  const [params, setParams] = useSearchParams<{ tab?: string; mine?: string; field?: string }>();
  const field = () => (isProcedureField(params.field) ? params.field : undefined);
  const tab = (): InboxTab => tabOf(typeof params.tab === 'string' ? params.tab : undefined);
  const mine = (): boolean => params.mine === '1';
  const meId = (): string | undefined => signedInActor()?.id;
  const counts = createRxStore(() => dossierStatusCounts, undefined);
  const catalogue = createCatalogue();
  const ctx = useWorkContext(catalogue, createNow(), meId);
  const href = (next: InboxTab): string =>
    `/processing?tab=${next}${mine() ? '&mine=1' : ''}${field() === undefined ? '' : `&field=${field()}`}`;
  const label = (next: InboxTab): string => {
    const n = counts.value?.[next];
    const name = t(`processing.tab.${next}`);
    return n === undefined
      ? name
      : t('processing.tabCount', { label: name, count: n.toLocaleString(locale()) });
  };

  return (
    <section aria-labelledby="processing-inbox-title" class="stack">
      <div class="page-head">
        <h1 id="processing-inbox-title">{t('processing.title')}</h1>
        <A href="/processing/late" class="btn" data-testid="processing-late-link">
          {t('processing.lateLink')}
        </A>
      </div>
      <p class="muted">{t('processing.intro')}</p>
      <nav aria-label={t('processing.tabs')}>
        <div class="actions" data-testid="processing-tabs">
          <For each={INBOX_TABS}>
            {(next) => (
              <A
                href={href(next)}
                class={next === tab() ? 'btn btn--primary' : 'btn'}
                aria-current={next === tab() ? 'page' : undefined}
                data-testid={`processing-tab-${next}`}
              >
                {label(next)}
              </A>
            )}
          </For>
        </div>
      </nav>
      <MineToggle checked={mine()} onChange={(on) => setParams({ mine: on ? '1' : undefined })} />
      <FieldSelect value={field()} onChange={(f) => setParams({ field: f })} />
      <p class="muted">{PAUSED.includes(tab()) ? t('processing.order.newest') : t('processing.order.due')}</p>
      <PagedWorkList
        queries={[inboxQuery(tab(), { assigneeId: mine() ? meId() : undefined, field: field() })]}
        resetKey={`${tab()}:${mine()}:${field() ?? ''}`}
        ctx={ctx()}
        testId="processing-list"
      />
    </section>
  );
}
