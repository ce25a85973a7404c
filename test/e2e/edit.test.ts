/**
 * 补充信息 typed in the web page's grid (no Excel needed): the built page in chromium, on a sample workbook. A value
 * is checked (text refused in an amount cell, naming the cell), written like every write (the pane's one-step undo,
 * the discard guard, 下载工作簿), and 重新读取 reads the workbook again with the unsaved edits.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { ROOT, buildWeb } from './support/build';
import { download, screenshot, watchContext, type Watch } from './support/page';
import { axeViolations } from './support/axe';
import { serveStatic, type StaticServer } from './support/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_CSP } = require('../../webpack.config.js') as { WEB_CSP: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = 'heshan-zfb-2021.xlsx';
const SUPP = '补充信息';

let tmp: string;
let server: StaticServer;
let context: BrowserContext;
let watch: Watch;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'juesuan-e2e-edit-'));
  context = await launchChromium();
  watch = await watchContext(context);
  const build = await buildWeb(join(tmp, 'web'));
  server = await serveStatic(build.dir, WEB_CSP);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The sample's 补充信息 lines: key → { row, value } (as ExcelJS reads the file), and the sheet's columns. */
async function suppLines(bytes: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SUPP)!;
  const lines = new Map<string, { row: number; value: ExcelJS.CellValue; numFmt: string }>();
  ws.eachRow((row, r) => {
    const key = row.getCell(5).value;
    if (typeof key === 'string' && r > 3)
      lines.set(key, { row: r, value: row.getCell(3).value, numFmt: row.getCell(3).numFmt });
  });
  return lines;
}

async function openWorkbook(page: Page, bytes: Buffer) {
  await page.goto(server.url);
  await page.getByTestId('web-file-input').setInputFiles({ name: FILE, mimeType: XLSX, buffer: bytes });
  await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
}

async function showCell(page: Page, a1: string) {
  await page.getByTestId(`grid-tab-${SUPP}`).click();
  const cell = page.locator(`[data-testid=grid-table] td[data-ref="${a1}"]`);
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  return cell;
}

