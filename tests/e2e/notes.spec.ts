import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { NOTES_MESSAGE, NOTES_PATH, NOTES_PROTOCOL_VERSION, NOTES_TEXT } from '../../sync/notes-protocol';
import { signIn } from './auth-pages';
import { waitForFirstSync } from './dossier-pages';
import { goOffline, goOnline } from './offline';
import { ownServerTest as test } from './own-server';

/**
 * Shared processing notes (issue 7) between real browsers and the real server: merging after an
 * offline spell, a server restart that loses nothing, a refused officer who never gets the text,
 * and who-else-is-here. Against a server of this file's own: one test stops and restarts it.
 * Rule ids: client/notes/note-status.ts NS1–NS3 (the state line), note-session.ts S1–S5,
 * bind-textarea.ts T1–T3, presence.ts P1–P3; server/notes/notes-server.ts N1–N9 and access.ts A1–A7.
 */
test.afterAll(async ({ ownServer }) => ownServer.stop());

const NAMES = { tiepnhan: 'Cán bộ tiếp nhận (demo)', giamsat: 'Lãnh đạo Trung tâm (demo)' } as const;
// Business registration: outside chuyenvien's fields (civil_status, residence, land).
const PROCEDURE = 'household-business-registration';

interface Device {
  readonly context: BrowserContext;
  readonly page: Page;
}

async function device(browser: Browser, username: string, next = '/dossiers'): Promise<Device> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, next);
  await waitForFirstSync(page);
  return { context, page };
}

