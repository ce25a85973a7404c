import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { CliError } from '../../src/cli/command';
import { checkCommand } from '../../src/cli/commands/check';
import { rulesCommand } from '../../src/cli/commands/rules';
import { RULES } from '../../src/core/checks/rules';
import { xlsxBuffer } from '../helpers/xlsx';
import { t01 } from '../helpers/tables';
import { captureIO } from './io';
import { checkSettingsPlan } from '../../src/core/checks/settings';
import { Dec } from '../../src/core/decimal/dec';
import { applyPlan } from '../../src/io/apply-plan';
import { readGridFromBuffer } from '../../src/io/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-check-'));
const good = t01({ sheet: '总表' });
const bad = t01({ sheet: '总表' });
let goodFile: string;
let badFile: string;

/** Changes one value cell of a sheet spec (A1 address). */
function setCell(spec: ReturnType<typeof t01>['sheet'], addr: string, value: number): void {
  const m = /^([A-Z])(\d+)$/.exec(addr)!;
  spec.rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
}

beforeAll(async () => {
  goodFile = join(dir, 'good.xlsx');
  badFile = join(dir, 'bad.xlsx');
  writeFileSync(goodFile, await xlsxBuffer([good.sheet]));
  setCell(bad.sheet, bad.at['本年收入合计'], 1217.97); // parts still sum to 1217.92
  writeFileSync(badFile, await xlsxBuffer([bad.sheet]));
});

// Commands are registered by the lead in src/cli/commands/index.ts; call them directly so this test does not depend on it.
const check = (argv: string[], io = captureIO()) =>
  checkCommand
    .run({ positional: argv.filter((a) => !a.startsWith('--')), flags: flagsOf(argv) }, io)
    .then((code) => ({ code, io }));

function flagsOf(argv: string[]): Record<string, string | boolean> {
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    if (m[2] !== undefined) flags[m[1]] = m[2];
    else if (m[1] === 'report') flags[m[1]] = argv[++i];
    else flags[m[1]] = true;
  }
  return flags;
}

describe('juesuan check', () => {
  test('--json: a wrong 本年收入合计 is an error naming the cell, with expected/actual/difference/tolerance', async () => {
    const { code, io } = await check([badFile, '--json']);
    expect(code).toBe(1);
    const j = JSON.parse(io.stdout());
    const f = j.findings.find((x: { rule: string }) => x.rule === 't01-income-total');
    expect(f).toMatchObject({
      severity: 'error',
      expected: '1217.92',
      actual: '1217.97',
      difference: '0.05',
      tolerance: '0.045',
    });
    expect(f.cells).toContain(`总表!${bad.at['本年收入合计']}`);
    expect(f.message).toContain('收入支出决算总表 本年收入合计');
    expect(Object.keys(j.summary).sort()).toEqual(['accepted', 'error', 'info', 'rounding', 'warning']);
    expect(j.summary.error).toBe(j.findings.filter((x: { severity: string }) => x.severity === 'error').length);
  });

  test('tables the workbook lacks are reported (it cannot be submitted without them)', async () => {
    const { code, io } = await check([goodFile, '--json']);
    const j = JSON.parse(io.stdout());
    expect(j.findings.some((x: { rule: string }) => x.rule.startsWith('t01-'))).toBe(false);
    expect(j.findings.some((x: { message: string }) => x.message.includes('未找到收入决算表'))).toBe(true);
    expect(code).toBe(1);
  });

  test('text output names the finding, its cells and the verdict', async () => {
    const { io } = await check([badFile]);
    const out = io.stdout();
    expect(out).toMatch(/\[错误\] t01-income-total {2}收入支出决算总表 本年收入合计（总表!\w+\d+）/);
    expect(out).toContain('单元格：');
    expect(out.trim().split('\n').pop()).toMatch(/^不能提交：有 \d+ 个错误需更正$/);
  });

  test('--report writes an .xlsx and an .html report', async () => {
    const xlsx = join(dir, 'r.xlsx');
    const html = join(dir, 'r.html');
    expect((await check([badFile, '--report', xlsx])).code).toBe(1);
    expect((await check([badFile, '--report', html])).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['校验摘要', '校验结果']);
    const texts: string[] = [];
    wb.getWorksheet('校验结果')!.eachRow((r) => texts.push(String(r.getCell(4).value)));
    expect(texts.some((t) => t.includes('本年收入合计'))).toBe(true);
    expect(readFileSync(html, 'utf8')).toContain('t01-income-total');
  });

  test.each([
    [[join(dir, 'missing.xlsx')], /找不到文件.*file not found/],
    [[__filename], /不是 \.xlsx 工作簿/],
    [[], /请指定要校验的工作簿/],
    [['x.xlsx', '--report', 'out.pdf'], /报告文件须为 \.xlsx 或 \.html/],
    [['x.xlsx', '--budget-variance=abc'], /--budget-variance 应为 0 到 1000 之间的百分数/],
  ])('unreadable input or bad usage ends with exit code 2 and one line: %j', async (argv, msg) => {
    // main.run turns a CliError into its exit code and prints the message on stderr.
    const e = await check(argv as string[]).then(
      () => undefined,
      (x: unknown) => x as CliError,
    );
    expect(e).toBeInstanceOf(CliError);
    expect(e!.exitCode).toBe(2);
    expect(e!.message).toMatch(msg);
    expect(e!.message.split('\n')).toHaveLength(1);
  });
});

