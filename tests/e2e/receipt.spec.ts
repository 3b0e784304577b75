import { expect, test } from '@playwright/test';
import { apiSignIn, signIn } from './auth-pages';
import { receiveDossier, waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline, waitForServiceWorker } from './offline';
import { serverDocs } from './server-state';

/** 1 mm in CSS pixels: A5 is 148 × 210 mm. */
const MM = 96 / 25.4;
const applicant = { name: 'Lê Thị Thu Hà', citizenId: '001190054321', phone: '0912 345 678' };

/**
 * Slip 01 (Circular 01/2018/TT-VPCP, template 01) printed offline at the counter, then the
 * citizen follows the dossier from the slip's QR address without an account (PUB1: no personal
 * data on the public page).
 */
test('receipt: printed offline on A5 with the code, applicant, procedure, appointment, officer and QR; public lookup by code', async ({
  browser,
}) => {
  const officer = await browser.newContext();
  const page = await officer.newPage();
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await waitForServiceWorker(page);

  await goOffline(officer);
  const code = await receiveDossier(page, applicant);
  const facts = page.getByTestId('dossier-facts');
  const procedureName = (await facts.locator('dt:text-is("Thủ tục") + dd').textContent())?.trim() ?? '';
  const due = (await page.getByTestId('fact-due').textContent())?.trim() ?? '';
  expect(procedureName).not.toBe('');
  const [, dd, mo, y, h, m] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(due) ?? [];
  expect(dd, `due time "${due}"`).toBeDefined();

  // The receipt, offline: everything from the device's database, the QR drawn locally.
  await page.getByTestId('receipt-link').click();
  const slip = page.getByTestId('receipt-slip');
  await expect(slip).toBeVisible();
  await expect(page.getByTestId('receipt-code')).toHaveText(code);
  await expect(page.getByTestId('receipt-number')).toContainText(code);
  await expect(page.getByTestId('receipt-applicant')).toHaveText(applicant.name);
  await expect(page.getByTestId('receipt-procedure')).toHaveText(procedureName);
  await expect(page.getByTestId('receipt-appointment')).toHaveText(
    `5. Thời gian trả kết quả giải quyết hồ sơ: ${h} giờ ${m} phút, ngày ${dd}/${mo}/${y}`,
  );
  await expect(page.getByTestId('receipt-officer')).toHaveText('Cán bộ tiếp nhận (demo)');
  await expect(slip).toContainText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  const qr = page.getByTestId('receipt-qr');
  await expect(qr.locator('svg')).toHaveCount(1);
  const lookupUrl = await qr.getAttribute('data-url');
  expect(lookupUrl).toBe(`${new URL(page.url()).origin}/lookup?code=${code}`);
  // The slip keeps to the form's personal data: no citizen ID.
  await expect(slip).not.toContainText(applicant.citizenId);

  // Printed: the app's chrome disappears and the slip is one A5 sheet.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.topbar', '.tabbar', '.sync', '.account-bar'])
    await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.getByTestId('receipt-print')).toBeHidden();
  const box = await slip.boundingBox();
  expect(box?.width).toBeCloseTo(148 * MM, 0);
  expect(box?.height).toBeCloseTo(210 * MM, 0);
  // What Chromium would print: one page, A5 (148 × 210 mm = 419.5 × 595.3 pt) from `@page`.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(1);
  const [, w, hgt] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf) ?? [];
  // Chromium rounds the sheet to whole CSS pixels: within a point of A5.
  expect(Math.abs(Number(w) - (148 / 25.4) * 72)).toBeLessThan(1);
  expect(Math.abs(Number(hgt) - (210 / 25.4) * 72)).toBeLessThan(1);
  await page.emulateMedia({ media: 'screen' });

  // The public lookup needs the network, and says so.
  await page.goto(`/lookup?code=${code}`);
  await page.getByLabel('4 số cuối số điện thoại').fill('5678');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-error')).toHaveText('Cần kết nối mạng để tra cứu.');

  // Back online, the dossier reaches the server…
  await goOnline(officer);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });

  // …and the citizen, with no account, follows it from the QR address.
  const citizen = await browser.newContext();
  const visitor = await citizen.newPage();
  await visitor.goto(lookupUrl ?? '');
  await expect(visitor.getByLabel('Mã hồ sơ')).toHaveValue(code);
  await visitor.getByLabel('4 số cuối số điện thoại').fill('0000');
  await visitor.getByTestId('lookup-submit').click();
  await expect(visitor.getByTestId('lookup-error')).toHaveAttribute('data-error', 'not_found');
  await visitor.getByLabel('4 số cuối số điện thoại').fill('5678');
  await visitor.getByTestId('lookup-submit').click();
  await expect(visitor.getByTestId('lookup-status')).toHaveText('Được tiếp nhận');
  await expect(visitor.getByTestId('lookup-procedure')).toHaveText(procedureName);
  await expect(visitor.getByTestId('lookup-due')).toHaveText(due);
  await expect(visitor.getByTestId('lookup-timeline').locator('li')).toHaveCount(2);
  const text = (await visitor.locator('body').textContent()) ?? '';
  for (const personal of [applicant.citizenId, '0912345678', '0912 345 678', applicant.name])
    expect(text).not.toContain(personal);

  await citizen.close();
  await officer.close();
});

