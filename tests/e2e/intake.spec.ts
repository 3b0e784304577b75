import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { apiSignIn, signIn } from './auth-pages';
import { receiveDossier, waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline, waitForServiceWorker } from './offline';
import { serverDocs } from './server-state';

const BLOCKS_KEY = 'motcua.codeBlocks';

/** A device signed in, synced once, holding its dossier-code blocks (code-issuer.ts K1). */
async function device(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  await waitForFirstSync(page);
  await waitForServiceWorker(page); // offline navigation is served by it
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), BLOCKS_KEY)).not.toBeNull();
  return { context, page };
}

const citizenId = (n: number): string => `0010900${String(n).padStart(5, '0')}`;

test('two devices of one receiving unit, both offline, never issue the same code; the server gets them all', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const a = await device(browser, 'tiepnhan');
  const b = await device(browser, 'tiepnhan');
  await goOffline(a.context);
  await goOffline(b.context);
  const codes: string[] = [];
  for (let i = 0; i < 4; i++)
    for (const [k, d] of [a, b].entries()) {
      const n = i * 2 + k;
      codes.push(
        await receiveDossier(d.page, {
          name: `Trần Thị Thử ${n}`,
          citizenId: citizenId(n),
          phone: '0912345678',
        }),
      );
    }
  expect(new Set(codes).size).toBe(codes.length);
  const day = /-(\d{6})-\d{4}$/.exec(codes[0] ?? '')?.[1];
  expect(codes.every((c) => c.startsWith('HN-') && c.includes(`-${day}-`))).toBe(true);

  await goOnline(a.context);
  await goOnline(b.context);
  await apiSignIn(request, 'tiepnhan');
  await expect
    .poll(
      async () => {
        const held = new Set((await serverDocs(request, 'dossiers')).map((d) => d['code']));
        return codes.filter((c) => held.has(c)).length;
      },
      { timeout: 60_000 },
    )
    .toBe(codes.length);
  const all = (await serverDocs(request, 'dossiers')).map((d) => String(d['code']));
  expect(new Set(all).size).toBe(all.length); // demo data's codes included
  await a.context.close();
  await b.context.close();
});

test('a device that holds no code block says it must connect once, and issues no code offline', async ({
  page,
  context,
}) => {
  await signIn(page, 'luudong');
  await waitForFirstSync(page);
  await waitForServiceWorker(page);
  await goOffline(context);
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('motcua.code')) localStorage.removeItem(key);
  });
  await page.goto('/dossiers/new');
  await expect(page.getByTestId('intake-codes-none')).toBeVisible();
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  await expect(procedure.locator('option')).not.toHaveCount(1, { timeout: 30_000 });
  await procedure.selectOption({ index: 1 });
  await page.getByLabel('Họ và tên người nộp').fill('Lê Văn Chưa Có Số');
  await page.getByLabel('Số định danh cá nhân').fill(citizenId(99));
  await page.getByLabel('Số điện thoại').fill('0912345678');
  await page.getByLabel('Địa chỉ').fill('Thôn 1, xã Ba Vì');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-failure')).toContainText('kết nối mạng');
  await goOnline(context);
  await expect(page.getByTestId('intake-codes-none')).toBeHidden();
});

