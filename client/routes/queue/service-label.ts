import { locale, t } from '../../i18n/locale';
import { serviceLabel, type QueueService } from '../../queue/services';

/** Reactive name of a queue in the current language. */
export const labelOf = (service: QueueService): string =>
  serviceLabel(service, locale(), (named) => t(`queue.service.${named}`));