/**
 * Result return (status 9 → 10) at the counter, offline: the return_result event and the dossier's
 * resultDelivery reach the server once the device reconnects (shared/status TRANSITIONS).
 */
test('result return: a completed dossier is marked returned offline, by post, and the server accepts it', async ({
  browser,
  request,
}) => {
  await apiSignIn(request, 'tiepnhan');
  const completed = (await serverDocs(request, 'dossiers')).find(
    (d) => d['status'] === 9 && d['receivingPointId'] === 'hn-center',
  );
  expect(
    completed,
    'the pinned demo data set (DEMO_NOW) holds a completed dossier at hn-center',
  ).toBeDefined();
  const id = completed?.id ?? '';

  const officer = await browser.newContext();
  const page = await officer.newPage();
  await signIn(page, 'tiepnhan', `/dossiers/${id}`);
  await waitForFirstSync(page);
  await waitForServiceWorker(page);
  await goOffline(officer);

  const form = page.getByTestId('return-result');
  await expect(form).toBeVisible();
  await form.getByTestId('result-method-postal').check();
  await page.getByLabel('Địa chỉ gửi kết quả').fill('');
  await page.getByTestId('result-submit').click();
  await expect(page.getByText('Vui lòng nhập họ tên người nhận (tối đa 128 ký tự).')).toBeVisible();
  await page.getByLabel('Họ và tên người nhận kết quả').fill('Phạm Văn Bình');
  await page.getByTestId('result-submit').click();
  await expect(page.getByText('Gửi qua bưu chính cần địa chỉ nhận (tối đa 512 ký tự).')).toBeVisible();
  await page.getByLabel('Địa chỉ gửi kết quả').fill('Số 9 Lý Thái Tổ, Hà Nội');
  await page.getByTestId('result-submit').click();

  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '10');
  await expect(form).toBeHidden();
  await expect(page.locator('[data-testid=timeline-event][data-type=return_result]')).toHaveCount(1);

  await goOnline(officer);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  const stored = (await serverDocs(request, 'dossiers')).find((d) => d.id === id);
  expect(stored).toMatchObject({
    status: 10,
    resultDelivery: { method: 'postal', address: 'Số 9 Lý Thái Tổ, Hà Nội', recipientName: 'Phạm Văn Bình' },
  });
  const events = (await serverDocs(request, 'dossier_events')).filter((e) => e['dossierId'] === id);
  expect(events.filter((e) => e['type'] === 'return_result')).toMatchObject([
    { actorId: 'counter-hn-tt', actorRole: 'intake_officer', receivingPointId: 'hn-center' },
  ]);
  await officer.close();
});
