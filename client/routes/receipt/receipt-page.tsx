import { A, useParams } from '@solidjs/router';
import { createMemo, Match, Show, Switch, type JSX } from 'solid-js';
import { currentUser } from '../../auth/session';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { dossierById, eventsOf } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { t } from '../../i18n/locale';
import { buildReceipt, lookupUrl, type ReceiptModel } from '../../receipt/receipt-model';
import { ReceiptSlip } from '../../receipt/receipt-slip';
import { PrintPage } from './print-page';

/**
 * /dossiers/:id/receipt — slip 01 for printing on A5 (styles.css `@media print`). Everything is
 * read from the device's database and the QR is drawn locally, so it prints with no network.
 * The officer named under "Người tiếp nhận hồ sơ" is the signed-in user, who signs the paper
 * handed over; without one (not reachable behind the guard) the accepting event's actor id.
 */
export default function ReceiptPage(): JSX.Element {
  const params = useParams<{ id: string }>();
  const dossier = createRxStore(() => dossierById(params.id), null);
  const events = createRxStore(() => eventsOf(params.id), []);
  const catalogue = createCatalogue();

  const officerName = (): string =>
    currentUser()?.displayName ??
    events.value.find((e) => e.type === 'accept')?.actorId ??
    events.value.find((e) => e.type === 'register')?.actorId ??
    '';

  const receipt = createMemo((): ReceiptModel | null => {
    const d = dossier.value;
    const procedure = d === null ? undefined : catalogue.procedureById().get(d.procedureId);
    if (d === null || procedure === undefined) return null;
    return buildReceipt({
      dossier: d,
      procedure,
      servicePoints: catalogue.servicePoints(),
      officerName: officerName(),
    });
  });

  return (
    <Switch>
      <Match when={dossier.failed}>
        <p role="alert" class="form-error">
          {t('dossier.readFailed')}
        </p>
      </Match>
      <Match when={!dossier.ready || !catalogue.ready()}>
        <p class="muted">{t('receipt.loading')}</p>
      </Match>
      <Match when={dossier.value === null}>
        <section aria-labelledby="receipt-missing">
          <h1 id="receipt-missing">{t('receipt.notFound')}</h1>
          <A href="/dossiers">{t('dossier.back')}</A>
        </section>
      </Match>
      <Match when={true}>
        <PrintPage
          label={t('receipt.pageTitle', { code: dossier.value?.code ?? '' })}
          backHref={`/dossiers/${params.id}`}
          backLabel={t('receipt.back')}
          printLabel={t('receipt.print')}
          printTestId="receipt-print"
          ready={receipt() !== null}
        >
          <Show
            when={receipt()}
            fallback={
              <p role="alert" class="form-error">
                {t('receipt.catalogueMissing')}
              </p>
            }
          >
            {(r) => <ReceiptSlip receipt={r()} lookupUrl={lookupUrl(window.location.origin, r().code)} />}
          </Show>
        </PrintPage>
      </Match>
    </Switch>
  );
}
