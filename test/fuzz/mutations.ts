import fc from 'fast-check';
import ExcelJS from 'exceljs';

/**
 * Random edits a person (or a careless export) makes to a 决算 workbook, as data so that fast-check can print and
 * shrink them, applied to an ExcelJS workbook. Indexes pick among what exists when the edit is applied (modulo).
 */
export type Mutation =
  | { kind: 'set'; sheet: number; cell: number; value: ValueSpec }
  | { kind: 'merge'; sheet: number; cell: number; height: number; width: number }
  | { kind: 'insertRows'; sheet: number; row: number; count: number }
  | { kind: 'deleteRows'; sheet: number; row: number; count: number }
  | { kind: 'swapRows'; sheet: number; a: number; b: number }
  | { kind: 'renameHeader'; sheet: number; cell: number; how: number }
  | { kind: 'switchUnit'; sheet: number; to: string }
  | { kind: 'removeSheet'; sheet: number }
  | { kind: 'duplicateSheet'; sheet: number }
  | { kind: 'renameSheet'; sheet: number; name: string };

export type ValueSpec =
  | { as: 'text-of-number'; style: number }
  | { as: 'blank' }
  | { as: 'error'; code: string }
  | { as: 'number'; value: number }
  | { as: 'negate' }
  | { as: 'text'; text: string };

const ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
const TEXTS = [
  '-',
  '—',
  '无',
  'N/A',
  '',
  ' ',
  '=HYPERLINK("http://x","y")',
  '@SUM(A1)',
  '+cmd',
  '-1+1',
  '\t=1',
  '１２３．４５',
  '1,234.5',
  '(12.3)',
  '12.3万',
  '1e5',
  '合计',
  '其中：',
  '单位：元',
];
const NUMBERS = [
  0,
  1e15,
  -1e15,
  9.99e307,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e-9,
  0.005,
  -0.005,
  123456789.123456,
];

const value: fc.Arbitrary<ValueSpec> = fc.oneof(
  fc.record({ as: fc.constant('text-of-number' as const), style: fc.nat(5) }),
  fc.constant({ as: 'blank' as const }),
  fc.record({ as: fc.constant('error' as const), code: fc.constantFrom(...ERRORS) }),
  fc.record({
    as: fc.constant('number' as const),
    value: fc.oneof(fc.constantFrom(...NUMBERS), fc.double({ noNaN: true, noDefaultInfinity: true })),
  }),
  fc.constant({ as: 'negate' as const }),
  fc.record({
    as: fc.constant('text' as const),
    text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ maxLength: 12 })),
  }),
);

const sheet = fc.nat(30);
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('set' as const), sheet, cell: fc.nat(), value }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      sheet,
      cell: fc.nat(),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insertRows' as const),
      sheet,
      row: fc.nat(60),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deleteRows' as const),
      sheet,
      row: fc.nat(60),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapRows' as const), sheet, a: fc.nat(60), b: fc.nat(60) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('renameHeader' as const), sheet, cell: fc.nat(), how: fc.nat(4) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('switchUnit' as const),
      sheet,
      to: fc.constantFrom('元', '万元', '千元', '亿元', ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSheet' as const), sheet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateSheet' as const), sheet }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameSheet' as const),
      sheet,
      name: fc.constantFrom('Sheet9', '公开01表', '附表', '-1+1', "O'Neil"),
    }),
  },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });

function sheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const out: ExcelJS.Worksheet[] = [];
  wb.eachSheet((ws) => out.push(ws));
  return out;
}

/** Non-empty cells of a sheet that are not inside a merged range (except its top-left). */
function cells(ws: ExcelJS.Worksheet, filter: (c: ExcelJS.Cell) => boolean = () => true): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if ((!c.isMerged || c.master === c) && filter(c)) out.push(c);
    }),
  );
  return out;
}

function numberText(n: number, style: number): string {
  const fixed = n.toFixed(2);
  switch (style) {
    case 0:
      return fixed;
    case 1:
      return Number(fixed).toLocaleString('en-US', { minimumFractionDigits: 2 });
    case 2:
      return fixed.replace(/[0-9.]/g, (d) => (d === '.' ? '．' : String.fromCharCode(0xff10 + Number(d))));
    case 3:
      return ` ${fixed} `;
    case 4:
      return `${fixed}万元`;
    default:
      return n < 0 ? `(${Math.abs(n).toFixed(2)})` : `${fixed}%`;
  }
}

