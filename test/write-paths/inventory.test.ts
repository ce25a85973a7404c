import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

/**
 * Where the source writes into a workbook's cells. Every write must go through a plan applied by one of the two
 * apply functions (src/io/apply-plan.ts for ExcelJS, src/excel/write.ts for Office.js, its syncs in steps.ts); the report workbook is a
 * new file the tool builds, not the user's. A new file here means a write path that bypasses plan-then-apply.
 */
const SRC = join(__dirname, '../../src');
const CELL_WRITES =
  /\.(value|formula|formulas|values|numberFormat|numFmt)\s*=(?!=)|\.addRow\(|\.spliceRows\(|\.insertRow\(|\.mergeCells\(|\.removeWorksheet\(|\.delete\(\)/;
const ALLOWED = new Map([
  ['io/apply-plan.ts', 'the ExcelJS plan-then-apply (and undo)'],
  ['excel/steps.ts', 'the write syncs of the Office.js plan-then-apply (excel/write.ts) and undo (excel/undo.ts)'],
  ['io/file-undo.ts', 'drops the old undo sheet of a file, then applies the plans through io/apply-plan'],
  ['io/report-xlsx.ts', 'builds a new report workbook, never the user’s'],
  ['batch/review-xlsx.ts', 'builds a new batch review workbook, never the user’s'],
  ['batch/reviewer/checklist-xlsx.ts', 'builds a new 决算公开检查表 workbook, never the user’s'],
  ['io/consolidated/sheet.ts', 'builds a new consolidated (汇总) workbook, never the user’s'],
  ['excel/cells.ts', 'fills in GridCell objects read from Office.js (no workbook write)'],
]);
/** Form fields of the page and the task pane (a file input reset, a textarea for copying), not cells. */
const DOM_VALUE = /\b(e\.target|e\.currentTarget|area)\.value\s*=/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}

test('only the plan-then-apply functions write cells (and the report builder its own new workbook)', () => {
  const writers = files(SRC)
    .filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*)/.test(line) && CELL_WRITES.test(line) && !DOM_VALUE.test(line)),
    )
    .map((f) => relative(SRC, f).split('\\').join('/'));
  const unexpected = writers.filter((f) => !ALLOWED.has(f));
  expect(unexpected).toEqual([]);
  // The allowed list is not stale: each of them does write.
  expect(writers.sort()).toEqual([...ALLOWED.keys()].sort());
});
