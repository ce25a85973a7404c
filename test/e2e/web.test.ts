/**
 * The standalone web page in a real browser (Debian's chromium through playwright-core): the production build served
 * from 127.0.0.1 with its Content-Security-Policy, then the user's whole job on both sample workbooks. One build, one
 * browser for every scenario. Every request is recorded; any that leaves 127.0.0.1 fails the run.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { readDocxText } from '../../src/io/docx-text';
import { launchChromium } from './support/browser';
import { ROOT, buildWeb, gzipSize, type WebBuild } from './support/build';
import {
  download,
  drawnCell,
  highlightedCells,
  listedCells,
  screenshot,
  splitRef,
  visibleInGrid,
  watchContext,
  type Watch,
} from './support/page';
import { axeViolations } from './support/axe';
import { serveStatic, type StaticServer } from './support/server';
import { damagedSample, largeWorkbook, refText, type Damaged } from './support/workbooks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_CSP } = require('../../webpack.config.js') as { WEB_CSP: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let tmp: string;
let build: WebBuild;
let server: StaticServer;
let context: BrowserContext;
let watch: Watch;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'juesuan-e2e-'));
  // Launch first: a missing chromium should fail in a second, not after the build.
  context = await launchChromium();
  watch = await watchContext(context);
  build = await buildWeb(join(tmp, 'web'));
  server = await serveStatic(build.dir, WEB_CSP);
}, 300_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

async function openFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.getByTestId('web-file-input').setInputFiles({ name, mimeType: XLSX, buffer: bytes });
}

/** Waits until `read()` gives a value `ok` accepts (the page updates asynchronously); returns the last value. */
async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

async function count(page: Page, testId: string): Promise<number> {
  return Number(await page.getByTestId(testId).innerText());
}

describe('the build', () => {
  test('is static files with relative URLs, and ExcelJS is only in a lazy chunk', () => {
    const html = readFileSync(join(build.dir, 'index.html'), 'utf8');
    const srcs = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) expect(src).not.toMatch(/^(\/|https?:)/);
    // No inline script: every <script> has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).toContain(`content="${WEB_CSP}"`);

    const exceljs = /node_modules[\\/]exceljs[\\/]/;
    expect(build.initialModules.filter((m) => exceljs.test(m))).toEqual([]);
    expect(build.lazyModules.some((m) => exceljs.test(m))).toBe(true);
    expect(build.initialModules.some((m) => /src[\\/]web[\\/]index\.tsx/.test(m))).toBe(true);

    const initial = build.initialFiles.reduce((n, f) => n + gzipSize(join(build.dir, f)), 0);
    const lazy = build.lazyFiles.map((f) => `${f} ${(gzipSize(join(build.dir, f)) / 1024).toFixed(1)} KB`);
    console.log(`web build, gzip: initial JS ${(initial / 1024).toFixed(1)} KB; lazy chunks: ${lazy.join(', ')}`);
    // First paint is React + Fluent UI and the page shell: keep it small.
    expect(initial).toBeLessThan(150 * 1024);
  });
});

describe('first paint', () => {
  test('shows the page in Chinese with the privacy note, under the CSP', async () => {
    const page = await openPage();
    await expect(page.title()).resolves.toBe('决算公开助手');
    await page.getByTestId('web-landing').waitFor();
    expect(await page.getByRole('heading', { name: '决算公开助手' }).count()).toBe(1);
    expect(await page.getByTestId('web-privacy').innerText()).toContain('不上传');
    expect(await page.getByTestId('web-open').innerText()).toBe('打开工作簿');
    // The CSP header and meta tag are in force: an inline script is refused, and the refusal is reported.
    const before = watch.consoleErrors.length;
    const inlineRan = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.appendChild(s);
      return (window as unknown as { __inline?: number }).__inline === 1;
    });
    expect(inlineRan).toBe(false);
    const refused = await poll(
      async () => watch.consoleErrors.slice(before),
      (errors) => errors.length > 0,
    );
    expect(refused.join('\n')).toContain('Content Security Policy');
    watch.consoleErrors.splice(before); // expected: the privacy test below accepts no other console error
    await screenshot(page, 'web-start');
    await page.close();
  });
});

