import { expect, request as playwrightRequest, test } from '@playwright/test';
import { apiSignIn, DEMO_PASSWORD, signIn, TEST_PIN } from './auth-pages';
import { receiveDossier, waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline, waitForServiceWorker } from './offline';

test('R2: an officer screen without a session goes to sign-in and comes back after it', async ({ page }) => {
  await page.goto('/dossiers/new');
  await expect(page).toHaveURL(/\/signin\?next=%2Fdossiers%2Fnew$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await expect(page.getByTestId('nav-signin')).toBeVisible();
  // Public screens stay public.
  await page.goto('/lookup');
  await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeVisible();
  await signIn(page, 'tiepnhan', '/dossiers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
});

test('sign-in: empty fields and a wrong password show errors in Vietnamese, focused', async ({ page }) => {
  await page.goto('/signin');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-username-error')).toHaveText('Vui lòng nhập tên đăng nhập.');
  await expect(page.getByTestId('signin-password-error')).toHaveText('Vui lòng nhập mật khẩu.');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();

  await page.getByLabel('Tên đăng nhập').fill('tiepnhan');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
  await page.getByTestId('signin-submit').click();
  const error = page.getByTestId('signin-error');
  await expect(error).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toBeFocused();
  await expect(page).toHaveURL(/\/signin/);
});

test('A1: errors come in the language chosen on the device (Accept-Language)', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto('/signin');
  await page.getByLabel('Username').fill('tiepnhan');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signin-error')).toHaveText(/username or password/i);
});

test('a signed-in officer reloads with no network and still reaches the dossiers', async ({
  page,
  context,
}) => {
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await expect(page.getByTestId('dossier-row').first()).toBeVisible();
  await waitForServiceWorker(page);

  await goOffline(context);
  await page.reload();
  await expect(page).toHaveURL(/\/dossiers$/);
  await expect(page.getByTestId('user-name')).toHaveAttribute('data-username', 'tiepnhan');
  await expect(page.getByTestId('dossier-row').first()).toBeVisible();
  await page.goto('/dossiers/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await goOnline(context);
});

test('L1/L3: the app locks after the idle time set in settings; a wrong PIN is refused, the right one unlocks', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, 'tiepnhan');
  await page.goto('/settings');
  await page.getByLabel('Tự khóa sau khi không dùng').selectOption('1');
  await page.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await expect(page.getByTestId('lock-screen')).toBeHidden();

  await page.clock.fastForward('01:05');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.locator('#main')).toBeHidden();
  await expect(page.getByLabel('Mã PIN', { exact: true })).toBeFocused();

  await page.getByLabel('Mã PIN', { exact: true }).fill('0000');
  await page.getByTestId('lock-unlock').click();
  await expect(page.getByTestId('lock-pin-error')).toContainText('Còn 4 lần thử');

  await page.getByLabel('Mã PIN', { exact: true }).fill(TEST_PIN);
  await page.getByTestId('lock-unlock').click();
  await expect(page.getByTestId('lock-screen')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ' })).toBeVisible();
});

