/**
 * How every browser run here launches Debian's Chromium (Playwright cannot download its own):
 * browser tests (playwright.config.ts) and the benchmarks (bench/lib/browser.ts). Without the
 * background-networking flags Chromium keeps dialling Google's hosts, which this network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * The demo data every browser-test server starts with: small, so each fresh context syncs quickly,
 * and with a pinned clock, so the data set is the same every day (receipt.spec needs a completed
 * dossier at hn-center; this one has it).
 */
export const TEST_DEMO_ENV = { DEMO_DOSSIERS: '40', DEMO_NOW: '2026-11-20T03:00:00Z' } as const;
