/**
 * 批量审核 in the built web page (chromium through playwright-core): a reviewer chooses a folder of units' workbooks
 * (with a 情况说明 beside one), Web Workers review them, the summary table is sorted and filtered, a unit's findings
 * opened, and the review workbook, 检查表 and 整改通知 downloaded — the review the same as `juesuan batch` writes.
 * Then a second round against the downloaded review. Every request stays on 127.0.0.1.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import {
  CLEAN_UNIT,
  MUTATED_CELL,
  ZFB_UNIT,
  cleanUnit,
  mutatedZfb,
  roundedJdfw,
  sample,
  sheetRows,
  truncated,
} from '../batch/units';
import { captureIO } from '../cli/io';
import { launchChromium } from './support/browser';
import { buildWeb } from './support/build';
import { download, screenshot, watchContext, type Watch } from './support/page';
import { axeViolations } from './support/axe';
import { serveStatic, type StaticServer } from './support/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_CSP } = require('../../webpack.config.js') as { WEB_CSP: string };

const MISSING_UNIT = '示例丙单位';

let tmp: string;
let server: StaticServer;
let context: BrowserContext;
let watch: Watch;
let page: Page;
/** Web Workers the page started. */
let workers = 0;
const units = () => join(tmp, 'units');
const round2 = () => join(tmp, 'round2', 'units');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'juesuan-e2e-batch-'));
  context = await launchChromium();
  watch = await watchContext(context);
  const build = await buildWeb(join(tmp, 'web'));
  server = await serveStatic(build.dir, WEB_CSP);
  mkdirSync(units());
  writeFileSync(join(units(), 'zfb.xlsx'), await mutatedZfb());
  writeFileSync(join(units(), 'jdfw.xlsx'), await roundedJdfw());
  // The narrative beside jdfw: 本年支出合计 misquoted (189.68 in the workbook).
  writeFileSync(
    join(units(), 'jdfw.txt'),
    '一、收入支出决算总体情况\n2021年度本年收入合计149.23万元，本年支出合计198.68万元。\n',
  );
  writeFileSync(join(units(), 'clean.xlsx'), await cleanUnit());
  writeFileSync(join(units(), 'broken.xlsx'), truncated());
  // Round 2: zfb fixed, the rest as before.
  mkdirSync(round2(), { recursive: true });
  writeFileSync(join(round2(), 'zfb.xlsx'), sample('heshan-zfb-2021.xlsx'));
  writeFileSync(join(round2(), 'clean.xlsx'), readFileSync(join(units(), 'clean.xlsx')));
  page = await context.newPage();
  page.on('worker', () => workers++);
  await page.goto(server.url);
}, 400_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function rowTexts(): Promise<{ file: string; status: string; cells: string[] }[]> {
  return page.$$eval('[data-testid=batch-row]', (trs) =>
    trs.map((tr) => ({
      file: tr.getAttribute('data-file') ?? '',
      status: tr.getAttribute('data-status') ?? '',
      cells: Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim()),
    })),
  );
}