function valueFor(spec: ValueSpec, cell: ExcelJS.Cell): ExcelJS.CellValue {
  const current = typeof cell.value === 'number' ? cell.value : Number(cell.text) || 0;
  switch (spec.as) {
    case 'text-of-number':
      return numberText(current, spec.style);
    case 'blank':
      return null;
    case 'error':
      return { error: spec.code } as ExcelJS.CellErrorValue;
    case 'number':
      return spec.value;
    case 'negate':
      return -current;
    case 'text':
      return spec.text;
  }
}

/** Applies one mutation; returns false when it did not apply (nothing there, or ExcelJS refused it). */
export function applyMutation(wb: ExcelJS.Workbook, m: Mutation): boolean {
  const list = sheets(wb);
  if (list.length === 0) return false;
  const ws = list[m.sheet % list.length];
  try {
    switch (m.kind) {
      case 'set': {
        // Prefer numbers: they are what the tables are about.
        const nums = cells(ws, (c) => typeof c.value === 'number' || (typeof c.value === 'object' && c.value !== null));
        const pool = nums.length && m.cell % 4 !== 0 ? nums : cells(ws);
        if (!pool.length) return false;
        const c = pool[m.cell % pool.length];
        c.value = valueFor(m.value, c);
        return true;
      }
      case 'merge': {
        const pool = cells(ws);
        if (!pool.length) return false;
        const c = pool[m.cell % pool.length];
        const r = Number(c.row);
        const col = Number(c.col);
        ws.mergeCells(r, col, r + m.height - 1, col + m.width - 1);
        return true;
      }
      case 'insertRows':
        ws.spliceRows(1 + (m.row % Math.max(1, ws.rowCount)), 0, ...Array.from({ length: m.count }, () => []));
        return true;
      case 'deleteRows':
        ws.spliceRows(1 + (m.row % Math.max(1, ws.rowCount)), m.count);
        return true;
      case 'swapRows': {
        const n = Math.max(1, ws.rowCount);
        const a = ws.getRow(1 + (m.a % n));
        const b = ws.getRow(1 + (m.b % n));
        const av = a.values;
        a.values = b.values;
        b.values = av;
        return true;
      }
      case 'renameHeader': {
        const pool = cells(ws, (c) => typeof c.value === 'string' && Number(c.row) <= 12);
        if (!pool.length) return false;
        const c = pool[m.cell % pool.length];
        const t = String(c.value);
        c.value = [
          t.split('').join(' '),
          `${t}（万元）`,
          t.replace(/支出/g, '开支').replace(/收入/g, '进项'),
          t.slice(0, Math.ceil(t.length / 2)),
          t.replace(/[\u4e00-\u9fa5]/g, (ch) => ch + '\n'),
        ][m.how % 5];
        return true;
      }
      case 'switchUnit': {
        const units = cells(ws, (c) => typeof c.value === 'string' && /单位/.test(c.value));
        if (!units.length) return false;
        for (const c of units) c.value = String(c.value).replace(/(单位[:：]\s*)(万元|千元|亿元|元)?/, `$1${m.to}`);
        return true;
      }
      case 'removeSheet':
        wb.removeWorksheet(ws.id);
        return true;
      case 'duplicateSheet': {
        let name = `${ws.name.slice(0, 26)}(2)`;
        while (wb.getWorksheet(name)) name = `${name.slice(0, 28)}+`;
        const copy = wb.addWorksheet(name);
        ws.eachRow((row, r) => row.eachCell((c, col) => (copy.getCell(r, col).value = c.value)));
        for (const range of (ws.model as unknown as { merges?: string[] }).merges ?? []) copy.mergeCells(range);
        return true;
      }
      case 'renameSheet':
        if (wb.getWorksheet(m.name)) return false;
        ws.name = m.name;
        return true;
    }
  } catch {
    return false; // ExcelJS refused the edit (e.g. overlapping merges): not what is being tested
  }
}
