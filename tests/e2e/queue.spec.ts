import { expect, test, type Locator } from '@playwright/test';
import { apiSignIn, signIn } from './auth-pages';
import { waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline } from './offline';
import { serverDocs } from './server-state';

/** "07-012" → 7·101 + 12: the shown segment-count form back to the stored number (ticket-number.ts). */
const storedNumber = (shown: string): number => {
  const [block, k] = shown.split('-').map(Number);
  return (block ?? 0) * 101 + (k ?? 0);
};

const numberOf = async (row: Locator): Promise<string> => (await row.getAttribute('data-number')) ?? '';

test('queue offline: issue 3 tickets, call and finish one, see the average wait; the server gets all 3', async ({
  page,
  context,
  request,
}) => {
  await signIn(page, 'tiepnhan', '/queue');
  await waitForFirstSync(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Hàng đợi tại quầy' })).toBeVisible();
  await expect(page.getByTestId('queue-average')).toHaveAttribute('data-verdict', 'none');

  await goOffline(context);
  const waiting = page.getByTestId('queue-waiting').getByTestId('ticket-row');
  await page.getByTestId('queue-issue').click();
  await expect(page.getByTestId('queue-status')).toContainText('Đã cấp số');
  await page.getByLabel('Dịch vụ, lĩnh vực').selectOption('land');
  await page.getByTestId('queue-issue').click();
  await expect(waiting).toHaveCount(2);
  await page.getByTestId('queue-issue').click();
  await expect(waiting).toHaveCount(3);
  const shown = await Promise.all([0, 1, 2].map((i) => numberOf(waiting.nth(i))));
  expect(new Set(shown).size).toBe(3);
  for (const n of shown) expect(n).toMatch(/^\d{2}-\d{3}$/);
  await expect(waiting.nth(1)).toContainText('Đất đai');

  // The oldest waiting ticket is called first, then served and finished.
  await page.getByTestId('queue-call-next').click();
  const atCounter = page.getByTestId('queue-counter').getByTestId('ticket-row');
  await expect(atCounter).toHaveAttribute('data-number', shown[0] ?? '');
  await expect(atCounter).toHaveAttribute('data-state', 'called');
  await expect(page.getByTestId('queue-status')).toContainText(`Mời số ${shown[0]} đến quầy`);
  await page.getByTestId('queue-serve').click();
  await expect(atCounter).toHaveAttribute('data-state', 'serving');
  await page.getByTestId('queue-finish').click();
  await expect(page.getByTestId('queue-history').getByTestId('ticket-row')).toHaveAttribute(
    'data-state',
    'done',
  );
  await expect(waiting).toHaveCount(2);

  // Seconds of waiting: 0 minutes, within the 15-minute target, said in words.
  const average = page.getByTestId('queue-average');
  await expect(average).toHaveAttribute('data-verdict', 'within');
  await expect(average).toContainText('0 phút');
  await expect(average).toContainText('Đạt mục tiêu');
  await expect(page.getByTestId('queue-summary')).toContainText('đã cấp 3, đang chờ 2, đã xong 1');

  // Back online: the three tickets reach the server (read as the supervisor).
  await goOnline(context);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
  await apiSignIn(request, 'giamsat');
  const numbers = shown.map(storedNumber);
  await expect
    .poll(
      async () =>
        (await serverDocs(request, 'queue_tickets')).filter((d) => numbers.includes(d['number'] as number))
          .length,
      {
        timeout: 30_000,
      },
    )
    .toBe(3);
  const tickets = (await serverDocs(request, 'queue_tickets')).filter((d) =>
    numbers.includes(d['number'] as number),
  );
  expect(tickets.every((d) => d['servicePointId'] === 'hn-center')).toBe(true);
  const done = tickets.find((d) => d['number'] === numbers[0]);
  expect(done).toMatchObject({ state: 'done', service: 'guidance' });
  expect(typeof done?.['calledAt']).toBe('string');
  expect(typeof done?.['finishedAt']).toBe('string');
  expect(tickets.find((d) => d['number'] === numbers[1])).toMatchObject({
    state: 'waiting',
    service: 'land',
  });
});