/** Column index of the summary table (单位 0, 文件 1, 年度 2, 状态 3, 错误 4, 警告 5, 舍位差异 6, 缺少的表 7, 情况说明 8). */
const ERRORS = 4;

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('批量审核 in the web page', () => {
  test('reviews a chosen folder in Web Workers and shows one row per unit, 未提交 included', async () => {
    await page.getByTestId('web-batch').click();
    await page.getByTestId('batch-page').waitFor();
    await page.getByTestId('batch-expected').fill(`${ZFB_UNIT}\n${CLEAN_UNIT}\n${MISSING_UNIT}\n`);
    // Whether the progress line showed while the workers ran (recorded by the page itself, however fast the run).
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen?: string };
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid=batch-progress]');
        if (p && !w.progressSeen) w.progressSeen = p.textContent ?? '';
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByTestId('batch-folder-input').setInputFiles(units());
    await page.getByTestId('batch-counts').waitFor({ timeout: 60_000 });
    expect(workers).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { progressSeen?: string }).progressSeen)).toMatch(
      /^正在审核 \d\/4/,
    );
    expect(await page.getByTestId('batch-counts').innerText()).toContain(
      '共 4 个工作簿：可提交 1，需修改 2，无法读取 1；应报单位中未提交 1',
    );
    const rows = await rowTexts();
    expect(rows.map((r) => [r.file, r.status]).sort()).toEqual(
      [
        ['', '未提交'],
        ['units/broken.xlsx', '无法读取'],
        ['units/clean.xlsx', '可提交'],
        ['units/jdfw.xlsx', '需修改'],
        ['units/zfb.xlsx', '需修改'],
      ].sort(),
    );
    const jdfw = rows.find((r) => r.file === 'units/jdfw.xlsx')!;
    expect(jdfw.cells[8]).toBe('jdfw.txt（核对 1/2）');
    expect(jdfw.cells[6]).toBe('6');
    expect(rows.find((r) => r.status === '未提交')!.cells[0]).toBe(MISSING_UNIT);
    expect(watch.external).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('sorts by a column both ways and filters by status and name', async () => {
    const errors = async () => (await rowTexts()).map((r) => (r.cells[ERRORS] === '' ? -1 : Number(r.cells[ERRORS])));
    await page.getByTestId('batch-sort-error').click();
    const up = await errors();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.getByTestId('batch-sort-error').click();
    const down = await errors();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    expect(down[0]).toBeGreaterThan(0);
    expect(await page.locator('th[aria-sort=descending]').innerText()).toContain('错误');

    await page.getByTestId('batch-filter-status').selectOption('需修改');
    expect((await rowTexts()).map((r) => r.file).sort()).toEqual(['units/jdfw.xlsx', 'units/zfb.xlsx']);
    await page.getByTestId('batch-filter-status').selectOption('全部');
    await page.getByTestId('batch-search').fill('clean');
    expect((await rowTexts()).map((r) => r.file)).toEqual(['units/clean.xlsx']);
    await page.getByTestId('batch-search').fill('');
    expect(await rowTexts()).toHaveLength(5);
  });

  test("opens a unit's findings with 舍位差异 folded per table", async () => {
    await page.locator('[data-testid=batch-row][data-file="units/jdfw.xlsx"] [data-testid=batch-open-unit]').click();
    const unit = page.getByTestId('batch-unit');
    await unit.waitFor();
    const groups = unit.getByTestId('batch-rounding-group');
    expect(await groups.locator('summary').allInnerTexts()).toEqual([
      '一般公共预算支出表 舍位差异 5 处（无需更正）',
      '补充信息 舍位差异 1 处（无需更正）',
    ]);
    // Folded: the five are not shown until the line is opened.
    const inside = groups.first().getByTestId('batch-finding');
    expect(await inside.first().isVisible()).toBe(false);
    await groups.first().locator('summary').click();
    expect(await inside.count()).toBe(5);
    expect(await inside.first().isVisible()).toBe(true);
    // The narrative's misquoted figure is the unit's one error, listed first.
    const first = unit.getByTestId('batch-findings').locator(':scope > [data-testid=batch-finding]').first();
    expect(await first.getAttribute('data-severity')).toBe('error');
    expect(await first.innerText()).toContain('198.68万元');
    await screenshot(page, 'batch');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('downloads the review workbook the CLI writes, the 检查表 and the 整改通知', async () => {
    const web = await download(page, page.getByTestId('batch-download-review'));
    expect(web.name).toBe('批量审核表.xlsx');
    writeFileSync(join(tmp, 'web-review.xlsx'), web.bytes);
    const expected = join(tmp, 'expected.txt');
    writeFileSync(expected, `${ZFB_UNIT}\n${CLEAN_UNIT}\n${MISSING_UNIT}\n`);
    const cli = join(tmp, 'cli-review.xlsx');
    const code = await run(['batch', 'units', '-o', cli, '--lint', '--expected', expected, '--jobs', '1'], {
      ...captureIO(),
      cwd: tmp,
    });
    expect(code).toBe(1);
    const [w, c] = [await workbook(web.bytes), await workbook(readFileSync(cli))];
    // The CLI names an unreadable file by its full path in the reason (it read it from disk); the page by the path
    // inside the chosen folder. Everything else is the same, cell for cell.
    const local = (rows: string[][]) => rows.map((r) => r.map((v) => v.split(`${tmp}/`).join('')));
    for (const sheet of ['汇总', '问题清单']) expect(sheetRows(w, sheet)).toEqual(local(sheetRows(c, sheet)));
    expect(sheetRows(w, '汇总').at(-1)![12]).toBe('未提交');

    const checklist = await download(page, page.getByTestId('batch-download-checklist'));
    const items = sheetRows(await workbook(checklist.bytes), '决算公开检查表');
    expect(sheetRows(await workbook(readFileSync(join(tmp, 'cli-review-检查表.xlsx'))), '决算公开检查表')).toEqual(
      items,
    );
    expect(items.at(-1)!.slice(1, 3)).toEqual(['全部合格', '']);

    const notices = await download(page, page.getByTestId('batch-download-notices'));
    const zip = await JSZip.loadAsync(notices.bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(3);
    const zfb = await zip.file(`整改通知-${ZFB_UNIT}.txt`)!.async('string');
    expect(zfb).toContain(MUTATED_CELL);
    expect(zfb.split('\n')[0]).toBe(`关于${ZFB_UNIT}2021年度部门决算公开材料的整改通知`);

    await page.locator('[data-testid=batch-row][data-file="units/zfb.xlsx"] [data-testid=batch-open-unit]').click();
    const one = await download(page, page.getByTestId('batch-download-notice'));
    expect(one.name).toBe(`整改通知-${ZFB_UNIT}.txt`);
    expect(one.bytes.toString('utf8')).toBe(zfb);
  });

  test('a second round against the downloaded review shows 已整改, 仍存在 and 新增', async () => {
    await page.getByTestId('batch-previous-input').setInputFiles(join(tmp, 'web-review.xlsx'));
    await page.getByTestId('batch-previous-name').waitFor();
    await page.getByTestId('batch-folder-input').setInputFiles(round2());
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=batch-row]').length === 3, null, {
      timeout: 60_000,
    });
    const rows = await rowTexts();
    const zfb = rows.find((r) => r.file === 'units/zfb.xlsx')!;
    expect(zfb.status).toBe('需修改');
    expect(zfb.cells[9]).toMatch(/^已整改 [1-9]\d*，仍存在 6，新增 0$/);
    expect(rows.find((r) => r.file === 'units/clean.xlsx')!.cells[9]).toBe('已整改 0，仍存在 0，新增 0');
    await page.locator('[data-testid=batch-row][data-file="units/zfb.xlsx"] [data-testid=batch-open-unit]').click();
    expect(await page.getByTestId('batch-unit').innerText()).toContain('【仍存在】');
    expect(await page.getByTestId('batch-fixed').locator('summary').innerText()).toMatch(/已整改的问题 \d+ 项/);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });

  test('fits a 350 px screen without a sideways scroll (the table scrolls in its own box)', async () => {
    await page.setViewportSize({ width: 350, height: 800 });
    try {
      // Elements reaching past the window's right edge, outside any box that scrolls sideways itself.
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const scrolls = (e: Element | null): boolean =>
          !!e && (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
        // (An absolutely positioned element escapes a scrolling box that is not its containing block: counted.)
        return Array.from(document.body.querySelectorAll('*'))
          .filter(
            (e) =>
              e.getBoundingClientRect().right > width + 1 &&
              (getComputedStyle(e).position === 'absolute'
                ? !scrolls((e as HTMLElement).offsetParent)
                : !scrolls(e.parentElement)),
          )
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
          .slice(0, 5);
      });
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  });
});
