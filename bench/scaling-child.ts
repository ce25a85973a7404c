/**
 * One size of the scaling benchmark, in its own process so that its peak memory is its own:
 *   node -r ./scripts/register-ts.js bench/scaling-child.ts <file.xlsx> [--text]
 * Prints one JSON line: load, map, check, derive (and with --text draft, lint) times; peak memory; and the
 * Office.js gateway's syncs and proxy objects for a full run (read the workbook, apply the fill plan).
 */
import { readFileSync } from 'fs';
import { readWorkbook } from '../src/excel/read';
import { applyPlan } from '../src/excel/write';
import { GridReadError, READ_LIMITS, sniffWorkbook } from '../src/io/workbook';
import { readGridFromBytes } from '../src/io/xlsx';
import type { Grid } from '../src/core/grid/grid';
import { FakeContext, fakeBookFromGrid } from '../test/excel/fake-excel';
import { blankTotals, stages } from './pipeline';
import { measure, mb, type Stat } from './stats';

const [file, ...flags] = process.argv.slice(2);
const withText = flags.includes('--text');
const BUDGET = 20_000;

let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed + m.external + m.arrayBuffers);
};

/**
 * The reader's limits against files from many hands (docs/reliability.md) refuse the largest benchmark size; the
 * benchmark raises them to measure the engine and reports whether the default limits accept the file.
 */
const BENCH_LIMITS = {
  maxSheetXmlBytes: 512 * 1024 * 1024,
  maxUncompressedBytes: 2048 * 1024 * 1024,
  maxRowsPerSheet: 10_000_000,
  maxCells: 100_000_000,
};

/** null when the default limits accept the file, else every limit it passes. */
function defaultLimitsVerdict(buf: Buffer, grid: Grid): string | null {
  const over: string[] = [];
  try {
    sniffWorkbook(buf, '');
  } catch (e) {
    over.push(e instanceof GridReadError ? e.message.split('，疑似')[0].trim() : String(e));
  }
  const rows = Math.max(...grid.sheets.map((s) => s.rows.length));
  const cells = grid.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.filter(Boolean).length ?? 0), 0), 0);
  if (rows > READ_LIMITS.maxRowsPerSheet) over.push(`一个工作表 ${rows} 行，超过 ${READ_LIMITS.maxRowsPerSheet}`);
  if (cells > READ_LIMITS.maxCells) over.push(`${cells} 个单元格，超过 ${READ_LIMITS.maxCells}`);
  return over.length ? over.join('；') : null;
}

async function main() {
  const buf = readFileSync(file);
  // The lean reader, as every command now reads (ExcelJS is loaded only to write; bench/process.ts compares).
  const load = await measure(() => readGridFromBytes(buf, file, BENCH_LIMITS), { runs: 3, budgetMs: BUDGET });
  const grid: Grid = load.last;
  const defaultLimits = defaultLimitsVerdict(buf, grid);
  sample();
  const map = await measure(() => stages.map(grid), { runs: 5, budgetMs: BUDGET });
  const a = map.last;
  sample();
  const check = await measure(() => stages.check(a), { runs: 5, budgetMs: BUDGET });
  sample();
  // The fill works on a copy with the 合计/类/款 rows blank (what it has to fill in a real workbook).
  const blanked = blankTotals(grid, a);
  const ab = stages.map(blanked);
  const derive = await measure(() => stages.derive(blanked, ab), { runs: 5, budgetMs: BUDGET });
  const fill = derive.last;
  sample();
  let draft: Stat | undefined;
  let lint: Stat | undefined;
  if (withText) {
    const d = await measure(() => stages.draft(a), { runs: 3, budgetMs: BUDGET });
    draft = d.stat;
    sample();
    lint = (await measure(() => stages.lint(d.last, a), { runs: 3, budgetMs: BUDGET })).stat;
    sample();
  }

  // Office.js gateway on the sync-counting fake: read the (blanked) workbook, then apply the fill plan.
  // With Excel on the web's 5 MB limits: payload figures are the largest serialized request and response (KB).
  const ctx = new FakeContext(fakeBookFromGrid(blanked)).web();
  const excel = ctx as unknown as Excel.RequestContext;
  const kb = (xs: number[]) => Math.round(Math.max(0, ...xs) / 1024);
  await readWorkbook(excel);
  const read = {
    syncs: ctx.syncCount,
    proxies: ctx.proxyCount,
    maxRequestKb: kb(ctx.requestBytes),
    maxResponseKb: kb(ctx.responseBytes),
  };
  await applyPlan(fill.plan, excel);
  const full = {
    syncs: ctx.syncCount,
    proxies: ctx.proxyCount,
    maxRequestKb: kb(ctx.requestBytes),
    maxResponseKb: kb(ctx.responseBytes),
  };
  sample();

  const rows = a.disclosure.tables.T05?.rows.length ?? 0;
  const out = {
    file,
    bytes: buf.length,
    rows,
    defaultLimits,
    findings: { errors: check.last.summary.error, warnings: check.last.summary.warning },
    load: load.stat,
    map: map.stat,
    check: check.stat,
    derive: derive.stat,
    draft,
    lint,
    fillEdits: fill.plan.edits.length,
    gateway: { read, full },
    memory: { peakRssMb: mb(process.resourceUsage().maxRSS * 1024), peakHeapMb: mb(peakHeap) },
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