test('logout with offline changes names the unsynced dossier; after confirming the device holds no data, and PL1/PL2: back online the server session ends too', async ({
  page,
  context,
}) => {
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await waitForServiceWorker(page);

  await goOffline(context);
  const code = await receiveDossier(page, {
    name: 'Lê Văn Tám',
    citizenId: '001080012345',
    phone: '0912 345 678',
  });
  await page.getByTestId('signout-button').click();
  const warning = page.getByTestId('signout-warning');
  await expect(warning).toBeVisible({ timeout: 30_000 });
  await expect(warning.locator(`[data-testid=signout-dossier][data-code="${code}"]`)).toHaveText(
    `Hồ sơ ${code}`,
  );
  // The session's cookies outlive the wipe in the browser; keep the refresh token to try it later.
  const refresh = (await context.cookies()).find((c) => c.name === 'motcua_rt');
  expect(refresh).toBeDefined();
  await page.getByTestId('signout-confirm').click();
  await expect(page).toHaveURL(/\/signin$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();

  // Nothing of ours is left: no database, no session, no PIN; the app shell still opens offline.
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('motcua')),
    session: localStorage.getItem('motcua.session'),
    pin: localStorage.getItem('motcua.pin'),
    caches: await caches.keys(),
  }));
  expect(left.databases).toEqual([]);
  expect(left.session).toBeNull();
  expect(left.pin).toBeNull();
  expect(left.caches.every((name) => name.startsWith('workbox-precache'))).toBe(true);

  // Back online, the logout made offline reaches the server (pending-logout.ts PL1/PL2): the old
  // refresh token no longer renews anything, even presented by someone else.
  expect(await page.evaluate(() => localStorage.getItem('motcua.pendingLogout'))).toBe('1');
  await goOnline(context);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('motcua.pendingLogout')), { timeout: 30_000 })
    .toBeNull();
  const stolen = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  const renewed = await stolen.post('/api/auth/refresh', {
    headers: { cookie: `motcua_rt=${refresh?.value ?? ''}`, 'content-type': 'application/json' },
    data: {},
  });
  expect(renewed.status()).toBe(401);
  await stolen.dispose();

  // Signed in again, the device holds only what the server has: the offline dossier is gone.
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await expect(page.getByTestId('dossier-row').first()).toBeVisible();
  await page.getByTestId('dossier-search').fill(code);
  await expect(page.getByTestId('dossier-count')).toHaveText('Không có hồ sơ phù hợp.');
});

test('logout with nothing pending signs out at once; the shell shows who is signed in', async ({ page }) => {
  await signIn(page, 'chuyenvien');
  await expect(page.getByTestId('user-name')).toContainText('Chuyên viên xử lý');
  await waitForFirstSync(page);
  await page.getByTestId('signout-button').click();
  await expect(page).toHaveURL(/\/signin$/, { timeout: 30_000 });
  await expect(page.getByTestId('nav-signin')).toBeVisible();
  await page.goto('/dossiers');
  await expect(page).toHaveURL(/\/signin\?next=/);
});

test('devices: the current one is marked; revoking another device signs that device out and wipes it', async ({
  browser,
}) => {
  const phone = await browser.newContext();
  const tablet = await browser.newContext();
  const a = await phone.newPage();
  const b = await tablet.newPage();
  await signIn(a, 'luudong');
  await signIn(b, 'luudong');
  await waitForFirstSync(b);

  await a.goto('/devices');
  const rows = a.getByTestId('device-row');
  await expect(rows.filter({ has: a.getByTestId('device-current') })).toHaveCount(1);
  const others = rows.filter({ has: a.getByTestId('device-revoke') });
  const before = await others.count();
  expect(before).toBeGreaterThanOrEqual(1);
  await others.first().getByTestId('device-revoke').click();
  await expect(a.getByTestId('devices-notice')).toContainText('Đã thu hồi thiết bị');
  await expect(a.getByTestId('device-row').filter({ has: a.getByTestId('device-revoke') })).toHaveCount(
    before - 1,
  );

  // Revoke every other device, so the tablet's session is surely among them.
  while ((await a.getByTestId('device-revoke').count()) > 0) {
    const n = await a.getByTestId('device-revoke').count();
    await a.getByTestId('device-revoke').first().click();
    await expect(a.getByTestId('device-revoke')).toHaveCount(n - 1);
  }

  // The tablet learns it at its next contact with the server and wipes itself.
  await b.reload();
  await expect(b).toHaveURL(/\/signin$/, { timeout: 30_000 });
  expect(await b.evaluate(() => localStorage.getItem('motcua.session'))).toBeNull();
  await phone.close();
  await tablet.close();
});

