import { expect, test } from '@playwright/test';
import { apiSignIn, signIn } from './auth-pages';
import { editContact, receiveDossier, waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline } from './offline';
import { serverDocs } from './server-state';

/**
 * Two officers' devices, one offline for a while: every write reaches the server, both devices
 * end with the same merged data, and the value that lost a same-field conflict stays visible
 * (sync/SPEC.md CONF1, CONF2, CONF4, PUSH1, PULL1).
 */
test('CONF1/CONF4: offline and online edits merge, the losing value is a visible conflict, the server holds every write', async ({
  browser,
  request,
}) => {
  const deviceA = await browser.newContext();
  const deviceB = await browser.newContext();
  const a = await deviceA.newPage();
  const b = await deviceB.newPage();

  // Two devices of the same intake officer, each signed in on its own; both start from the same
  // dossier, fully synced. A receives it online here, so no other spec's edits can touch it (the
  // list's first row, used before, could be a dossier another spec had already conflicted).
  await signIn(a, 'tiepnhan');
  await waitForFirstSync(a);
  await receiveDossier(a, { name: 'Lê Văn Khải', citizenId: '001085001234', phone: '0912 000 111' });
  await expect(a.getByTestId('dossier-sync')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });
  const sharedId = new URL(a.url()).pathname.split('/').pop();
  expect(sharedId).toMatch(/^[0-9a-f-]{36}$/);
  await signIn(b, 'tiepnhan', `/dossiers/${sharedId}`);
  await waitForFirstSync(b);
  await expect(b.getByTestId('dossier-detail')).toBeVisible();

  // Device A loses the network and keeps working: a new dossier, and edits.
  await goOffline(deviceA);
  const newCode = await receiveDossier(a, {
    name: 'Trần Thị Bích Ngọc',
    citizenId: '001190012345',
    phone: '0987 654 321',
  });
  await editContact(a, { deliveryAddress: 'Số 9 Đinh Tiên Hoàng, Hà Nội' });
  await expect(a.getByTestId('dossier-sync')).toHaveAttribute('data-synced', 'false');
  await a.goto(`/dossiers/${sharedId}`);
  await editContact(a, { phone: '0911111111', deliveryAddress: 'Số 5 Lý Thái Tổ, Hà Nội' });
  await expect(a.getByTestId('sync-status')).not.toHaveAttribute('data-pending', '0');

  // Meanwhile device B, online, edits the same dossier's phone: it reaches the server first.
  await editContact(b, { phone: '0922222222' });
  await expect(b.getByTestId('dossier-sync')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });

  // A reconnects: its changes go up, the server merges, both devices converge.
  await goOnline(deviceA);
  await expect(a.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  for (const page of [a, b]) {
    // Same field changed on both sides: the server's value (B's) stays (CONF2)…
    await expect(page.getByTestId('fact-phone')).toHaveText('0922222222', { timeout: 30_000 });
    // …a field only A changed survives (CONF1)…
    await expect(page.getByTestId('fact-delivery')).toContainText('Số 5 Lý Thái Tổ', { timeout: 30_000 });
    // …and A's losing value is kept in a conflict record both officers can see (CONF4).
    await expect(page.getByTestId('conflict-row')).toHaveCount(1, { timeout: 30_000 });
    await expect(page.getByTestId('conflict-losing')).toContainText('0911111111');
  }

  // B sees the dossier A received offline.
  await b.goto('/dossiers');
  await b.getByTestId('dossier-search').fill(newCode);
  await expect(b.locator(`[data-testid=dossier-row][data-code="${newCode}"]`)).toBeVisible({
    timeout: 30_000,
  });

  // The server holds every write (read as the supervisor, who sees the whole center).
  await apiSignIn(request, 'giamsat');
  const dossiers = await serverDocs(request, 'dossiers');
  const created = dossiers.find((d) => d['code'] === newCode);
  expect(created).toMatchObject({ applicant: { fullName: 'Trần Thị Bích Ngọc', phone: '0987654321' } });
  expect(created?.['resultDelivery']).toMatchObject({ address: 'Số 9 Đinh Tiên Hoàng, Hà Nội' });
  const shared = dossiers.find((d) => d.id === sharedId);
  expect(shared).toMatchObject({
    applicant: { phone: '0922222222' },
    resultDelivery: { address: 'Số 5 Lý Thái Tổ, Hà Nội' },
  });
  const events = await serverDocs(request, 'dossier_events');
  expect(events.filter((e) => e['dossierId'] === created?.id).map((e) => e['type'])).toEqual([
    'register',
    'accept',
  ]);
  const conflicts = await serverDocs(request, 'conflicts');
  expect(
    conflicts.filter(
      (c) => c['docId'] === sharedId && JSON.stringify(c['losingValue']).includes('0911111111'),
    ),
  ).toHaveLength(1);

  await deviceA.close();
  await deviceB.close();
});
