import { A, useParams } from '@solidjs/router';
import { createMemo, lazy, Match, Show, Suspense, Switch, type JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { openConflictsOf } from '../../dossiers/conflicts';
import { formatVnDateTime, statusLabel } from '../../dossiers/format';
import { createNow } from '../../dossiers/now';
import { dossierById, eventsOf, openConflictRecordsOf } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { locale, t } from '../../i18n/locale';
import { ConflictsPanel } from './conflicts-panel';
import { DeadlineSummary } from './deadline-summary';
import { EditContactForm } from './edit-contact-form';
import { EventTimeline } from './event-timeline';
import { ProcessingPanel } from './processing-actions';
import { ReturnResultForm } from './return-result';
import { SyncMarker } from './sync-marker';

// Yjs and its providers load with the notes panel, after the dossier itself is on screen.
const NotesPanel = lazy(() => import('./notes-panel'));

/** One dossier: its data, deadline, history, sync state, shared notes, contact edits and open conflicts. */
export default function DossierDetail(): JSX.Element {
  const params = useParams<{ id: string }>();
  const dossier = createRxStore(() => dossierById(params.id), null);
  const events = createRxStore(() => eventsOf(params.id), []);
  const records = createRxStore(() => openConflictRecordsOf(params.id), []);
  const conflicts = createMemo(() => openConflictsOf(records.value, params.id));
  const catalogue = createCatalogue();
  const now = createNow();

  return (
    <Switch>
      <Match when={dossier.failed}>
        <p role="alert" class="form-error">
          {t('dossier.readFailed')}
        </p>
      </Match>
      <Match when={!dossier.ready}>
        <p class="muted">{t('dossier.loading')}</p>
      </Match>
      <Match when={dossier.value}>
        {(d) => (
          <article
            aria-labelledby="dossier-title"
            class="stack"
            data-testid="dossier-detail"
            data-code={d().code}
          >
            <A href="/dossiers">{t('dossier.back')}</A>
            <h1 id="dossier-title">{t('dossier.detail.title', { code: d().code })}</h1>
            {/* Slip 01 exists once the dossier was accepted: not for status 1 (online, unchecked) or 3. */}
            <Show when={d().status !== 1 && d().status !== 3}>
              <A href={`/dossiers/${d().id}/receipt`} class="btn" data-testid="receipt-link">
                {t('receipt.open')}
              </A>
            </Show>
            <SyncMarker id={d().id} long />
            <DossierFacts
              dossier={d()}
              procedureName={catalogue.procedureById().get(d().procedureId)?.name[locale()]}
              pointName={catalogue.servicePoints().find((p) => p.id === d().receivingPointId)?.name[locale()]}
            />
            <DeadlineSummary dossier={d()} now={now()} calendar={catalogue.calendar()} />
            <ProcessingPanel dossier={d()} />
            <ConflictsPanel records={conflicts()} />
            <Suspense fallback={<p class="muted">{t('note.loading')}</p>}>
              <NotesPanel dossierId={d().id} />
            </Suspense>
            <Show when={d().status === 9}>
              <ReturnResultForm dossier={d()} />
            </Show>
            <EditContactForm dossier={d()} />
            <EventTimeline events={events.value} />
          </article>
        )}
      </Match>
      <Match when={true}>
        <section aria-labelledby="missing-title">
          <h1 id="missing-title">{t('dossier.detail.notFound')}</h1>
          <A href="/dossiers">{t('dossier.back')}</A>
        </section>
      </Match>
    </Switch>
  );
}

function DossierFacts(props: {
  readonly dossier: Dossier;
  readonly procedureName: string | undefined;
  readonly pointName: string | undefined;
}): JSX.Element {
  const d = (): Dossier => props.dossier;
  return (
    <section aria-labelledby="facts-title" class="panel">
      <h2 id="facts-title">{t('dossier.detail.data')}</h2>
      <dl class="facts" data-testid="dossier-facts">
        <dt>{t('dossier.code')}</dt>
        <dd data-testid="fact-code">{d().code}</dd>
        <dt>{t('dossier.status')}</dt>
        <dd data-testid="fact-status" data-status={d().status}>
          {statusLabel(d().status, locale())}
        </dd>
        <dt>{t('dossier.procedure')}</dt>
        <dd>{props.procedureName ?? t('dossier.procedureUnknown')}</dd>
        <dt>{t('dossier.applicant')}</dt>
        <dd data-testid="fact-name">{d().applicant.fullName}</dd>
        <dt>{t('dossier.citizenId')}</dt>
        <dd>{d().applicant.citizenId}</dd>
        <dt>{t('dossier.phone')}</dt>
        <dd data-testid="fact-phone">{d().applicant.phone}</dd>
        <dt>{t('dossier.address')}</dt>
        <dd data-testid="fact-address">{d().applicant.address}</dd>
        <dt>{t('dossier.channel')}</dt>
        <dd>{t(`dossier.channel.${d().channel}`)}</dd>
        <dt>{t('dossier.receivingPoint')}</dt>
        <dd>{props.pointName ?? d().receivingPointId}</dd>
        <dt>{t('dossier.receivedAt')}</dt>
        <dd>
          <time datetime={d().receivedAt}>{formatVnDateTime(d().receivedAt)}</time>
        </dd>
        <dt>{t('dossier.dueAt')}</dt>
        <dd data-testid="fact-due">
          <time datetime={d().rescheduledDueAt ?? d().dueAt}>
            {formatVnDateTime(d().rescheduledDueAt ?? d().dueAt)}
          </time>
        </dd>
        <dt>{t('dossier.fee')}</dt>
        <dd>
          {d().fee.amountVnd.toLocaleString('vi-VN')} ₫ · {t(`dossier.payment.${d().fee.paymentState}`)}
        </dd>
        <dt>{t('dossier.resultDelivery')}</dt>
        <dd data-testid="fact-delivery">
          {t(`dossier.delivery.${d().resultDelivery.method}`)}
          <Show when={d().resultDelivery.address}>{(a) => <> — {a()}</>}</Show>
        </dd>
      </dl>
    </section>
  );
}