test('admin: only administrators open the users screen; creating a user checks the form and lists the user', async ({
  browser,
}) => {
  const officer = await browser.newContext();
  const o = await officer.newPage();
  await signIn(o, 'tiepnhan', '/admin/users');
  await expect(o.getByTestId('forbidden')).toBeVisible();
  await officer.close();

  const admin = await browser.newContext();
  const page = await admin.newPage();
  await signIn(page, 'admin', '/admin/users');
  await expect(page.getByTestId('user-row').first()).toBeVisible();
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-new-save').click();
  await expect(page.getByTestId('user-new-username-error')).toBeVisible();
  await expect(page.getByTestId('user-new-password-error')).toHaveText('Mật khẩu cần ít nhất 8 ký tự.');
  await expect(page.locator('#user-new-username')).toBeFocused();

  const username = `tn${Date.now().toString(36)}`;
  await page.locator('#user-new-username').fill(username);
  await page.locator('#user-new-displayName').fill('Phạm Thu Trang');
  await page.locator('#user-new-role').selectOption('processing_officer');
  await expect(page.locator('#user-new-scope')).toHaveValue('fields');
  await page.locator('#user-new-password').fill(DEMO_PASSWORD);
  await page.getByTestId('user-new-save').click();
  await expect(page.getByTestId('user-new-fields-error')).toHaveText('Phạm vi này cần ít nhất một lĩnh vực.');
  await page.getByRole('checkbox', { name: 'Đất đai' }).check();
  await page.getByTestId('user-new-save').click();
  await expect(page.getByTestId('users-notice')).toContainText(username);
  const row = page.locator(`[data-testid=user-row][data-username="${username}"]`);
  await expect(row).toContainText('Chuyên viên xử lý');

  // Disable the new user.
  await row.getByTestId('user-edit').click();
  await row.getByTestId('user-edit-disabled').check();
  await row.getByTestId('user-edit-save').click();
  await expect(page.locator(`[data-testid=user-row][data-username="${username}"]`)).toHaveAttribute(
    'data-disabled',
    'true',
  );
  await admin.close();
});

test('access_changed: an administrator narrows an officer’s fields; at its next contact the device signs out and wipes the old scope', async ({
  browser,
}) => {
  const admin = await browser.newContext();
  await apiSignIn(admin.request, 'admin');
  const username = `ac${Date.now().toString(36)}`;
  const created = await admin.request.post('/api/admin/users', {
    data: {
      username,
      displayName: 'Ngô Thị Phạm Vi',
      role: 'processing_officer',
      scope: 'fields',
      fields: ['land'],
      password: DEMO_PASSWORD,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const device = await browser.newContext();
  const page = await device.newPage();
  await signIn(page, username, '/processing');
  await waitForFirstSync(page);

  const patched = await admin.request.patch(`/api/admin/users/${id}`, { data: { fields: ['civil_status'] } });
  expect(patched.ok()).toBe(true);

  // The next start asks the server for the profile: another scope, so the device is wiped.
  await page.reload();
  await expect(page).toHaveURL(/\/signin$/, { timeout: 30_000 });
  expect(await page.evaluate(() => localStorage.getItem('motcua.session'))).toBeNull();
  const databases = await page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('motcua')),
  );
  expect(databases).toEqual([]);
  await device.close();
  await admin.close();
});

test('L3: five wrong PINs sign the device out and wipe it', async ({ page }) => {
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await page.goto('/settings');
  await page.getByTestId('lock-now').click();
  const pin = page.getByLabel('Mã PIN', { exact: true });
  for (let left = 4; left >= 1; left--) {
    await pin.fill('9999');
    await page.getByTestId('lock-unlock').click();
    await expect(page.getByTestId('lock-pin-error')).toContainText(`Còn ${left} lần thử`);
  }
  await pin.fill('9999');
  await page.getByTestId('lock-unlock').click();
  await expect(page).toHaveURL(/\/signin$/, { timeout: 30_000 });
  expect(
    await page.evaluate(() => [localStorage.getItem('motcua.session'), localStorage.getItem('motcua.pin')]),
  ).toEqual([null, null]);
});
