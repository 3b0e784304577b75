import { A, useParams } from '@solidjs/router';
import { createMemo, Match, Show, Switch, type JSX } from 'solid-js';
import { currentUser } from '../../auth/session';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { dossierById } from '../../dossiers/queries';
import { createRxStore } from '../../dossiers/rx-store';
import { t } from '../../i18n/locale';
import { SLIP_TEMPLATES, type SlipTemplate } from '../../processing/actions';
import { storedEventsOf } from '../../processing/queries';
import { buildSlip, type SlipOutcome } from '../../processing/slip-model';
import { NoticeSlip } from '../../receipt/notice-slip';
import { PrintPage } from './print-page';

const isTemplate = (v: string): v is SlipTemplate => (SLIP_TEMPLATES as readonly string[]).includes(v);

/**
 * /dossiers/:id/slip/:template — slip 02, 03 or 04 for printing on A5, like slip 01
 * (receipt-page.tsx): read from the device's database, so it prints with no network. The slip is
 * signed by the officer who recorded the step; other officers' names are not on this device, so
 * their user id stands in.
 */
export default function SlipPage(): JSX.Element {
  const params = useParams<{ id: string; template: string }>();
  const dossier = createRxStore(() => dossierById(params.id), null);
  const log = createRxStore(() => storedEventsOf(params.id), []);
  const catalogue = createCatalogue();
  const template = (): SlipTemplate | null => (isTemplate(params.template) ? params.template : null);

  const outcome = createMemo((): SlipOutcome | null => {
    const d = dossier.value;
    const which = template();
    if (d === null || which === null) return null;
    const me = currentUser();
    return buildSlip({
      template: which,
      dossier: d,
      log: log.value,
      procedure: catalogue.procedureById().get(d.procedureId),
      servicePoints: catalogue.servicePoints(),
      nameOf: (id) => (me !== null && me.id === id ? me.displayName : id),
    });
  });
  const slip = createMemo(() => {
    const o = outcome();
    return o?.ok === true ? o.slip : undefined;
  });
  const problem = (): string => {
    const o = outcome();
    if (template() === null) return t('slip.unknownTemplate');
    return o !== null && !o.ok && o.error === 'none' ? t('slip.none') : t('slip.catalogueMissing');
  };

  return (
    <Switch>
      <Match when={dossier.failed || log.failed}>
        <p role="alert" class="form-error">
          {t('dossier.readFailed')}
        </p>
      </Match>
      <Match when={!dossier.ready || !log.ready || !catalogue.ready()}>
        <p class="muted">{t('slip.loading')}</p>
      </Match>
      <Match when={dossier.value === null}>
        <section aria-labelledby="slip-missing">
          <h1 id="slip-missing">{t('slip.notFound')}</h1>
          <A href="/dossiers">{t('dossier.back')}</A>
        </section>
      </Match>
      <Match when={true}>
        <PrintPage
          label={t('slip.pageTitle', { template: params.template, code: dossier.value?.code ?? '' })}
          backHref={`/dossiers/${params.id}`}
          backLabel={t('slip.back')}
          printLabel={t('slip.print')}
          printTestId="slip-print"
          ready={slip() !== undefined}
        >
          <Show
            when={slip()}
            fallback={
              <p role="alert" class="form-error" data-testid="slip-problem">
                {problem()}
              </p>
            }
          >
            {(s) => <NoticeSlip slip={s()} />}
          </Show>
        </PrintPage>
      </Match>
    </Switch>
  );
}