interface SampleCase {
  readonly file: string;
  readonly lint: string;
  /** Lint rules the seed paragraph breaks. */
  readonly lintRules: readonly string[];
  readonly screenshots: boolean;
}

const SAMPLES: readonly SampleCase[] = [
  { file: 'heshan-zfb-2021.xlsx', lint: 'seed-000-sangong.txt', lintRules: ['zero-base', 'typo'], screenshots: true },
  {
    file: 'heshan-jdfw-2021.xlsx',
    lint: 'seed-004-overall.txt',
    lintRules: ['change-percent', 'typo'],
    screenshots: false,
  },
];

describe.each(SAMPLES)('$file', (sample) => {
  let page: Page;
  let damaged: Damaged;
  const shot = async (name: string) => sample.screenshots && screenshot(page, name);

  beforeAll(async () => {
    damaged = await damagedSample(sample.file);
    page = await openPage();
  });
  afterAll(async () => page?.close());

  test('opens and maps all nine tables', async () => {
    await openFile(page, sample.file, damaged.bytes);
    await page.getByTestId('app').waitFor();
    for (const id of ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09'])
      await page.locator(`[data-testid=mapping-row-${id}][data-found=true]`).waitFor();
    expect(await page.getByTestId('web-file-name').innerText()).toBe(sample.file);
    await page.getByTestId('grid-preview').waitFor();
    await shot('web-mapping');
  });

  test('checks find the blanked totals; a finding shows and highlights its cells in the grid', async () => {
    await page.getByTestId('tab-checks').click();
    await page.getByTestId('check-counts').waitFor();
    expect(await count(page, 'count-error')).toBeGreaterThan(0);

    // A blank 合计 is one root-cause finding (合计未填写), not a sum error plus its knock-on findings.
    const finding = page.locator('[data-testid=finding][data-rule="total.blank"]').first();
    expect(await finding.innerText()).toContain('未填写');
    const cells = listedCells(await finding.getByTestId('finding-cells').innerText());
    expect(cells).toContain(refText(damaged.blanked[0]));
    await finding.getByTestId('finding-locate').click();

    const first = splitRef(cells[0]);
    await page.locator(`[data-testid=grid-preview][data-sheet="${first.sheet}"]`).waitFor();
    await page.locator(`[data-testid=grid-table] td[data-ref=${first.a1}][data-highlight=true]`).waitFor();
    const expected = cells
      .map(splitRef)
      .filter((c) => c.sheet === first.sheet)
      .map((c) => c.a1);
    expect((await highlightedCells(page)).sort()).toEqual([...new Set(expected)].sort());
    expect(await visibleInGrid(page, page.locator(`[data-testid=grid-table] td[data-ref=${first.a1}]`))).toBe(true);
    expect(await page.getByTestId('grid-address').innerText()).toBe(cells[0]);
    await shot('web-checks');
  });

  test('校验参数: a threshold is refused when not a percentage, saved with the workbook, and reset', async () => {
    const summary = page.getByTestId('check-settings-summary');
    expect(await summary.innerText()).toBe('预算差异 20%，“其他”占比 20%（默认）');
    await page.getByTestId('check-settings-toggle').click();
    const input = page.getByTestId('check-setting-budgetVariancePercent');
    await input.fill('三十');
    await page.getByText('请输入 0 到 1000 之间的百分数，如 20').waitFor();
    expect(await page.getByTestId('check-settings-save').isDisabled()).toBe(true);
    await input.fill('30');
    await page.getByTestId('check-settings-save').click();
    expect(
      await poll(
        () => summary.innerText(),
        (t) => t.includes('（本工作簿设定）'),
      ),
    ).toBe('预算差异 30%，“其他”占比 20%（本工作簿设定）');
    await shot('web-check-settings');
    await page.getByRole('button', { name: '恢复默认' }).click();
    expect(
      await poll(
        () => summary.innerText(),
        (t) => t.includes('（默认）'),
      ),
    ).toBe('预算差异 20%，“其他”占比 20%（默认）');
    await page.getByTestId('check-settings-toggle').click();
  });

  test('fill writes the blanked cells back as formulas; re-check finds no errors', async () => {
    await page.getByTestId('tab-fill').click();
    await page.getByTestId('fill-write').first().waitFor();
    const writes = await page
      .getByTestId('fill-write')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    for (const b of damaged.blanked) expect(writes).toContain(refText(b));
    await shot('web-fill');
    await page.getByTestId('fill-apply').click();
    await page.getByTestId('fill-undo').waitFor();

    // The grid preview shows what was written: select the first filled cell from the pane.
    const b = damaged.blanked[0];
    await page.locator(`[data-testid=fill-write][data-cell="${refText(b)}"]`).waitFor({ state: 'detached' });
    await page.getByTestId('tab-checks').click();
    await page.getByRole('button', { name: '重新校验' }).click();
    await page.getByTestId('check-verdict').waitFor();
    expect(
      await poll(
        () => count(page, 'count-error'),
        (n) => n === 0,
      ),
    ).toBe(0);
    expect(await page.locator('[data-testid=finding][data-severity=error]').count()).toBe(0);

    const { sheet, a1 } = splitRef(refText(b));
    await page.getByTestId(`grid-tab-${sheet}`).click();
    const td = page.locator(`[data-testid=grid-table] td[data-ref=${a1}]`);
    expect(
      await poll(
        async () => (await td.getAttribute('title')) ?? '',
        (t) => t.startsWith('='),
      ),
    ).toMatch(/^=/);
    expect(Number((await td.innerText()).replace(/,/g, ''))).toBeCloseTo(b.value, 2);
  });

  test('the draft marks every figure; hovering one names its cells, clicking shows them', async () => {
    await page.getByTestId('tab-narrative').click();
    const tokens = page.getByTestId('figure-token');
    await tokens.first().waitFor();
    expect(await tokens.count()).toBeGreaterThan(20);
    // Figures are marked: a background or underline sets them apart from the text around them.
    const marked = await tokens.first().evaluate((e) => {
      const s = getComputedStyle(e);
      return (
        s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.textDecorationLine !== 'none' || s.borderBottomWidth !== '0px'
      );
    });
    expect(marked).toBe(true);

    const token = page.locator('[data-testid=figure-token]:not([data-sources*=","])').first();
    const source = (await token.getAttribute('data-sources'))!;
    await token.hover();
    expect(await token.getAttribute('title')).toContain(source);
    // Hovering names the source in the grid's bar without moving the selection.
    const note = page.getByTestId('grid-pointed-note');
    await note.waitFor();
    expect(await note.innerText()).toContain(source);
    await token.click();
    const { sheet, a1 } = splitRef(source);
    await page.locator(`[data-testid=grid-preview][data-sheet="${sheet}"]`).waitFor();
    expect(await highlightedCells(page)).toContain(a1);
    // Now on the source's sheet, hovering outlines the cell itself; leaving the figure clears it.
    await page.getByTestId('grid-address').hover();
    await note.waitFor({ state: 'detached' });
    await token.hover();
    await page.locator(`[data-testid=grid-preview] td[data-ref="${a1}"][data-pointed=true]`).waitFor();
    await shot('web-narrative');
  });

  test('downloads the .docx, the updated .xlsx (with the 情况说明 sheet) and the check report', async () => {
    const title = await page.getByTestId('narrative-text').locator('h3').first().innerText();
    const figures = await page
      .getByTestId('figure-token')
      .evaluateAll((els) => els.slice(0, 12).map((e) => e.textContent));

    const docx = await download(page, page.getByRole('button', { name: '下载 Word (.docx)' }));
    expect(docx.name).toMatch(/\.docx$/);
    const text = await readDocxText(new Uint8Array(docx.bytes));
    expect(text).toContain(title);
    for (const f of figures) expect(text).toContain(f);

    await page.getByRole('button', { name: '插入为「情况说明」工作表' }).click();
    await page.getByTestId('grid-tab-情况说明').waitFor();

    const xlsx = await download(page, page.getByTestId('web-download-xlsx'));
    expect(xlsx.name).toBe(sample.file.replace(/\.xlsx$/, '-已更新.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    for (const b of damaged.blanked) {
      const cell = wb.getWorksheet(b.ref.sheet)!.getCell(b.ref.row, b.ref.col);
      expect(cell.formula).toBeTruthy();
      expect(Number(cell.result)).toBeCloseTo(b.value, 6);
    }
    const narrative = wb.getWorksheet('情况说明');
    expect(narrative).toBeDefined();
    const sheetText: string[] = [];
    narrative!.eachRow((row) => row.eachCell((c) => sheetText.push(String(c.value ?? ''))));
    expect(sheetText.join('\n')).toContain(figures[0]);

    await page.getByTestId('tab-checks').click();
    const verdict = await page.getByTestId('check-verdict').innerText();
    const report = await download(page, page.getByRole('button', { name: '下载校验报告 (.html)' }));
    const html = report.bytes.toString('utf8');
    expect(html).toContain(verdict);
    expect(html).toContain(sample.file);
  });

  test('a pasted seed narrative is linted against the workbook', async () => {
    await page.getByTestId('tab-lint').click();
    await page.getByTestId('lint-text').fill(readFileSync(join(__dirname, 'fixtures', sample.lint), 'utf8'));
    await page.getByRole('button', { name: '开始核对' }).click();
    await page.getByTestId('lint-finding').first().waitFor();
    const rules = await page
      .getByTestId('lint-finding')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    for (const r of sample.lintRules) expect(rules).toContain(r);
    expect(await page.getByTestId('lint-summary').innerText()).not.toBe('');
    await shot('web-lint');
  });
});

describe('drag and drop', () => {
  test('a workbook dropped on the page opens like a picked one', async () => {
    const page = await openPage();
    const bytes = readFileSync(join(ROOT, 'samples', 'heshan-jdfw-2021.xlsx')).toString('base64');
    const transfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], '拖入的工作簿.xlsx', { type: 'application/octet-stream' }));
      return dt;
    }, bytes);
    await page.getByTestId('web-drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('web-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator('[data-testid=mapping-row-T01][data-found=true]').waitFor();
    expect(await page.getByTestId('web-file-name').innerText()).toBe('拖入的工作簿.xlsx');
    await page.close();
  });
});

