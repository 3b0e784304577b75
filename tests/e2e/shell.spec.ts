import { expect, test } from '@playwright/test';
import { goOffline, goOnline, waitForServiceWorker } from './offline';

test('the app opens in Vietnamese with its shell and the online indicator', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: 'Xin chào' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
  await expect(page.getByTestId('network-status')).toHaveText(/Trực tuyến/);
});

test('the manifest is linked, valid, Vietnamese and installable', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const res = await request.get(href ?? '');
  expect(res.ok()).toBe(true);
  const manifest = (await res.json()) as Record<string, unknown> & {
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    lang: 'vi',
    display: 'standalone',
    start_url: '/',
    scope: '/',
    short_name: 'Một cửa',
  });
  expect(manifest.name).toContain('Một cửa');
  expect(manifest.description).toBeTruthy();
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.some((i) => i.sizes === '192x192')).toBe(true);
  expect(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const image = await request.get(`/${icon.src}`);
    expect(image.headers()['content-type'], icon.src).toBe('image/png');
  }
});

test('a service worker controls the page, and a reload with no network still shows the app offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Xin chào' })).toBeVisible();
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'false');
  await expect(page.getByTestId('network-status')).toHaveText(/Ngoại tuyến/);

  // A client route that was never visited is answered from the precache as well.
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeVisible();

  await goOnline(context);
  await expect(page.getByTestId('network-status')).toHaveAttribute('data-online', 'true');
});

test('switching to English changes the visible text and survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
});

test('the API answers unknown paths with a JSON error, not the app', async ({ request }) => {
  const res = await request.get('/api/does-not-exist');
  expect(res.status()).toBe(404);
  expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  const health = await request.get('/api/health');
  expect(await health.json()).toMatchObject({ status: 'ok' });
});
