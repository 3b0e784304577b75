import { expect, type Page } from '@playwright/test';
import { computeDueAt } from '../../shared/calendar';

/** The applicant's phone; its last four digits open the public lookup. */
export interface Applicant {
  readonly name: string;
  readonly citizenId: string;
  readonly phone: string;
}

/**
 * Receives a dossier of `procedureId` in person through the intake form (as dossier-pages.ts
 * receiveDossier does, for a chosen procedure) and waits until the server has it.
 */
export async function receiveFor(
  page: Page,
  procedureId: string,
  applicant: Applicant,
): Promise<{ id: string; code: string }> {
  await page.goto('/dossiers/new');
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  await expect(procedure.locator('option')).not.toHaveCount(1, { timeout: 30_000 });
  await procedure.selectOption(procedureId);
  await page.getByLabel('Họ và tên người nộp').fill(applicant.name);
  await page.getByLabel('Số định danh cá nhân').fill(applicant.citizenId);
  await page.getByLabel('Số điện thoại').fill(applicant.phone);
  await page.getByLabel('Địa chỉ').fill('Số 12 Hàng Bạc, Hà Nội');
  await page.getByLabel('Kênh tiếp nhận').selectOption('in_person');
  await page.getByTestId('intake-submit').click();
  const detail = page.getByTestId('dossier-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('dossier-sync')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });
  return {
    id: new URL(page.url()).pathname.split('/').pop() ?? '',
    code: (await detail.getAttribute('data-code')) ?? '',
  };
}

/**
 * 09:00 Vietnam time on the first working day after `now`'s Vietnamese day: one working hour
 * after the start of that day (shared/calendar D1, D2), so the calendar decides what "working" is.
 */
export function nextWorkingMorning(now: Date): Date {
  const vnDay = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const nextMidnight = new Date(Date.parse(`${vnDay}T00:00:00+07:00`) + 86_400_000);
  return computeDueAt(nextMidnight, { value: 1, unit: 'working_hours' });
}

/**
 * Records one step from the actions panel of the dossier open on `page`: opens the action, fills
 * what it asks, confirms, and waits for the local write ("Đã ghi nhận…").
 */
export async function recordStep(
  page: Page,
  action: string,
  fill: { readonly reason?: string; readonly newDueLocal?: string } = {},
): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const form = page.getByTestId('processing-form');
  await expect(form).toHaveAttribute('data-action', action);
  if (fill.reason !== undefined) await form.getByTestId('processing-reason').fill(fill.reason);
  if (fill.newDueLocal !== undefined) await form.getByTestId('processing-due').fill(fill.newDueLocal);
  await form.getByTestId('processing-confirm').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('processing-notice')).toContainText('Đã ghi nhận trên thiết bị');
}

/** The instant of the dossier's current appointment, as the detail page states it. */
export const dueOf = async (page: Page): Promise<string> =>
  (await page.getByTestId('fact-due').locator('time').getAttribute('datetime')) ?? '';

/** The device time of the latest timeline step of `type` on the detail page. */
export const stepAt = async (page: Page, type: string): Promise<string> =>
  (await page
    .locator(`[data-testid=timeline-event][data-type=${type}] time`)
    .last()
    .getAttribute('datetime')) ?? '';

/** A due time as the detail page and the lookup print it: dd/MM/yyyy HH:mm in Vietnam time. */
export function vnText(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3_600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