describe('selecting in the grid preview', () => {
  test('a mouse-selected range becomes a table’s place through 使用当前选择', async () => {
    const page = await openPage();
    await openFile(page, 'heshan-jdfw-2021.xlsx', readFileSync(join(ROOT, 'samples', 'heshan-jdfw-2021.xlsx')));
    const link = page.getByTestId('mapping-sheet-T07');
    await link.waitFor();
    const place = await link.innerText(); // e.g. 三公经费表!A1:L8
    const { sheet, a1 } = splitRef(place);
    const [from, to] = a1.split(':');
    await page.getByTestId(`grid-tab-${sheet}`).click();
    const cell = (ref: string) => page.locator(`[data-testid=grid-table] td[data-ref=${ref}]`);
    // Drag from the first corner to the last (a corner inside a merged range is grabbed on the merged cell).
    await cell((await drawnCell(page, from))!).hover();
    await page.mouse.down();
    await cell((await drawnCell(page, to))!).hover();
    await page.mouse.up();
    expect(await page.getByTestId('grid-address').innerText()).toBe(place);

    await page.getByTestId('mapping-pick-table').selectOption('T07');
    await page.getByRole('button', { name: '使用当前选择' }).click();
    const notice = () =>
      page
        .getByTestId('notice')
        .innerText({ timeout: 1000 })
        .catch(() => '');
    expect(await poll(notice, (t) => t.includes(place))).toContain(place);
    await page.close();
  });
});

