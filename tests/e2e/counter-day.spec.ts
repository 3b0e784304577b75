import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { procedureById, servicePointById } from '../../shared/catalogue';
import { computeDueAt, defaultCalendar } from '../../shared/calendar';
import { apiSignIn, signIn } from './auth-pages';
import {
  deviceBlocks,
  homePrefix,
  issueQueueTicket,
  receiveDossierOf,
  storedTicketNumber,
  unlockWithPin,
  vnParts,
  type DeviceBlocks,
  type Received,
} from './counter-pages';
import { waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline, waitForServiceWorker } from './offline';
import { ownServerTest as test } from './own-server';
import { serverDocs } from './server-state';

// Against a real server of this file's own (own-server.ts): the day's tickets at hn-center left
// here would change what queue.spec.ts, which expects an empty queue that day, sees on the shared one.
test.afterAll(async ({ ownServer }) => ownServer.stop());

const UNIT = servicePointById('hn-center')?.receivingUnitCode ?? 'HN-TT';

/** A counter device of hn-center: signed in as tiepnhan, synced once, holding its code blocks. */
async function counterDevice(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; blocks: DeviceBlocks }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'tiepnhan');
  await waitForFirstSync(page);
  await waitForServiceWorker(page); // offline navigation and the cold start are served by it
  const blocks = await deviceBlocks(page);
  expect(blocks.unitCode).toBe(UNIT);
  return { context, page, blocks };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Quốc Dũng', 'Thu Hà', 'Đức Hùng', 'Thị Lan', 'Văn Phúc'];
