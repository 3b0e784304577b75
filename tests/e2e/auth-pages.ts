import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The demo accounts' password (README) and the PIN the tests set on every device. */
export const DEMO_PASSWORD = 'motcua2026';
export const TEST_PIN = '2468';

/**
 * Signs in through the UI, as an officer would on a new device, and sets the device's PIN.
 * Lands on `next` (default /dossiers). Each browser context is a separate device.
 */
export async function signIn(page: Page, username: string, next = '/dossiers'): Promise<void> {
  await page.goto(`/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('signin-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đặt mã PIN cho thiết bị này' })).toBeVisible();
  await page.getByLabel('Mã PIN mới').fill(TEST_PIN);
  await page.getByLabel('Nhập lại mã PIN').fill(TEST_PIN);
  await page.getByTestId('pin-save').click();
  await expect(page.getByTestId('user-name')).toHaveAttribute('data-username', username);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === next);
}

/** Signs an API request context in (cookies kept by the context), for reading the server. */
export async function apiSignIn(request: APIRequestContext, username: string): Promise<void> {
  const res = await request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), `sign-in of ${username}`).toBe(200);
}
