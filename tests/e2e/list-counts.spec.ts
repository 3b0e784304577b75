import { expect, test, type Page } from '@playwright/test';
import { signIn, TEST_PIN } from './auth-pages';
import { receiveDossier, waitForFirstSync } from './dossier-pages';

/** The status filter's options read "<label> (<count>)", the count in Vietnamese digits (2.000). */
const option = (page: Page, value: string) =>
  page.getByTestId('list-filter-status').locator(`option[value="${value}"]`);
async function countIn(page: Page, value: string): Promise<number> {
  const text = (await option(page, value).textContent()) ?? '';
  const m = /\(([\d.]+)\)$/.exec(text.trim());
  return m?.[1] === undefined ? Number.NaN : Number(m[1].replaceAll('.', ''));
}

test('T1, C1: the list’s status counts follow a dossier received in another tab, and a reload reads them back', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const list = await context.newPage();
  await signIn(list, 'tiepnhan'); // lands on /dossiers
  await waitForFirstSync(list);
  // The pulled dossiers reach the counts as the tally applies each pull write.
  await expect.poll(() => countIn(list, ''), { timeout: 30_000 }).toBeGreaterThan(0);
  const all = await countIn(list, '');
  const received = await countIn(list, '2');

  // The second tab writes; the first one's counts come from the shared tally, not from a count.
  const intake = await context.newPage();
  await intake.goto('/dossiers'); // a new tab opens locked (the unlock lives in its sessionStorage)
  await intake.getByLabel('Mã PIN', { exact: true }).fill(TEST_PIN);
  await intake.getByTestId('lock-unlock').click();
  await expect(intake.getByTestId('lock-screen')).toBeHidden();
  await receiveDossier(intake, { name: 'Lê Văn Đếm', citizenId: '001090055501', phone: '0912345678' });
  await expect.poll(() => countIn(list, '')).toBe(all + 1);
  await expect.poll(() => countIn(list, '2')).toBe(received + 1);

  await list.reload();
  await expect.poll(() => countIn(list, '')).toBe(all + 1);
  await expect.poll(() => countIn(list, '2')).toBe(received + 1);
  await context.close();
});
