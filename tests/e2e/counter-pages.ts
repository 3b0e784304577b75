import { expect, type Page } from '@playwright/test';
import { TEST_PIN } from './auth-pages';

/** "07-012" → 7·101 + 12: the shown number back to the stored one (client/queue/ticket-number.ts). */
export const storedTicketNumber = (shown: string): number => {
  const [block, k] = shown.split('-').map(Number);
  return (block ?? 0) * 101 + (k ?? 0);
};

/** The device's dossier-code blocks, as the server granted them (client/dossiers/code-issuer.ts K1). */
export interface DeviceBlocks {
  readonly unitCode: string;
  readonly grants: readonly { kind: 'home' | 'lease'; block: number; firstDay: string; lastDay: string }[];
}

export async function deviceBlocks(page: Page): Promise<DeviceBlocks> {
  let raw: string | null = null;
  await expect
    .poll(async () => (raw = await page.evaluate(() => localStorage.getItem('motcua.codeBlocks'))), {
      timeout: 30_000,
    })
    .not.toBeNull();
  return JSON.parse(raw ?? 'null') as DeviceBlocks;
}

/** The home block of the device's grant, as the two-digit prefix of its ticket numbers. */
export const homePrefix = (blocks: DeviceBlocks): string => {
  const home = blocks.grants.find((g) => g.kind === 'home');
  expect(home, 'the device holds a home block').toBeDefined();
  return String(home?.block).padStart(2, '0');
};

/**
 * Issues one ticket on the queue screen open on `page` (optionally for a service) and returns the
 * number it was given, read from the status line "Đã cấp số 07-012 — …".
 */
export async function issueQueueTicket(page: Page, service?: string): Promise<string> {
  const status = page.getByTestId('queue-status');
  const before = (await status.textContent()) ?? '';
  if (service !== undefined) await page.getByLabel('Dịch vụ, lĩnh vực').selectOption(service);
  await page.getByTestId('queue-issue').click();
  let shown = '';
  await expect
    .poll(async () => {
      const text = (await status.textContent()) ?? '';
      shown = text === before ? '' : (/Đã cấp số (\d{2}-\d{3})/.exec(text)?.[1] ?? '');
      return shown;
    })
    .toMatch(/^\d{2}-\d{3}$/);
  return shown;
}

/** The app opened again (a new tab: sessionStorage empty) starts locked: unlock it with the PIN. */
export async function unlockWithPin(page: Page): Promise<void> {
  await expect(page.getByTestId('lock-screen')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Mã PIN', { exact: true }).fill(TEST_PIN);
  await page.getByTestId('lock-unlock').click();
  await expect(page.getByTestId('lock-screen')).toBeHidden();
}

export interface Received {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly procedureId: string;
  readonly procedureName: string;
}

/**
 * Receives a dossier through the intake form as dossier-pages.ts receiveDossier does, for the
 * procedure at `procedureIndex` of the select (1 = the first real option), choosing the first
 * channel that procedure allows.
 */
export async function receiveDossierOf(
  page: Page,
  procedureIndex: number,
  applicant: { name: string; citizenId: string; phone: string; address: string },
): Promise<Received> {
  await page.goto('/dossiers/new');
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  await expect(procedure.locator('option')).not.toHaveCount(1, { timeout: 30_000 });
  await procedure.selectOption({ index: procedureIndex });
  const procedureId = await procedure.inputValue();
  const procedureName = ((await procedure.locator('option:checked').textContent()) ?? '').trim();
  await page.getByLabel('Họ và tên người nộp').fill(applicant.name);
  await page.getByLabel('Số định danh cá nhân').fill(applicant.citizenId);
  await page.getByLabel('Số điện thoại').fill(applicant.phone);
  await page.getByLabel('Địa chỉ').fill(applicant.address);
  await page.getByLabel('Kênh tiếp nhận').selectOption({ index: 1 });
  await page.getByTestId('intake-submit').click();
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toBeVisible();
  const code = (await detail.getAttribute('data-code')) ?? '';
  expect(code).toMatch(/^[A-Z0-9-]+-\d{6}-\d{4}$/);
  return { id: page.url().split('/').pop() ?? '', code, name: applicant.name, procedureId, procedureName };
}

/** An instant as the app shows it in Vietnam (UTC+7 all year): day, month, year, hour, minute. */
export function vnParts(iso: string): { dd: string; mo: string; y: string; h: string; m: string } {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    dd: two(d.getUTCDate()),
    mo: two(d.getUTCMonth() + 1),
    y: String(d.getUTCFullYear()),
    h: two(d.getUTCHours()),
    m: two(d.getUTCMinutes()),
  };
}