const applicantOf = (i: number) => ({
  name: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]} ${i + 1}`,
  citizenId: `001190${String(7000 + i).padStart(6, '0')}`,
  phone: `09${String(12_340_000 + i * 7).padStart(8, '0')}`,
  address: `Số ${i + 1} phố Hàng Bạc, Hà Nội`,
});

const serialBlock = (code: string): number => Math.floor((Number(code.slice(-4)) - 1) / 101);

/**
 * The counter's day from the issue (#6), against the real server: network cut from the start,
 * 3 queue tickets, 20 dossiers of different procedures, one receipt checked, the app closed and
 * opened again with no network, then the reconnect — and everything is on the server, right.
 */
test('a counter day offline: 3 tickets, 20 dossiers, a receipt, a cold start offline; the server gets it all', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const startedAt = new Date().toISOString();
  const { context, page: first, blocks } = await counterDevice(browser);
  const prefix = homePrefix(blocks);
  let page = first;
  await goOffline(context);

  // Queue: numbers from the device's granted home block (client/queue/ticket-number.ts T1).
  await page.goto('/queue');
  await expect(page.getByTestId('queue-issue-panel')).toHaveAttribute('data-numbering', 'granted');
  await expect(page.getByTestId('queue-numbers-provisional')).toBeHidden();
  const tickets = [
    await issueQueueTicket(page),
    await issueQueueTicket(page, 'civil_status'),
    await issueQueueTicket(page, 'result_return'),
  ];
  expect(new Set(tickets).size).toBe(3);
  for (const n of tickets) expect(n.startsWith(`${prefix}-`), `ticket ${n} from block ${prefix}`).toBe(true);

  // 20 dossiers, each of another procedure (7 is prime to the catalogue's size), other applicants.
  const options = await (async () => {
    await page.goto('/dossiers/new');
    const select = page.getByLabel('Thủ tục', { exact: true });
    await expect(select.locator('option')).not.toHaveCount(1, { timeout: 30_000 });
    return (await select.locator('option').count()) - 1;
  })();
  expect(options).toBeGreaterThanOrEqual(20);
  const received: Received[] = [];
  for (let i = 0; i < 20; i++)
    received.push(await receiveDossierOf(page, 1 + ((i * 7) % options), applicantOf(i)));
  const codes = received.map((r) => r.code);
  expect(new Set(codes).size).toBe(20);
  expect(new Set(received.map((r) => r.procedureId)).size).toBe(20);
  const granted = new Set(blocks.grants.map((g) => g.block));
  for (const code of codes) {
    expect(code.startsWith(`${UNIT}-`), code).toBe(true);
    expect(granted.has(serialBlock(code)), `${code} from a granted block`).toBe(true);
  }

  // One receipt (slip 01), still offline: its code, applicant, procedure and appointment.
  const sample = received[7] as Received;
  await page.goto(`/dossiers/${sample.id}`);
  await expect(page.getByTestId('fact-code')).toHaveText(sample.code);
  const due = (await page.getByTestId('fact-due').textContent())?.trim() ?? '';
  const [, dd, mo, y, h, m] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(due) ?? [];
  expect(dd, `due time "${due}"`).toBeDefined();
  await page.getByTestId('receipt-link').click();
  await expect(page.getByTestId('receipt-slip')).toBeVisible();
  await expect(page.getByTestId('receipt-code')).toHaveText(sample.code);
  await expect(page.getByTestId('receipt-applicant')).toHaveText(sample.name);
  await expect(page.getByTestId('receipt-procedure')).toHaveText(sample.procedureName);
  const appointment = `5. Thời gian trả kết quả giải quyết hồ sơ: ${h} giờ ${m} phút, ngày ${dd}/${mo}/${y}`;
  await expect(page.getByTestId('receipt-appointment')).toHaveText(appointment);
  await expect(page.getByTestId('receipt-qr').locator('svg')).toHaveCount(1);

  // Close the app and open it again, still offline: the service worker serves it, it opens
  // locked (a new session), and the list holds the 20 new dossiers from the device's database.
  await page.close();
  page = await context.newPage();
  await page.goto('/dossiers');
  await unlockWithPin(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ' })).toBeVisible();
  const search = page.getByTestId('dossier-search');
  for (const code of codes) {
    await search.fill(code);
    await expect(page.locator(`[data-testid=dossier-row][data-code="${code}"]`)).toBeVisible();
  }
  await search.fill('');

  // Reconnect: everything goes up.
  await goOnline(context);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 60_000 });

  // The server, read as the supervisor.
  await apiSignIn(request, 'giamsat');
  await expect
    .poll(
      async () => {
        const held = new Set((await serverDocs(request, 'dossiers')).map((d) => d['code']));
        return codes.filter((c) => held.has(c)).length;
      },
      { timeout: 60_000 },
    )
    .toBe(20);
  const all = await serverDocs(request, 'dossiers');
  const allCodes = all.map((d) => String(d['code']));
  expect(new Set(allCodes).size).toBe(allCodes.length); // unique among every dossier held
  for (const r of received) {
    const stored = all.filter((d) => d['code'] === r.code);
    expect(stored, r.code).toHaveLength(1);
    const d = stored[0] ?? { id: '' };
    expect(d).toMatchObject({
      id: r.id,
      procedureId: r.procedureId,
      receivingPointId: 'hn-center',
      applicant: { fullName: r.name },
    });
    const procedure = procedureById(r.procedureId);
    expect(procedure, r.procedureId).toBeDefined();
    const dueAt = computeDueAt(
      new Date(String(d['receivedAt'])),
      procedure?.deadline ?? { value: 0, unit: 'working_days' },
      {
        calendar: defaultCalendar,
      },
    );
    expect(Date.parse(String(d['dueAt'])), `${r.code} (${JSON.stringify(procedure?.deadline)})`).toBe(
      dueAt.getTime(),
    );
    if (r === sample) {
      // The receipt's appointment is the due time the server holds, in Vietnam's time.
      const p = vnParts(dueAt.toISOString());
      expect(appointment).toBe(
        `5. Thời gian trả kết quả giải quyết hồ sơ: ${p.h} giờ ${p.m} phút, ngày ${p.dd}/${p.mo}/${p.y}`,
      );
    }
  }

  // The 3 tickets are there, at hn-center, with their services.
  const numbers = tickets.map(storedTicketNumber);
  const mine = async () =>
    (await serverDocs(request, 'queue_tickets')).filter(
      (t) =>
        t['servicePointId'] === 'hn-center' &&
        numbers.includes(t['number'] as number) &&
        String(t['issuedAt']) >= startedAt,
    );
  await expect.poll(async () => (await mine()).length, { timeout: 30_000 }).toBe(3);
  const held = await mine();
  expect(numbers.map((n) => held.find((t) => t['number'] === n)?.['service'])).toEqual([
    'guidance',
    'civil_status',
    'result_return',
  ]);
  await context.close();
});

/**
 * Two counter devices of the same service point, both offline all along, issue tickets: their
 * numbers come from the two different home blocks the server granted their sessions, so none
 * repeats — even when their device ids (the provisional, device-derived block) are the same.
 */
test('two devices of one service point, both offline, never issue the same ticket number', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const startedAt = new Date().toISOString();
  const a = await counterDevice(browser);
  const b = await counterDevice(browser);
  expect(homePrefix(a.blocks)).not.toBe(homePrefix(b.blocks));
  // The old device-derived blocks of these two would be the same block: collisions guaranteed.
  for (const d of [a, b])
    await d.page.evaluate(() => localStorage.setItem('motcua.deviceId', 'one-and-the-same-device'));

  await goOffline(a.context);
  await goOffline(b.context);
  const shown: Record<'a' | 'b', string[]> = { a: [], b: [] };
  for (const d of [a, b]) {
    await d.page.goto('/queue');
    await expect(d.page.getByTestId('queue-issue-panel')).toHaveAttribute('data-numbering', 'granted');
  }
  for (let i = 0; i < 4; i++) {
    shown.a.push(await issueQueueTicket(a.page));
    shown.b.push(await issueQueueTicket(b.page));
  }
  for (const [key, d] of [
    ['a', a],
    ['b', b],
  ] as const)
    for (const n of shown[key]) expect(n.startsWith(`${homePrefix(d.blocks)}-`), n).toBe(true);
  const numbers = [...shown.a, ...shown.b].map(storedTicketNumber);
  expect(new Set(numbers).size).toBe(8);

  await goOnline(a.context);
  await goOnline(b.context);
  for (const d of [a, b])
    await expect(d.page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 60_000 });

  await apiSignIn(request, 'giamsat');
  const today = async () =>
    (await serverDocs(request, 'queue_tickets')).filter(
      (t) => t['servicePointId'] === 'hn-center' && String(t['issuedAt']) >= startedAt,
    );
  await expect.poll(async () => (await today()).length, { timeout: 30_000 }).toBe(8);
  const held = (await today()).map((t) => t['number'] as number);
  expect(new Set(held).size).toBe(8);
  expect([...held].sort((x, y) => x - y)).toEqual([...numbers].sort((x, y) => x - y));
  // Each device sees the other's tickets once synced, each number once.
  for (const [d, other] of [
    [a, shown.b],
    [b, shown.a],
  ] as const)
    for (const n of other)
      await expect(
        d.page.getByTestId('queue-waiting').locator(`[data-testid=ticket-row][data-number="${n}"]`),
      ).toHaveCount(1, { timeout: 30_000 });
  await a.context.close();
  await b.context.close();
});