describe('files that are not workbooks', () => {
  test.each([
    [
      'a truncated download',
      'truncated.xlsx',
      () => readFileSync(join(ROOT, 'samples', 'heshan-zfb-2021.xlsx')).subarray(0, 6000),
      '不完整或已损坏',
    ],
    ['a text file renamed .xlsx', 'notes.xlsx', () => Buffer.from('这不是工作簿\n', 'utf8'), '不是 .xlsx 工作簿'],
  ])('%s shows the reason in Chinese', async (_what, name, bytes, reason) => {
    const page = await openPage();
    await openFile(page, name, bytes());
    const error = page.getByTestId('web-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain(`无法打开“${name}”`);
    expect(text).toContain(reason);
    // The page stays usable: the open button is still there.
    expect(await page.getByTestId('web-open').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a 5 MB workbook', () => {
  test('shows progress while loading, then scrolls a 14,000-row sheet by keyboard', async () => {
    const bytes = await largeWorkbook();
    expect(bytes.length).toBeGreaterThan(4.5 * 1024 * 1024);
    const page = await openPage();
    // Remember every progress text shown, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const t = document.querySelector('[data-testid=web-progress]')?.textContent;
        if (t && seen[seen.length - 1] !== t) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await openFile(page, 'large.xlsx', bytes);
    await page.getByTestId('web-progress').waitFor();
    await page.locator('[data-testid=mapping-row-T01][data-found=true]').waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(seen.some((t) => t.includes('正在读取文件'))).toBe(true);
    expect(seen.some((t) => t.includes('正在解析工作簿') && t.includes('MB'))).toBe(true);

    await page.getByTestId('grid-tab-明细账4').click();
    await page.getByTestId('grid-table').locator('td[data-ref=A1]').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+ArrowUp');
    expect(await page.getByTestId('grid-address').innerText()).toBe('明细账4!L13999:L14000');
    await page.locator('[data-testid=grid-table] td[data-ref=L14000]').waitFor();
    // Only the rows in view are in the page.
    expect(await page.locator('[data-testid=grid-table] tbody tr').count()).toBeLessThan(200);
    await page.close();
  }, 180_000);
});

/** Whether the page scrolls sideways: the document wider than the window. */
function sideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
}

async function expectNoSideways(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await sideways(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

describe('narrow screens, keyboard and accessibility', () => {
  const file = 'heshan-jdfw-2021.xlsx';
  const bytes = readFileSync(join(ROOT, 'samples', file));

  test.each([350, 768])('at %i px nothing scrolls sideways; the pane and the grid take turns', async (width) => {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(server.url);
    await page.getByTestId('web-landing').waitFor();
    await expectNoSideways(page);
    await openFile(page, file, bytes);
    await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
    await expectNoSideways(page);
    // The pane is shown first, full width; the grid is one tab away.
    const pane = await page.getByTestId('web-taskpane').boundingBox();
    expect(pane!.width).toBeGreaterThan(width - 20);
    expect(await page.getByTestId('grid-preview').isVisible()).toBe(false);
    for (const tab of ['mapping', 'checks', 'fill', 'narrative', 'lint', 'supplementary', 'prior']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`panel-${tab}`).waitFor();
      await expectNoSideways(page);
    }
    // Showing a finding's cells switches to the grid, with the cells highlighted.
    await page.getByTestId('tab-checks').click();
    await page.getByTestId('filter-warning').click();
    await page.getByTestId('finding-locate').first().click();
    await page.getByTestId('grid-preview').waitFor();
    expect(await page.locator('[data-testid=grid-table] td[data-highlight=true]').count()).toBeGreaterThan(0);
    await expectNoSideways(page);
    const grid = await page.getByTestId('grid-preview').boundingBox();
    expect(grid!.width).toBeGreaterThan(width - 20);
    if (width === 350) await screenshot(page, 'web-narrow');
    await page.getByTestId('web-show-pane').click();
    await page.getByTestId('check-counts').waitFor();
    await page.close();
  });

  test('one Tab reaches the skip link, which moves focus into the pane; focus is visible', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await openFile(page, file, bytes);
    await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('web-skip');
    expect(await skip.evaluate((e) => e === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0); // shown on focus
    expect(await skip.innerText()).toBe('跳到决算公开助手');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'web-taskpane');
    // The next Tab lands on the pane's first control, drawn with a focus outline.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const pane = document.querySelector('[data-testid=web-taskpane]')!;
      const s = getComputedStyle(el);
      const after = getComputedStyle(el, '::after');
      return {
        inPane: pane.contains(el) && el !== pane,
        ring:
          (s.outlineStyle !== 'none' && s.outlineWidth !== '0px') ||
          s.boxShadow !== 'none' ||
          (after.borderStyle !== 'none' && after.borderWidth !== '0px' && after.content !== 'none'),
      };
    });
    expect(focused).toEqual({ inPane: true, ring: true });
    await page.close();
  });

  test('axe-core finds no serious or critical violation on the start page, the pane steps and a narrow screen', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId('web-landing').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openFile(page, file, bytes);
    await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const tab of ['checks', 'fill', 'narrative', 'lint', 'supplementary', 'prior']) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(`panel-${tab}`).waitFor();
      expect({ tab, violations: await axeViolations(page) }).toEqual({ tab, violations: [] });
    }
    await page.setViewportSize({ width: 350, height: 800 });
    await page.getByTestId('tab-checks').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('打开其他工作簿 asks before discarding edits that were not downloaded', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await openFile(page, file, bytes);
    await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
    // Nothing changed yet: the file chooser opens at once.
    let chooser = page.waitForEvent('filechooser');
    await page.getByTestId('web-open-other').click();
    await chooser;
    expect(await page.getByTestId('web-discard-dialog').count()).toBe(0);

    // One write (a 校验参数), not downloaded: the page asks first.
    await page.getByTestId('tab-checks').click();
    await page.getByTestId('check-settings-toggle').click();
    await page.getByTestId('check-setting-budgetVariancePercent').fill('30');
    await page.getByTestId('check-settings-save').click();
    await page.getByText('（本工作簿设定）').waitFor();
    await page.getByTestId('web-open-other').click();
    const dialog = page.getByTestId('web-discard-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('打开其他工作簿会丢弃这些修改');
    await page.getByTestId('web-discard-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('web-file-name').innerText()).toBe(file);

    await page.getByTestId('web-open-other').click();
    chooser = page.waitForEvent('filechooser');
    await page.getByTestId('web-discard-confirm').click();
    await chooser;

    // Downloaded: nothing left to lose, no question.
    await download(page, page.getByTestId('web-download-xlsx'));
    chooser = page.waitForEvent('filechooser');
    await page.getByTestId('web-open-other').click();
    await chooser;
    expect(await page.getByTestId('web-discard-dialog').count()).toBe(0);
    await page.close();
  });

  test('printing shows the findings alone on A4', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await openFile(page, file, bytes);
    await page.locator('[data-testid=mapping-row-T09][data-found=true]').waitFor();
    await page.getByTestId('tab-checks').click();
    await page.getByTestId('check-counts').waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (sel: string) => {
        const el = document.querySelector(sel);
        return !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
      };
      return {
        header: visible('header[data-print=hide]'),
        grid: visible('[data-testid=grid-preview]'),
        tabs: visible('[data-testid=app] [role=tablist]'),
        counts: visible('[data-testid=check-counts]'),
        finding: visible('[data-testid=finding]'),
      };
    });
    expect(shown).toEqual({ header: false, grid: false, tabs: false, counts: true, finding: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))!;
    expect(Math.round(Number(box[1]))).toBe(595);
    expect(Math.round(Number(box[2]))).toBe(842);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('privacy', () => {
  test('no request left 127.0.0.1, no CSP violation or script error', () => {
    expect(watch.requests.length).toBeGreaterThan(0);
    expect(watch.requests.filter((u) => u.startsWith(server.url)).length).toBeGreaterThan(3);
    expect(watch.external).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  });
});