/** A 2×2 PNG, as if taken by the camera: enough for the device to decode, shrink and keep. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function fillIntake(page: Page, procedureIndex: number, n: number): Promise<void> {
  await page.goto('/dossiers/new');
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  await expect(procedure.locator('option')).not.toHaveCount(1, { timeout: 30_000 });
  await procedure.selectOption({ index: procedureIndex });
  await page.getByLabel('Họ và tên người nộp').fill(`Phạm Văn Nhận ${n}`);
  await page.getByLabel('Số định danh cá nhân').fill(citizenId(500 + n));
  await page.getByLabel('Số điện thoại').fill('0987654321');
  await page.getByLabel('Địa chỉ').fill('Số 5 Hàng Bài, Hà Nội');
  await page.getByLabel('Kênh tiếp nhận').selectOption({ index: 1 });
}

async function submitAndCode(page: Page): Promise<{ id: string; code: string }> {
  await page.getByTestId('intake-submit').click();
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toBeVisible();
  return { id: page.url().split('/').pop() ?? '', code: (await detail.getAttribute('data-code')) ?? '' };
}

test('offline intake of different procedures: documents marked, a photo kept, one not accepted with its reason', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const { context, page } = await device(browser, 'tiepnhan');
  await goOffline(context);
  const received: { id: string; code: string }[] = [];

  // 1: first document digitised from a photo (compressed and kept on the device).
  await fillIntake(page, 1, 1);
  const firstDoc = page.getByTestId('intake-doc').first();
  await firstDoc
    .getByTestId('intake-doc-photo')
    .setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: PHOTO });
  await expect(firstDoc.getByTestId('intake-doc-photos')).toBeVisible();
  await expect(firstDoc).toHaveAttribute('data-state', 'digitised');
  received.push(await submitAndCode(page));

  // 2: paper received for every document; a replaceable one replaced by population data.
  await fillIntake(page, 2, 2);
  for (const doc of await page.getByTestId('intake-doc').all()) {
    const replaceable = (await doc.getByTestId('intake-doc-replaceable').count()) > 0;
    await doc
      .getByTestId('intake-doc-state')
      .selectOption(replaceable ? 'replaced_by_population_data' : 'received_paper');
  }
  received.push(await submitAndCode(page));

  // 3: not accepted — the reason is required, then recorded.
  await fillIntake(page, 3, 3);
  await page.getByTestId('intake-outcome-not_accepted').check();
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('intake-reason-error')).toBeVisible();
  await page.getByLabel('Lý do không tiếp nhận').fill('Hồ sơ thiếu tờ khai có chữ ký');
  const refused = await submitAndCode(page);
  received.push(refused);

  // 4: another procedure, as it comes.
  await fillIntake(page, 4, 4);
  received.push(await submitAndCode(page));
  expect(new Set(received.map((r) => r.code)).size).toBe(4);

  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('motcua-attachments');
        open.onerror = () => reject(new Error('no attachments database'));
        open.onsuccess = () => {
          const count = open.result.transaction('attachments').objectStore('attachments').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(kept).toBe(1);

  await goOnline(context);
  await apiSignIn(request, 'tiepnhan');
  await expect
    .poll(
      async () => {
        const held = new Set((await serverDocs(request, 'dossiers')).map((d) => d['code']));
        return received.filter((r) => held.has(r.code)).length;
      },
      { timeout: 60_000 },
    )
    .toBe(4);
  const docs = await serverDocs(request, 'dossiers');
  const byCode = (code: string) => docs.find((d) => d['code'] === code);
  expect(byCode(refused.code)?.['status']).toBe(3);
  const photoDocs = byCode(received[0]?.code ?? '')?.['documents'] as {
    state: string;
    attachmentIds: string[];
  }[];
  expect(photoDocs[0]?.state).toBe('digitised');
  expect(photoDocs[0]?.attachmentIds).toHaveLength(1);
  const marked = byCode(received[1]?.code ?? '')?.['documents'] as { state: string }[];
  expect(marked.every((d) => d.state !== 'missing')).toBe(true);
  await expect
    .poll(async () => {
      const events = await serverDocs(request, 'dossier_events');
      const refuse = events.find(
        (e) => e['dossierId'] === byCode(refused.code)?.id && e['type'] === 'refuse',
      );
      return refuse?.['reason'];
    })
    .toBe('Hồ sơ thiếu tờ khai có chữ ký');
  await context.close();
});

test('the intake finds a procedure typed without diacritics, or by its national code', async ({
  browser,
}) => {
  const { context, page } = await device(browser, 'tiepnhan');
  await goOffline(context);
  await page.goto('/dossiers/new');
  const select = page.getByLabel('Thủ tục', { exact: true });
  // Loaded: the placeholder and the catalogue (zero options, before the first render, is not it).
  await expect.poll(() => select.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(2);
  const all = await select.locator('option').count();
  // The portal's national code finds exactly that procedure (plus the "choose" placeholder).
  await page.getByTestId('intake-procedure-search').fill('1.001193');
  await expect(select.locator('option')).toHaveCount(2);
  await expect(select.locator('option').nth(1)).toHaveText('Thủ tục đăng ký khai sinh');
  await page.getByTestId('intake-procedure-search').fill('dang ky khai sinh');
  await expect.poll(() => select.locator('option').count()).toBeLessThan(all);
  const found = await select.locator('option').allTextContents();
  const birth = found.find((label) => label === 'Thủ tục đăng ký khai sinh');
  expect(birth).toBeDefined();
  expect(found.every((label) => label.startsWith('—') || label.toLowerCase().includes('khai sinh'))).toBe(
    true,
  );
  await select.selectOption({ label: birth ?? '' });
  // The chosen procedure stays selectable whatever is typed next.
  await page.getByTestId('intake-procedure-search').fill('giấy phép xây dựng');
  await expect(select.locator('option', { hasText: 'khai sinh' })).toHaveCount(1);
  await expect(select).toHaveValue(/./);
  await context.close();
});
