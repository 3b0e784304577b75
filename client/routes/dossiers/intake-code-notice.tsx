import { Match, onCleanup, onMount, Switch, type JSX } from 'solid-js';
import {
  codeSupply,
  LOW_WATER,
  refreshAfterReconnect,
  refreshCodeBlocks,
} from '../../dossiers/intake-code-blocks';
import { t } from '../../i18n/locale';

/**
 * Asks the server for this device's dossier-code blocks when a dossier screen opens and whenever
 * the network comes back (intake-code-blocks.ts, retried while it is not quite back: CS4), without
 * waiting for it.
 */
export function useCodeBlockRefresh(): void {
  const reconnected = (): void => void refreshAfterReconnect();
  onMount(() => {
    void refreshCodeBlocks();
    window.addEventListener('online', reconnected);
  });
  onCleanup(() => window.removeEventListener('online', reconnected));
}

/**
 * Where the device stands for issuing dossier codes offline at `unitCode`: none yet (it must
 * connect once after sign-in), running low, or nothing to say.
 */
export function IntakeCodeNotice(props: { readonly unitCode: string | undefined }): JSX.Element {
  const supply = (): number | null => {
    const s = codeSupply();
    return s === null || props.unitCode === undefined || s.unitCode !== props.unitCode
      ? null
      : s.remainingToday;
  };
  return (
    <Switch>
      <Match when={props.unitCode !== undefined && supply() === null}>
        <p class="form-error" role="status" data-testid="intake-codes-none">
          {t('dossier.codes.none')}
        </p>
      </Match>
      <Match when={(supply() ?? LOW_WATER) < LOW_WATER}>
        <p class="muted" role="status" data-testid="intake-codes-low" data-remaining={supply()}>
          {t('dossier.codes.low', { count: supply() ?? 0 })}
        </p>
      </Match>
    </Switch>
  );
}
