/**
 * A readable default name for this device, from the user agent ("Chrome · Android"), so the
 * devices list tells sessions apart. The officer may change it before signing in.
 */
const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/Edg\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/CocCoc|coc_coc/i, 'Cốc Cốc'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|Chromium\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

const first = (ua: string, table: readonly (readonly [RegExp, string])[]): string | undefined =>
  table.find(([re]) => re.test(ua))?.[1];

export function deviceNameFrom(userAgent: string): string {
  const parts = [first(userAgent, BROWSERS), first(userAgent, SYSTEMS)].filter((p) => p !== undefined);
  return parts.length === 0 ? 'Web' : parts.join(' · ');
}
