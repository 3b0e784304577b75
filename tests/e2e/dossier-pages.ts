import { expect, type Page } from '@playwright/test';

/** Waits until the page's first sync has finished (a last-sync time is shown). */
export async function waitForFirstSync(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-last-sync', /\d/, { timeout: 30_000 });
}

/** Receives a dossier through the intake form (works offline) and returns its code. */
export async function receiveDossier(
  page: Page,
  applicant: { name: string; citizenId: string; phone: string },
): Promise<string> {
  await page.goto('/dossiers/new');
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  // Loaded: more than the placeholder (zero options, before the first render, is not loaded).
  await expect.poll(() => procedure.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(1);
  await procedure.selectOption({ index: 1 });
  await page.getByLabel('Họ và tên người nộp').fill(applicant.name);
  await page.getByLabel('Số định danh cá nhân').fill(applicant.citizenId);
  await page.getByLabel('Số điện thoại').fill(applicant.phone);
  await page.getByLabel('Địa chỉ').fill('Số 1 Tràng Tiền, Hà Nội');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('dossier-detail')).toBeVisible();
  const code = await page.getByTestId('dossier-detail').getAttribute('data-code');
  expect(code).toMatch(/^[A-Z0-9-]+-\d{6}-\d{4}$/);
  return code ?? '';
}

/** Edits the contact fields of the dossier open on `page` and waits for the local save. */
export async function editContact(
  page: Page,
  fields: { phone?: string; deliveryAddress?: string },
): Promise<void> {
  if (fields.phone !== undefined) await page.getByLabel('Số điện thoại người nộp').fill(fields.phone);
  if (fields.deliveryAddress !== undefined)
    await page.getByLabel('Địa chỉ nhận kết quả').fill(fields.deliveryAddress);
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('edit-notice')).toHaveAttribute('data-notice', 'saved');
}