test('a 补充信息 amount typed in the grid is checked, saved, undone, re-read and downloaded', async () => {
  const bytes = readFileSync(join(ROOT, 'samples', FILE));
  const before = await suppLines(bytes);
  // A line the sample leaves blank: 上年收入支出总计.
  const line = before.get('prior.grand')!;
  expect(line.value).toBeNull();
  const a1 = `C${line.row}`;

  const page = await context.newPage();
  await openWorkbook(page, bytes);
  await page.getByTestId('grid-preview').waitFor();
  await page.getByTestId('tab-supplementary').click();
  const status = page.getByTestId('supp-status');
  const statusBefore = await status.innerText();

  // A cell that is not an input offers no edit box (公开01表's figures, the 补充信息 labels and keys).
  await page.getByTestId('grid-tab-公开01表').click();
  await page.locator('[data-testid=grid-table] td[data-ref="B7"]').click();
  expect(await page.getByTestId('grid-input').count()).toBe(0);
  const label = await showCell(page, `B${line.row}`);
  expect(await label.getAttribute('data-input')).toBeNull();
  expect(await page.getByTestId('grid-input').count()).toBe(0);

  const cell = await showCell(page, a1);
  expect(await cell.getAttribute('data-input')).toBe('true');
  const box = page.getByTestId('grid-input');
  await box.waitFor();
  expect(await box.inputValue()).toBe('');

  // Text in an amount cell is refused with a Chinese message naming the cell; nothing is written.
  await box.fill('一千元');
  await box.press('Enter');
  const error = page.getByTestId('grid-input-error');
  await error.waitFor();
  expect(await error.innerText()).toContain(`${SUPP}!${a1}（上年收入支出总计）`);
  expect(await error.innerText()).toContain('不是数字');
  expect(await cell.innerText()).toBe('');
  expect(await page.getByTestId('undo-last').count()).toBe(0);
  // The edit box, its refusal and the marked input cells are accessible (names, contrast).
  expect(await axeViolations(page)).toEqual([]);

  // "1,234.56" is accepted, written as 1234.56 and shown in the sheet's format; the pane re-reads at once.
  await box.fill('1,234.56');
  await box.press('Enter');
  await page.locator(`[data-testid=grid-table] td[data-ref="${a1}"]`, { hasText: '1,234.56' }).waitFor();
  expect(await error.count()).toBe(0);
  await page.getByTestId('undo-last').waitFor();
  await page.waitForFunction(([id, old]) => document.querySelector(`[data-testid=${id}]`)?.textContent !== old, [
    'supp-status',
    statusBefore,
  ] as const);
  await screenshot(page, 'web-edit');

  // The pane's one-step undo takes it back, like any write.
  await page.getByTestId('undo-last').click();
  await page.locator(`[data-testid=grid-table] td[data-ref="${a1}"]`, { hasText: /^$/ }).waitFor();
  await page.waitForFunction(([id, old]) => document.querySelector(`[data-testid=${id}]`)?.textContent === old, [
    'supp-status',
    statusBefore,
  ] as const);

  // Typed again, then 重新读取: the workbook is read again as it would be downloaded, edits included.
  await showCell(page, a1);
  await page.keyboard.type('9746.5');
  expect(await box.inputValue()).toBe('9746.5');
  await box.press('Enter');
  await page.locator(`[data-testid=grid-table] td[data-ref="${a1}"]`, { hasText: '9,746.50' }).waitFor();
  await page.getByTestId('reload').click();
  const notice = page.getByTestId('notice');
  await notice.filter({ hasText: '已重新读取工作簿' }).waitFor();
  expect(await page.locator(`[data-testid=grid-table] td[data-ref="${a1}"]`).innerText()).toBe('9,746.50');
  expect(await status.innerText()).not.toBe(statusBefore);

  // 打开其他工作簿 asks first: the typed value is not yet downloaded.
  await page.getByTestId('web-open-other').click();
  await page.getByTestId('web-discard-dialog').waitFor();
  await page.getByTestId('web-discard-cancel').click();

  // The downloaded workbook holds exactly the typed number in that cell, and no other cell changed.
  const saved = await download(page, page.getByTestId('web-download-xlsx'));
  const after = await suppLines(saved.bytes);
  expect(after.get('prior.grand')!.value).toBe(9746.5);
  for (const [key, l] of before) if (key !== 'prior.grand') expect(after.get(key)?.value).toEqual(l.value);
  expect(watch.external).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
  await page.close();
});

test('on a narrow screen the grid edits the same way', async () => {
  const bytes = readFileSync(join(ROOT, 'samples', FILE));
  const line = (await suppLines(bytes)).get('prior.grand')!;
  const page = await context.newPage();
  await page.setViewportSize({ width: 350, height: 800 });
  await openWorkbook(page, bytes);
  // Narrow: the grid is behind its tab.
  await page.getByTestId('web-show-grid').click();
  await page.getByTestId('grid-preview').waitFor();
  await showCell(page, `C${line.row}`);
  const box = page.getByTestId('grid-input');
  await box.fill('12.5');
  await box.press('Enter');
  await page.locator(`[data-testid=grid-table] td[data-ref="C${line.row}"]`, { hasText: '12.50' }).waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(350);
  await showCell(page, `C${line.row}`);
  await screenshot(page, 'web-narrow-edit');
  await page.close();
});

test('a value typed but not yet saved (no Enter) is unsaved work: 打开其他工作簿 asks first', async () => {
  const bytes = readFileSync(join(ROOT, 'samples', FILE));
  const line = (await suppLines(bytes)).get('prior.grand')!;
  const page = await context.newPage();
  await openWorkbook(page, bytes);
  await page.getByTestId('grid-preview').waitFor();
  await showCell(page, `C${line.row}`);
  const box = page.getByTestId('grid-input');
  await box.fill('321');
  await page.getByTestId('web-open-other').click();
  const dialog = page.getByTestId('web-discard-dialog');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('尚未保存（未按 Enter）的输入');
  expect(await dialog.innerText()).not.toContain('写入或撤销了');
  await page.getByTestId('web-discard-cancel').click();
  await dialog.waitFor({ state: 'detached' });
  // Still there to save.
  expect(await box.inputValue()).toBe('321');
  await page.close();
});
