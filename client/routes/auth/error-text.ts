import type { ApiError } from '../../auth/api-result';
import { t } from '../../i18n/locale';

/** The text to show for a failed call: the server's own (already in the user's language) first. */
export function errorText(e: ApiError): string {
  if (e.status === 0) return t('auth.error.network');
  if (e.message !== '') return e.message;
  if (e.code === 'invalid_credentials') return t('auth.error.invalid_credentials');
  if (e.status === 429) return t('auth.error.rate_limited', { seconds: e.retryAfterS ?? 60 });
  return t('auth.error.unexpected');
}
