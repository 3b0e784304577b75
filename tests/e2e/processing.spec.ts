import { expect, test } from '@playwright/test';
import { computeDueAt } from '../../shared/calendar';
import { procedureById } from '../../shared/catalogue';
import { apiSignIn, signIn } from './auth-pages';
import { waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline, waitForServiceWorker } from './offline';
import { dueOf, nextWorkingMorning, receiveFor, recordStep, stepAt, vnText } from './processing-pages';
import { serverDocs } from './server-state';

/** A residence procedure (3 working days): the demo processing officer covers residence. */
const PROCEDURE = 'temporary-residence-registration';
const deadline = procedureById(PROCEDURE)!.deadline;

/**
 * Issue 7: intake → the processing officer's inbox → take, start (4), supplement with slip 02 (5),
 * supplement received (back to 4, due later by exactly the paused working time: P2), complete (9);
 * every step a local write checked by the status machine (the supplement request offline), and
 * the server agrees (EVT6).
 * The officer's device runs on a clock set to 09:00 of the next working day, so the pause always
 * lies in working hours whatever day the test runs.
 */
test('processing: inbox, take, start, supplement with slip 02, supplement received moves the due time, complete', async ({
  browser,
  request,
}) => {
  const counter = await browser.newContext();
  const intake = await counter.newPage();
  await signIn(intake, 'tiepnhan');
  await waitForFirstSync(intake);
  const { id, code } = await receiveFor(intake, PROCEDURE, {
    name: 'Đỗ Thị Lan',
    citizenId: '001190077001',
    phone: '0913 700 001',
  });

  const officerDevice = await browser.newContext();
  await officerDevice.addInitScript(() => localStorage.setItem('motcua.lock.idleMinutes', '30'));
  await officerDevice.clock.install({ time: nextWorkingMorning(new Date()) });
  const page = await officerDevice.newPage();
  await signIn(page, 'chuyenvien', '/processing');
  await waitForFirstSync(page);
  await waitForServiceWorker(page);

  // The inbox: "chờ xử lý" (2) holds the new dossier, with its procedure and applicant.
  await expect(page.getByTestId('processing-tab-2')).toHaveAttribute('aria-current', 'page');
  const row = page.locator(`[data-testid=work-row][data-code="${code}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Đỗ Thị Lan');
  await expect(row).toContainText('Đăng ký tạm trú');
  // By field (lĩnh vực): the officer's own fields are offered; another field hides the dossier.
  const field = page.getByLabel('Lĩnh vực');
  await field.selectOption('land');
  await expect(row).toHaveCount(0);
  await field.selectOption('residence');
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: code }).click();
  await expect(page.getByTestId('dossier-detail')).toHaveAttribute('data-code', code);

  // Take it, start processing: only the steps the machine allows are offered.
  await expect(page.getByTestId('action-complete')).toHaveCount(0);
  await recordStep(page, 'take');
  await expect(page.getByTestId('processing-assignee-now')).toHaveText('Bạn');
  await expect(page.getByTestId('action-take')).toHaveCount(0);
  await recordStep(page, 'start_processing');
  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '4');
  const dueBefore = await dueOf(page);

  // Offline, a supplement request needs the list of what is missing (T3); it goes on slip 02,
  // which prints from the device alone.
  await goOffline(officerDevice);
  await page.getByTestId('action-request_supplement').click();
  await page.getByTestId('processing-confirm').click();
  await expect(page.getByTestId('processing-reason-error')).toBeVisible();
  await page.getByTestId('processing-cancel').click();
  const missing = '1. Tờ khai thay đổi thông tin cư trú (CT01)\n2. Hợp đồng thuê nhà có công chứng';
  await recordStep(page, 'request_supplement', { reason: missing });
  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '5');
  await expect(page.getByTestId('deadline-state')).toHaveAttribute('data-state', 'paused');

  await page.getByTestId('slip-link-02').click();
  const slip = page.getByTestId('notice-slip');
  await expect(slip).toContainText('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  await expect(page.getByTestId('notice-number')).toContainText(code);
  await expect(page.getByTestId('notice-reason').locator('p')).toHaveText(missing.split('\n'));
  await expect(page.getByTestId('notice-signer')).toHaveText('Chuyên viên xử lý (demo)');
  await expect(page.getByTestId('notice-applicant')).toHaveText('Đỗ Thị Lan');
  await page.getByRole('link', { name: 'Về hồ sơ' }).click();
  await goOnline(officerDevice);

  // Twenty minutes later the citizen brings the papers: the clock runs again, the due time moves.
  await page.clock.fastForward('20:00');
  await recordStep(page, 'supplement_received');
  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '4');
  const pause = {
    from: new Date(await stepAt(page, 'request_supplement')),
    to: new Date(await stepAt(page, 'supplement_received')),
  };
  expect(pause.to.getTime() - pause.from.getTime()).toBeGreaterThanOrEqual(20 * 60_000);
  const expected = computeDueAt(new Date(await stepAt(page, 'accept')), deadline, {
    pauses: [pause],
  }).toISOString();
  await expect.poll(() => dueOf(page)).toBe(expected);
  expect(Date.parse(expected)).toBeGreaterThan(Date.parse(dueBefore));

  await recordStep(page, 'complete');
  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '9');
  await expect(page.getByTestId('action-complete')).toHaveCount(0);

  // The server holds every step in order and projects the same dossier (EVT6).
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await apiSignIn(request, 'giamsat');
  const steps = (await serverDocs(request, 'dossier_events')).filter((e) => e['dossierId'] === id);
  expect(steps.map((e) => e['type'])).toEqual([
    'register',
    'accept',
    'assign',
    'start_processing',
    'request_supplement',
    'supplement_received',
    'complete',
  ]);
  expect(steps.find((e) => e['type'] === 'request_supplement')).toMatchObject({
    reason: missing,
    actorId: 'officer-civil_status-1',
    receivingPointId: 'hn-center',
    field: 'residence',
  });
  await expect
    .poll(async () => (await serverDocs(request, 'dossiers')).find((d) => d.id === id))
    .toMatchObject({ status: 9, dueAt: expected, assigneeId: 'officer-civil_status-1' });
  await counter.close();
  await officerDevice.close();
});

/**
 * Issue 7: a dossier that will be late gets an apology with a new appointment (slip 04); the
 * citizen, with no account, sees the new appointment and the steps with what was written to them
 * (PUB4, PUB5). The late board lists only late and due-soon open work.
 */
test('apology: slip 04 with the new appointment, shown to the citizen by the public lookup; the late board', async ({
  browser,
}) => {
  const counter = await browser.newContext();
  const intake = await counter.newPage();
  await signIn(intake, 'tiepnhan');
  await waitForFirstSync(intake);
  const applicant = { name: 'Vũ Minh Châu', citizenId: '001085077002', phone: '0913 700 246' };
  const { id, code } = await receiveFor(intake, PROCEDURE, applicant);

  const bossDevice = await browser.newContext();
  const page = await bossDevice.newPage();
  await signIn(page, 'giamsat', `/dossiers/${id}`);
  await waitForFirstSync(page);
  await expect(page.getByTestId('dossier-detail')).toHaveAttribute('data-code', code);
  await expect(page.getByTestId('nav-processing')).toBeVisible();
  const due = await dueOf(page);

  // Online, the supervisor assigns it by name: the residence officer is offered, by name.
  await page.getByTestId('action-assign').click();
  const form = page.getByTestId('processing-form');
  await form.getByLabel('Giao cho cán bộ').selectOption({ label: 'Chuyên viên xử lý (demo)' });
  await form.getByTestId('processing-confirm').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('processing-assignee-now')).not.toHaveText('Bạn');
  await expect(page.getByTestId('processing-assignee-now')).not.toHaveText('');

  // The new appointment must come after the one the citizen holds (PI2).
  await page.getByTestId('action-apologise_reschedule').click();
  await page.getByTestId('processing-reason').fill('Chờ kết quả xác minh nơi cư trú của Công an phường');
  const local = (iso: string): string => new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16);
  await page.getByTestId('processing-due').fill(local(due));
  await page.getByTestId('processing-confirm').click();
  await expect(page.getByTestId('processing-due-error')).toHaveText(
    'Ngày hẹn trả mới phải sau ngày hẹn đang có.',
  );
  await page.getByTestId('processing-cancel').click();
  const newDue = new Date(Math.ceil((Date.parse(due) + 3 * 86_400_000) / 60_000) * 60_000).toISOString();
  await recordStep(page, 'apologise_reschedule', {
    reason: 'Chờ kết quả xác minh nơi cư trú của Công an phường',
    newDueLocal: local(newDue),
  });
  await expect(page.getByTestId('fact-due')).toHaveText(vnText(newDue));
  await expect(page.getByTestId('fact-status')).toHaveAttribute('data-status', '2'); // T4
  await expect(page.getByTestId('timeline-new-due')).toContainText(vnText(newDue));

  await page.getByTestId('slip-link-04').click();
  await expect(page.getByTestId('notice-slip')).toContainText('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
  await expect(page.getByTestId('notice-reason')).toHaveText(
    'Chờ kết quả xác minh nơi cư trú của Công an phường',
  );
  const [d, t] = vnText(newDue).split(' ');
  await expect(page.getByTestId('notice-new-due')).toHaveText(`${t!.replace(':', ' giờ ')} phút, ngày ${d}`);
  const [pd, pt] = vnText(due).split(' ');
  await expect(page.getByTestId('notice-previous-due')).toContainText(
    `${pt!.replace(':', ' giờ ')} phút, ngày ${pd}`,
  );
  await expect(page.getByTestId('notice-signer')).toHaveText('Lãnh đạo Trung tâm (demo)');
  // Printed like slip 01: one A5 sheet (148 × 210 mm = 419.5 × 595.3 pt), no app chrome.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('slip-print')).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g) ?? []).toHaveLength(1);
  const [, w] = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)/.exec(pdf) ?? [];
  expect(Math.abs(Number(w) - (148 / 25.4) * 72)).toBeLessThan(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });

  // The citizen, anonymous, with the code and the phone's last four digits.
  const citizen = await browser.newContext();
  const visitor = await citizen.newPage();
  await visitor.goto(`/lookup?code=${code}`);
  await visitor.getByLabel('4 số cuối số điện thoại').fill('0246');
  await visitor.getByTestId('lookup-submit').click();
  await expect(visitor.getByTestId('lookup-due')).toHaveText(vnText(newDue));
  const steps = visitor.getByTestId('lookup-timeline').locator('li');
  await expect(steps).toHaveCount(4); // register, accept, assign, apology
  const apology = visitor.locator('[data-testid=lookup-timeline] li[data-type=apologise_reschedule]');
  await expect(apology).toContainText('Chờ kết quả xác minh nơi cư trú của Công an phường');
  await expect(apology).toContainText(`hẹn trả mới: ${vnText(newDue)}`);
  await expect(visitor.locator('body')).not.toContainText('supervisor-1');
  await expect(visitor.locator('body')).not.toContainText('Chuyên viên xử lý (demo)'); // never who

  // The late board: every row in each section is in that state, sorted by appointment.
  await page.goto('/processing/late');
  for (const kind of ['late', 'due_soon'] as const) {
    const section = page.getByTestId(`late-section-${kind}`);
    await expect(page.getByTestId(`late-count-${kind}`)).toHaveText(/\(\d+\)$/);
    await expect(
      section.getByTestId('work-due-state').first().or(section.getByText('Không có hồ sơ nào')),
    ).toBeVisible();
    for (const state of await section.getByTestId('work-due-state').all())
      await expect(state).toHaveAttribute('data-state', kind);
  }
  await citizen.close();
  await counter.close();
  await bossDevice.close();
});
