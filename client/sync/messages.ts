import { translate, type Locale, type MessageKey } from '../../shared/i18n';
import type { StatusProblem, SyncStatus } from './sync-status';

/** The sync status's texts live in the one dictionary (shared/i18n) under `sync.*`. */
export type SyncMessageKey = Extract<MessageKey, `sync.${string}`>;

export function syncText(
  locale: Locale,
  key: SyncMessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  return translate(locale, key, params);
}

export const problemKey = (p: StatusProblem): SyncMessageKey => `sync.problem.${p}`;

/** Clock time of the center (Asia/Ho_Chi_Minh), whatever the device's time zone. */
export function formatSyncTime(locale: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(epochMs);
}

/** The one line that best describes the status: a problem first, then progress, then the time. */
export function messageFor(locale: Locale, s: SyncStatus): string {
  if (s.problem !== null && (s.problem !== 'network' || s.online))
    return syncText(locale, problemKey(s.problem));
  if (!s.online) return syncText(locale, 'sync.offline');
  switch (s.phase) {
    case 'waiting':
      return syncText(locale, 'sync.waiting');
    case 'first_sync':
      return syncText(locale, 'sync.firstSync', { count: s.received.toLocaleString(locale) });
    case 'syncing':
      return syncText(locale, 'sync.syncing');
    default:
      return s.lastSyncAt === null
        ? syncText(locale, 'sync.neverSynced')
        : syncText(locale, 'sync.syncedAt', { time: formatSyncTime(locale, s.lastSyncAt) });
  }
}
