/**
 * 汇总 / 核对 on the standalone web page in a real browser (Debian's chromium through playwright-core): the production
 * build served from 127.0.0.1 under its Content-Security-Policy; generated unit workbooks chosen in the page, read
 * there (no request leaves 127.0.0.1), the consolidated workbook downloaded and compared, figure by figure, with the
 * generator's own department; a department workbook verified against its units.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { findSheet } from '../../src/core/grid/grid';
import { TABLE_IDS, type Disclosure } from '../../src/core/model/types';
import { readGridFromFile } from '../../src/io/xlsx';
import { readXlsxGrid } from '../../src/io/xlsx-read';
import { unitData, writeSample, writeUnitSet, type UnitSpec } from '../../scripts/gen-unit-set';
import { launchChromium } from './support/browser';
import { buildWeb, type WebBuild } from './support/build';
import { download, watchContext, type Watch } from './support/page';
import { axeViolations } from './support/axe';
import { serveStatic, type StaticServer } from './support/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { WEB_CSP } = require('../../webpack.config.js') as { WEB_CSP: string };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SPECS: UnitSpec[] = [
  { name: '示例局本级', rows: 20, seed: 1, layout: 'national' },
  { name: '示例局所属一中心', rows: 35, seed: 2, layout: 'jdfw' },
  { name: '示例局所属二中心', rows: 50, seed: 3, layout: 'national' },
];

let tmp: string;
let build: WebBuild;
let server: StaticServer;
let context: BrowserContext;
let watch: Watch;
let set: Awaited<ReturnType<typeof writeUnitSet>>;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'juesuan-e2e-consolidate-'));
  context = await launchChromium();
  watch = await watchContext(context);
  set = await writeUnitSet(tmp, SPECS, '示例局');
  build = await buildWeb(join(tmp, 'web'));
  server = await serveStatic(build.dir, WEB_CSP);
  // The production build takes minutes on a busy 2-core machine (JUESUAN_E2E_BUILD reuses one: support/build.ts).
}, 600_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const payload = (file: string) => ({ name: basename(file), mimeType: XLSX, buffer: readFileSync(file) });

async function openPanel(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('web-landing').waitFor();
  await page.getByTestId('web-consolidate').click();
  await page.getByTestId('consolidate-panel').waitFor();
  return page;
}

/** Every non-zero figure of every table by a stable key (table, item / 合计 column / 科目 code and column), 万元. */
function figures(d: Disclosure): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: Dec) => {
    if (!v.isZero()) out[k] = v.normalize().toFixed();
  };
  for (const id of TABLE_IDS) {
    const t = d.tables[id];
    if (!t) continue;
    for (const [k, f] of Object.entries(t.items)) put(`${id} ${k}`, f.value);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) put(`${id} 合计 ${k}`, f.value);
    for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) put(`${id} ${r.code} ${k}`, f.value);
  }
  return out;
}

describe('汇总 on the web page', () => {
  test('builds the department from the chosen units, shows progress and the check, and downloads it', async () => {
    const page = await openPanel();
    await page.getByTestId('consolidate-units').setInputFiles(set.files.map(payload));
    expect(await page.getByTestId('consolidate-unit-count').innerText()).toBe(`已选 ${SPECS.length} 个单位`);
    await page.getByTestId('consolidate-name').fill('示例局');
    // Progress is shown while the files are read (the status region appears, then goes once done).
    const progressSeen = page
      .getByTestId('consolidate-progress')
      .waitFor({ timeout: 60_000 })
      .then(() => true);
    await page.getByTestId('consolidate-run').click();
    expect(await progressSeen).toBe(true);
    await page.getByTestId('consolidate-summary').waitFor({ timeout: 120_000 });
    const summary = await page.getByTestId('consolidate-summary').innerText();
    expect(summary).toContain(`已汇总 ${SPECS.length} 个单位（2024 年度）`);
    expect(summary).toContain('汇总表校验无错误');
    const units = page.getByTestId('consolidate-unit');
    expect(await units.count()).toBe(SPECS.length);
    for (let i = 0; i < SPECS.length; i++) {
      expect(await units.nth(i).getAttribute('data-errors')).toBe('0');
      expect(await units.nth(i).innerText()).toContain(SPECS[i].name);
    }

    const file = await download(page, page.getByTestId('consolidate-download'));
    expect(file.name).toBe('示例局.xlsx');
    const grid = readXlsxGrid(new Uint8Array(file.bytes), file.name);
    expect(findSheet(grid, '汇总明细')).toBeDefined();
    const built = analyseGrid(grid).disclosure;
    const generated = analyseGrid(await readGridFromFile(set.departmentFile)).disclosure;
    // The generator's own department totals, figure by figure, exactly.
    expect(Object.keys(figures(built)).length).toBeGreaterThan(300);
    expect(figures(built)).toEqual(figures(generated));
    expect(built.unitName).toBe('示例局');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.external).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });

  test('refuses units of different years, naming each file', async () => {
    const old = await writeSample(
      join(tmp, 'old-2023.xlsx'),
      unitData({ name: '上年单位', rows: 20, seed: 9, year: 2023 }),
    );
    const page = await openPanel();
    await page.getByTestId('consolidate-units').setInputFiles([payload(set.files[0]), payload(old)]);
    await page.getByTestId('consolidate-run').click();
    const error = await page.getByTestId('consolidate-error').innerText({ timeout: 60_000 });
    expect(error).toContain('各单位的决算年度不同，不能汇总');
    expect(error).toContain(`${basename(set.files[0])}，2024`);
    expect(error).toContain('old-2023.xlsx，2023');
    expect(await page.getByTestId('consolidate-download').count()).toBe(0);
    await page.close();
  });
});

describe('核对 on the web page', () => {
  async function verify(page: Page, dept: string): Promise<string> {
    await page.getByTestId('consolidate-mode').getByText('核对', { exact: false }).first().click();
    await page.getByTestId('consolidate-units').setInputFiles(set.files.map(payload));
    await page.getByTestId('consolidate-dept').setInputFiles(payload(dept));
    await page.getByTestId('consolidate-run').click();
    return page.getByTestId('verify-summary').innerText({ timeout: 120_000 });
  }

  test('the generator’s department agrees with its units; a changed figure is one finding with its difference', async () => {
    const page = await openPanel();
    expect(await verify(page, set.departmentFile)).toBe(
      `部门工作簿 ${basename(set.departmentFile)} 与各单位合计一致。`,
    );
    expect(await page.getByTestId('verify-finding').count()).toBe(0);

    const t07 = {
      ...set.department.t07,
      'actual.reception': Dec.from(set.department.t07['actual.reception']).add(Dec.from('1.5')).toFixed(),
    };
    const bad = await writeSample(join(tmp, 'dept-bad.xlsx'), { ...set.department, t07 });
    await page.getByTestId('consolidate-dept').setInputFiles(payload(bad));
    await page.getByTestId('consolidate-run').click();
    await page.getByText('部门工作簿 dept-bad.xlsx 与各单位合计不一致：1 处').waitFor({ timeout: 120_000 });
    const finding = page.getByTestId('verify-finding');
    expect(await finding.count()).toBe(1);
    expect(await finding.getAttribute('data-table')).toBe('T07');
    expect(await finding.innerText()).toContain('相差 1.50 万元');
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.external).toEqual([]);
    await page.close();
  });
});
