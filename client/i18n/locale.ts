import { createRoot, createSignal } from 'solid-js';
import { DEFAULT_LOCALE, isLocale, translate, type Locale, type MessageKey } from '../../shared/i18n';

/**
 * The device's chosen language. Kept in localStorage (not IndexedDB) because it must be known
 * synchronously before the first paint, and it is a per-device preference that never syncs.
 */
const STORAGE_KEY = 'motcua.locale';

function stored(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage blocked (private mode): fall back, never crash
  }
}

const state = createRoot(() => {
  const [locale, set] = createSignal<Locale>(stored());
  return { locale, set };
});

export const locale = state.locale;

export function setLocale(next: Locale): void {
  state.set(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // The choice still applies for this visit.
  }
}

/** Reactive translation: re-evaluates when the locale changes. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return translate(locale(), key, params);
}

document.documentElement.lang = locale();
