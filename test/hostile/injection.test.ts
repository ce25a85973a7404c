import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { checkGrid } from '../../src/cli/commands/check';
import { waiverPlan } from '../../src/core/checks/waivers';
import { planFill } from '../../src/core/derive';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell, refToString } from '../../src/core/grid/grid';
import { applyPlan } from '../../src/io/apply-plan';
import { readGridFromBuffer } from '../../src/io/workbook';
import { captureIO } from '../cli/io';

/**
 * A workbook whose labels hold formula-injection and script strings, a sheet named like a formula and a waiver
 * reason that is a formula: the engine reads them as text, and every report escapes them.
 */
const dir = mkdtempSync(join(tmpdir(), 'juesuan-inject-'));
const SAMPLE = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');
const INJECTIONS = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+cmd', '-1+1', '\t=1+1'];
const SCRIPT = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
const T05 = '-1+1'; // 公开05表 renamed: every cell reference of the table starts with "-"
let file: string;

async function load(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

beforeAll(async () => {
  const wb = await load(readFileSync(SAMPLE));
  const ws = wb.getWorksheet('公开05表')!;
  ws.name = T05;
  ws.getCell('B10').value = INJECTIONS[0]; // 2010301 行政运行
  ws.getCell('C10').value = 99999; // its total no longer adds up: findings name the row
  ws.getCell('B11').value = SCRIPT; // 2010399
  ws.getCell('D11').value = 1; // basic ≠ total
  const supp = wb.getWorksheet('补充信息')!;
  INJECTIONS.forEach((s, i) => (supp.getCell(2 + i, 2).value = s)); // labels of the first 补充信息 lines
  wb.getWorksheet('说明')!.getCell('A1').value = INJECTIONS[1];
  // A waiver whose reason and author are formulas, for one of the warnings.
  let grid = (await readGridFromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).grid;
  const [w1, w2] = checkGrid(grid).findings.filter((f) => f.severity === 'warning');
  applyPlan(wb, waiverPlan(grid, w1, INJECTIONS[0], '2024-03-01', INJECTIONS[1]));
  grid = (await readGridFromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).grid;
  applyPlan(wb, waiverPlan(grid, w2, SCRIPT, '2024-03-01'));
  file = join(dir, 'inject.xlsx');
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  grid = (await readGridFromBuffer(readFileSync(file))).grid;
});

test('the engine reads injection strings as text and never writes over them', async () => {
  const grid = (await readGridFromBuffer(readFileSync(file))).grid;
  const t05 = findSheet(grid, T05)!;
  expect(getCell(t05, 10, 2)).toMatchObject({ value: INJECTIONS[0] });
  expect(getCell(t05, 10, 2)?.formula).toBeUndefined();
  const supp = findSheet(grid, '补充信息')!;
  INJECTIONS.forEach((s, i) =>
    expect([getCell(supp, 2 + i, 2)?.value, getCell(supp, 2 + i, 2)?.formula]).toEqual([s, undefined]),
  );
  const analysis = analyseGrid(grid);
  const row = analysis.disclosure.tables.T05!.rows.find((r) => r.code === '2010301')!;
  expect(row.name).toContain('HYPERLINK');
  const result = checkGrid(grid);
  expect(result.findings.some((f) => f.message.includes('HYPERLINK'))).toBe(true);
  expect(result.findings.some((f) => f.waiver?.reason === INJECTIONS[0])).toBe(true);
  const fill = planFill(grid, analysis, { mode: 'formulas', overwrite: 'all' });
  const labels = new Set([`${T05}!B10`, `${T05}!B11`, ...INJECTIONS.map((_, i) => `补充信息!B${2 + i}`)]);
  expect(fill.plan.edits.filter((e) => labels.has(refToString(e.ref)))).toEqual([]);
});

/** Fields of a CSV written with every field quoted. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n|$)/gy;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) {
    row.push(m[1].replace(/""/g, '"'));
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
    }
    if (m[2] === '') break;
  }
  return rows;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

test('check --report out.csv: every field that could start a formula begins with an apostrophe', async () => {
  const out = join(dir, 'report.csv');
  const io = captureIO();
  expect(await run(['check', file, '--report', out], io)).toBe(1);
  const text = readFileSync(out, 'utf8');
  expect(text.startsWith('\uFEFF"序号","严重程度"')).toBe(true);
  const rows = parseCsv(text.slice(1));
  expect(rows.length).toBeGreaterThan(5);
  expect(new Set(rows.map((r) => r.length))).toEqual(new Set([11]));
  const fields = rows.flat();
  for (const f of fields) if (!NUMBER.test(f)) expect(f).not.toMatch(FORMULA_START);
  // The injected texts did reach the report, neutralised.
  expect(fields).toContain(`'${INJECTIONS[0]}（${INJECTIONS[1]}，2024-03-01）`); // the waiver reason
  expect(fields.some((f) => f.startsWith(`'${T05}!C10`))).toBe(true); // cell references on the renamed sheet
  expect(fields.some((f) => f.includes('HYPERLINK(') && !f.startsWith("'"))).toBe(true); // inside a message: harmless
  expect(fields.some((f) => /^-\d/.test(f) && NUMBER.test(f))).toBe(true); // negative differences stay numbers
});

test('check --report out.xlsx: no formula cells, no text cell that starts a formula', async () => {
  const out = join(dir, 'report.xlsx');
  expect(await run(['check', file, '--report', out], captureIO())).toBe(1);
  const wb = await load(readFileSync(out));
  const texts: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell((c) => {
        expect(c.formula).toBeUndefined();
        if (typeof c.value === 'string') texts.push(c.value);
      }),
    ),
  );
  for (const t of texts) expect(t).not.toMatch(FORMULA_START);
  expect(texts).toContain(`'${INJECTIONS[0]}（${INJECTIONS[1]}，2024-03-01）`);
  expect(texts.some((t) => t.startsWith(`'${T05}!`))).toBe(true);
});

test('check --report out.html: script and attribute-breaking text is escaped everywhere', async () => {
  const out = join(dir, 'report.html');
  expect(await run(['check', file, '--report', out], captureIO())).toBe(1);
  const html = readFileSync(out, 'utf8');
  expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
  // The waiver reason as typed, quotes included.
  expect(html).toContain('已说明：&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  // The 科目 name (read without spaces and quotes) in the cells' title attributes, escaped.
  const titles = [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]);
  expect(titles.some((t) => t.includes('2010399 &lt;imgsrc=xonerror=alert(1)&gt;'))).toBe(true);
  expect(html).not.toMatch(/\son\w+="/i);
  expect(html).not.toMatch(/href=|src=["']?http/i);
});