describe('juesuan check with 校验参数 stored in the workbook (set in the pane)', () => {
  const sample = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');
  let stored: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const { grid } = await readGridFromBuffer(readFileSync(sample), 'heshan-zfb-2021.xlsx');
    applyPlan(wb, checkSettingsPlan(grid, { budgetVariancePercent: Dec.from(1000) }));
    stored = join(dir, 'stored-settings.xlsx');
    await wb.xlsx.writeFile(stored);
  });

  test('the stored threshold is used and named in the text output', async () => {
    const { io } = await check([stored]);
    expect(io.stdout()).toContain('校验参数：决算数与年初预算数相差超过 1000% 时提示（默认 20%）');
    const plain = await check([sample]);
    expect(plain.io.stdout()).not.toContain('校验参数：');
    // The sample's tables are in 元; every amount in the messages is in 万元, and the output says so.
    expect(plain.io.stdout().split('\n')[1]).toBe(
      '金额单位：万元（工作簿各表以元填列，已换算为万元后比较；表内合计的核对按表中单位列出金额，并注明元）。',
    );
  });

  test('--json lists the thresholds in force; a flag overrides the stored one for this run', async () => {
    const j = JSON.parse((await check([stored, '--json'])).io.stdout());
    expect(j.settings).toEqual({ budgetVariancePercent: '1000', otherSharePercent: '20' });
    const variance = (x: { findings: { rule: string }[] }) =>
      x.findings.filter((f) => f.rule === 'plaus-budget-variance').length;
    const flagged = JSON.parse((await check([stored, '--json', '--budget-variance=20'])).io.stdout());
    expect(flagged.settings.budgetVariancePercent).toBe('20');
    const plain = JSON.parse((await check([sample, '--json'])).io.stdout());
    expect(variance(flagged)).toBe(variance(plain));
    expect(variance(j)).toBeLessThan(variance(plain));
  });
});

describe('juesuan rules', () => {
  test('lists every rule', async () => {
    const io = captureIO();
    expect(await rulesCommand.run({ positional: [], flags: {} }, io)).toBe(0);
    for (const r of RULES) expect(io.stdout()).toContain(r.meta.id);
  });
  test('--json gives the meta of each rule', async () => {
    const io = captureIO();
    await rulesCommand.run({ positional: [], flags: { json: true } }, io);
    const j = JSON.parse(io.stdout());
    expect(j).toHaveLength(RULES.length);
    expect(j[0]).toEqual({ ...RULES[0].meta });
  });
});