/** tiepnhan receives a business-registration dossier online; resolves once the server has it. */
async function receivedDossier(page: Page, applicant: string): Promise<string> {
  await page.goto('/dossiers/new');
  const procedure = page.getByLabel('Thủ tục', { exact: true });
  await expect(procedure.locator(`option[value="${PROCEDURE}"]`)).toHaveCount(1, { timeout: 30_000 });
  await procedure.selectOption(PROCEDURE);
  await page.getByLabel('Họ và tên người nộp').fill(applicant);
  await page.getByLabel('Số định danh cá nhân').fill('001085009876');
  await page.getByLabel('Số điện thoại').fill('0912 000 222');
  await page.getByLabel('Địa chỉ').fill('Số 3 Hàng Khay, Hà Nội');
  await page.getByTestId('intake-submit').click();
  await expect(page.getByTestId('dossier-detail')).toBeVisible();
  await expect(page.getByTestId('dossier-sync')).toHaveAttribute('data-synced', 'true', { timeout: 30_000 });
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/** `text` as a regular expression that matches exactly it. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const note = (page: Page) => page.getByTestId('note-text');
const syncState = (page: Page) => page.getByTestId('note-sync');

async function openNote(page: Page, dossierId: string): Promise<void> {
  if (!page.url().endsWith(`/dossiers/${dossierId}`)) await page.goto(`/dossiers/${dossierId}`);
  await expect(note(page)).toBeEditable({ timeout: 30_000 });
}

/** Types at the end of the note, key by key, as an officer does. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await note(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

async function expectSynced(...pages: Page[]): Promise<void> {
  for (const page of pages)
    await expect(syncState(page)).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });
}

test('NS1/NS2, S2: two officers type, one offline for a while; both end with the same text, every character of both', async ({
  browser,
}) => {
  const a = await device(browser, 'tiepnhan');
  const id = await receivedDossier(a.page, 'Phạm Thị Ghi Chú');
  const b = await device(browser, 'giamsat', `/dossiers/${id}`);
  await openNote(a.page, id);
  await openNote(b.page, id);
  await expectSynced(a.page, b.page);

  const first = 'Tiếp nhận: đủ giấy tờ, hẹn trả 5 ngày. ';
  const second = 'Lãnh đạo: đồng ý chuyển xử lý. ';
  await typeAtEnd(a.page, first);
  await expect(note(b.page)).toHaveValue(first, { timeout: 30_000 });
  await typeAtEnd(b.page, second);
  await expect(note(a.page)).toHaveValue(first + second, { timeout: 30_000 });

  // A loses the network (its socket closes at once, S2) and keeps typing; B types meanwhile.
  await goOffline(a.context);
  await expect(syncState(a.page)).toHaveAttribute('data-state', 'local');
  await expect(syncState(a.page)).toHaveText('Đã lưu trên máy');
  const offlinePart = 'Mất mạng: công dân bổ sung bản sao CCCD 😀. ';
  const onlinePart = 'Ý kiến: ưu tiên giải quyết trong ngày. ';
  await typeAtEnd(a.page, offlinePart);
  await typeAtEnd(b.page, onlinePart);
  await expect(note(b.page)).toHaveValue(first + second + onlinePart);
  await expectSynced(b.page);
  await expect(note(a.page)).toHaveValue(first + second + offlinePart);

  // Back online: the sync handshake merges both sides, character for character.
  await goOnline(a.context);
  await expectSynced(a.page);
  const merged = [first + second + offlinePart + onlinePart, first + second + onlinePart + offlinePart];
  const either = new RegExp(
    `^(${merged.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
    'u',
  );
  await expect(note(a.page)).toHaveValue(either, { timeout: 30_000 });
  await expect(note(b.page)).toHaveValue(await note(a.page).inputValue(), { timeout: 30_000 });
  await expect(syncState(b.page)).toHaveText('Đã đồng bộ với máy chủ');

  await a.context.close();
  await b.context.close();
});

test('P2, server N5: each officer sees the other while both have the dossier open, and not after', async ({
  browser,
}) => {
  const a = await device(browser, 'tiepnhan');
  const id = await receivedDossier(a.page, 'Đỗ Văn Hiện Diện');
  const b = await device(browser, 'giamsat', `/dossiers/${id}`);
  await openNote(a.page, id);
  await openNote(b.page, id);
  const presence = (page: Page) => page.getByTestId('note-presence');
  await expect(presence(a.page).getByTestId('note-presence-user')).toHaveText(
    [new RegExp(literal(NAMES.giamsat))],
    { timeout: 30_000 },
  );
  await expect(presence(b.page).getByTestId('note-presence-user')).toHaveText(
    [new RegExp(literal(NAMES.tiepnhan))],
    { timeout: 30_000 },
  );
  // Nobody is listed as themselves.
  await expect(presence(a.page)).not.toContainText(NAMES.tiepnhan);

  // B leaves the dossier: A's list empties (B's state is removed when its socket goes).
  await b.page.goto('/dossiers');
  await expect(presence(a.page).getByTestId('note-presence-user')).toHaveCount(0, { timeout: 30_000 });
  await expect(presence(a.page)).toHaveAttribute('data-count', '0');

  await a.context.close();
  await b.context.close();
});

test('T2: a word composed by an input method (as phone keyboards compose Vietnamese) merges with a colleague’s typing', async ({
  browser,
}) => {
  const a = await device(browser, 'tiepnhan');
  const id = await receivedDossier(a.page, 'Lý Thị Gõ Dấu');
  const b = await device(browser, 'giamsat', `/dossiers/${id}`);
  await openNote(a.page, id);
  await openNote(b.page, id);
  await expectSynced(a.page, b.page);
  await typeAtEnd(a.page, 'Hồ sơ ');
  await expect(note(b.page)).toHaveValue('Hồ sơ ', { timeout: 30_000 });

  // A composes "Việt" key by key through Chromium's IME path; B types while A is composing.
  const ime = await a.context.newCDPSession(a.page);
  await note(a.page).focus();
  await a.page.keyboard.press('ControlOrMeta+End');
  await ime.send('Input.imeSetComposition', { text: 'V', selectionStart: 1, selectionEnd: 1 });
  await ime.send('Input.imeSetComposition', { text: 'Vi', selectionStart: 2, selectionEnd: 2 });
  // B's edit lands before A's word, so the result does not depend on when it reaches A.
  await note(b.page).focus();
  await b.page.keyboard.press('ControlOrMeta+Home');
  await b.page.keyboard.type('» ');
  await expect(note(b.page)).toHaveValue('» Hồ sơ ');
  await ime.send('Input.imeSetComposition', { text: 'Việ', selectionStart: 3, selectionEnd: 3 });
  await expect(note(a.page)).toHaveValue(/Hồ sơ Việ$/);
  await ime.send('Input.insertText', { text: 'Việt' });

  // Both end with both edits whole: the composed word at A's caret, B's where B typed it.
  await expect(note(a.page)).toHaveValue('» Hồ sơ Việt', { timeout: 30_000 });
  await expect(note(b.page)).toHaveValue('» Hồ sơ Việt', { timeout: 30_000 });

  await a.context.close();
  await b.context.close();
});

test('NS3, server N1/N3: the server restarts; nothing typed before, during or after is lost; a new device gets it all from the server', async ({
  browser,
  ownServer,
}) => {
  test.slow();
  const a = await device(browser, 'tiepnhan');
  const id = await receivedDossier(a.page, 'Vũ Thị Khởi Động');
  const b = await device(browser, 'giamsat', `/dossiers/${id}`);
  await openNote(a.page, id);
  await openNote(b.page, id);
  await expectSynced(a.page, b.page);
  const before = 'Trước khi khởi động lại: A. ';
  const alsoBefore = 'B cũng ghi. ';
  await typeAtEnd(a.page, before);
  await expect(note(b.page)).toHaveValue(before, { timeout: 30_000 });
  await typeAtEnd(b.page, alsoBefore);
  // What one officer sees from the other went through the server, which stores before it relays.
  await expect(note(a.page)).toHaveValue(before + alsoBefore, { timeout: 30_000 });

  // A goes offline; the server stops: B, still online, is reconnecting. B then closes its app.
  await goOffline(a.context);
  await ownServer.halt();
  await expect(syncState(b.page)).toHaveAttribute('data-state', 'connecting', { timeout: 30_000 });
  await expect(syncState(b.page)).toHaveText('Đang kết nối lại…');
  await b.context.close();
  const during = 'Trong lúc máy chủ dừng. ';
  await typeAtEnd(a.page, during);

  // The server is back on the same data. Nobody who holds the text is connected: a new device
  // (empty IndexedDB) can only get it from the server's disk.
  await ownServer.resume();
  const c = await device(browser, 'giamsat', `/dossiers/${id}`);
  await openNote(c.page, id);
  await expectSynced(c.page);
  await expect(note(c.page)).toHaveValue(before + alsoBefore);

  // A reconnects: what it typed while the server was down reaches everyone.
  await goOnline(a.context);
  await expectSynced(a.page);
  await expect(note(c.page)).toHaveValue(before + alsoBefore + during, { timeout: 30_000 });
  await expect(note(a.page)).toHaveValue(before + alsoBefore + during);

  // Signing out wipes the note's database from the device (wipe W5).
  const noteDbs = () =>
    a.page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('motcua-note-')),
    );
  expect(await noteDbs()).toContain(`motcua-note-${id}`);
  await a.page.getByTestId('signout-button').click();
  await expect(a.page).toHaveURL(/\/signin$/, { timeout: 30_000 });
  expect(await noteDbs()).toEqual([]);

  await a.context.close();
  await c.context.close();
});

/** The access cookie of a signed-in context, as a Cookie header. */
async function cookieOf(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * Joins a dossier's room outside any browser (y-protocols over `ws`): the HTTP status of a
 * refused upgrade, or the note's text once the server's answer to our state vector arrived.
 */
function joinRoom(
  baseURL: string,
  dossierId: string,
  cookie: string,
): Promise<{ status: number } | { text: string }> {
  const url = `${baseURL.replace(/^http/, 'ws')}${NOTES_PATH}/${dossierId}?v=${NOTES_PROTOCOL_VERSION}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: { cookie } });
    const doc = new Y.Doc();
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.on('error', reject);
    ws.on('open', () => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, NOTES_MESSAGE.sync);
      syncProtocol.writeSyncStep1(e, doc);
      ws.send(encoding.toUint8Array(e));
    });
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== NOTES_MESSAGE.sync) return;
      const kind = syncProtocol.readSyncMessage(d, encoding.createEncoder(), doc, null);
      if (kind !== syncProtocol.messageYjsSyncStep2) return;
      resolve({ text: doc.getText(NOTES_TEXT).toJSON() });
      ws.close();
    });
  });
}

test('server A7: an officer outside the dossier’s scope cannot join its room and never receives its text', async ({
  browser,
  baseURL,
}) => {
  const a = await device(browser, 'tiepnhan');
  const id = await receivedDossier(a.page, 'Ngô Văn Bí Mật');
  await openNote(a.page, id);
  const secret = 'Ghi chú nội bộ: chỉ cán bộ có thẩm quyền. ';
  await typeAtEnd(a.page, secret);
  const supervisor = await device(browser, 'giamsat');
  // Control: an officer in scope joining the same way gets the text from the server…
  await expect
    .poll(async () => joinRoom(baseURL ?? '', id, await cookieOf(supervisor.context)), { timeout: 30_000 })
    .toEqual({ text: secret });

  // …the processing officer, whose fields do not include business registration, does not.
  const outsider = await device(browser, 'chuyenvien');
  expect(await joinRoom(baseURL ?? '', id, await cookieOf(outsider.context))).toEqual({ status: 403 });
  const probe = await outsider.page.request.get(`${NOTES_PATH}/${id}?v=${NOTES_PROTOCOL_VERSION}`);
  expect(probe.status()).toBe(403);
  // In their browser: the dossier is not on the device, and a socket to its room never opens.
  await outsider.page.goto(`/dossiers/${id}`);
  await expect(outsider.page.getByRole('heading', { level: 1 })).toHaveText(
    'Không có hồ sơ này trên thiết bị.',
  );
  await expect(note(outsider.page)).toHaveCount(0);
  const attempt = await outsider.page.evaluate(
    (path) =>
      new Promise<{ opened: boolean; messages: number; code: number }>((resolve) => {
        const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}${path}`);
        let opened = false;
        let messages = 0;
        ws.onopen = () => (opened = true);
        ws.onmessage = () => messages++;
        ws.onclose = (e) => resolve({ opened, messages, code: e.code });
      }),
    `${NOTES_PATH}/${id}?v=${NOTES_PROTOCOL_VERSION}`,
  );
  expect(attempt).toEqual({ opened: false, messages: 0, code: 1006 });
  await expect(outsider.page.getByText(secret)).toHaveCount(0);

  await a.context.close();
  await supervisor.context.close();
  await outsider.context.close();
});
