import { getCell, type GridSheet, type RangeBox } from '../grid/grid';
import { findFunctionalByName } from '../catalogue';
import type { TableDef } from '../profiles/tables';
import type { ItemMapping, RowMapping, UnknownClass } from './types';
import { headerPaths, matchColumns } from './header';
import { isNumericCell, labelAt, matchesLabel, textAt } from './text';
import { isNumberingHeader, isRowNumberColumn } from './numbering';

interface LabelHit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly keys: string[]; // item keys whose labels match
  readonly classCode?: string; // a 功能分类 类 line (支出 side)
}

const FUND_KEYS = ['general', 'fund', 'soe'] as const;

export interface SummaryResult {
  readonly items: ItemMapping[];
  readonly rows: RowMapping[];
  readonly columns: Record<string, number>;
  readonly notes: string[];
  /** 支出 lines by 类 that the catalogue does not name. */
  readonly unknown: UnknownClass[];
}

/**
 * Maps a two-sided summary table (T01 收入支出决算总表, T04 财政拨款收入支出决算总表): 收入 labels on the left,
 * 支出 lines by 类 on the right, each side with its own value column(s). 行次 columns are skipped.
 */
export function mapSummaryTable(sheet: GridSheet, box: RangeBox, def: TableDef, titleRow: number): SummaryResult {
  const notes: string[] = [];
  const hits: LabelHit[] = [];
  const unknownClasses: { row: number; col: number; text: string }[] = [];
  for (let r = titleRow + 1; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const text = labelAt(sheet, r, c);
      if (!text || /^(注|说明)/.test(text)) continue;
      const keys = def.items.filter((i) => matchesLabel(text, i.labels)).map((i) => i.key);
      const cls = keys.length ? undefined : classCodeOf(text);
      if (keys.length || cls) hits.push({ row: r, col: c, text, keys, classCode: cls });
      else if (/支出$/.test(text) && /^[一二三四五六七八九十]+、/.test(textAt(sheet, r, c)))
        unknownClasses.push({ row: r, col: c, text });
    }
  }
  // The 收入 label column is where most income labels are; the 支出 label column where the 类 lines are.
  // (Column headers of T04 — 一般公共预算财政拨款 … — repeat income labels, so the income side must lie left of it.)
  const expenseCol = modeCol(hits.filter((h) => h.classCode || h.keys.includes('expense.total')));
  const incomeCol = modeCol(
    hits.filter(
      (h) =>
        (expenseCol === undefined || h.col < expenseCol) &&
        h.keys.some((k) => k.startsWith('income.') && k !== 'income.grand'),
    ),
  );
  if (incomeCol === undefined) notes.push('未找到收入栏目');
  if (expenseCol === undefined) notes.push('未找到支出栏目');
  const firstLabelRow = Math.min(
    ...hits.filter((h) => h.col === incomeCol || h.col === expenseCol).map((h) => h.row),
    box.bottom,
  );
  const paths = headerPaths(sheet, box, titleRow + 1, firstLabelRow - 1);
  const labelRows = hits.map((h) => h.row);
  const leftValue =
    incomeCol !== undefined
      ? valueColumn(sheet, paths, incomeCol, (expenseCol ?? box.right + 1) - 1, labelRows)
      : undefined;
  let rightCols: Record<string, number> = {};
  if (expenseCol !== undefined) {
    if (def.id === 'T04') rightCols = matchColumns(paths, def.columns, expenseCol + 1, box.right);
    else {
      const v = valueColumn(sheet, paths, expenseCol, box.right, labelRows);
      if (v !== undefined) rightCols = { amount: v };
    }
  }
  const items: ItemMapping[] = [];
  const rows: RowMapping[] = [];
  const seen = new Set<string>();
  const add = (key: string, h: LabelHit, col: number | undefined) => {
    if (col === undefined || seen.has(key)) return;
    seen.add(key);
    items.push({ key, label: h.text, cell: { sheet: sheet.name, row: h.row, col } });
  };
  let afterCarryIn = false;
  for (const h of [...hits].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const left = h.col === incomeCol;
    const right = h.col === expenseCol;
    if (left) {
      if (h.keys.includes('carryIn.total')) afterCarryIn = true;
      for (const key of h.keys) {
        if (!key.startsWith('income.') && !key.startsWith('carryIn.')) continue;
        if (key === 'income.grand' || key.startsWith('carryIn.')) {
          add(key, h, leftValue);
          continue;
        }
        // T04: the three fund lines appear twice — as 本年收入 and again under 年初财政拨款结转和结余.
        const fund = FUND_KEYS.find((f) => key === `income.${f}`);
        if (fund && afterCarryIn) add(`carryIn.${fund}`, h, leftValue);
        else add(key, h, leftValue);
      }
    } else if (right) {
      if (h.classCode) {
        if (!rows.some((x) => x.code === h.classCode))
          rows.push({ code: h.classCode, name: h.text, level: 1, row: h.row, cols: rightCols });
        continue;
      }
      for (const key of h.keys) {
        if (key.startsWith('income.') || key.startsWith('carryIn.')) continue;
        if (def.id === 'T04') for (const [ck, col] of Object.entries(rightCols)) add(`${key}.${ck}`, h, col);
        else add(key, h, rightCols.amount);
      }
    }
  }
  // A 支出 line whose 类 the catalogue does not know (the catalogue is a helper, not a gate): the workbook's own 科目
  // tables may name it (resolved by the caller); fine when blank either way.
  const unknown: UnknownClass[] = [];
  for (const u of unknownClasses) {
    if (u.col !== expenseCol) continue;
    const cols = Object.values(rightCols);
    const hasAmount = cols.some(
      (c) => isNumericCell(sheet, u.row, c) && Number(String(getCell(sheet, u.row, c)?.value).replace(/,/g, '')) !== 0,
    );
    unknown.push({ row: u.row, text: u.text, cols: rightCols, hasAmount });
  }
  return { items, rows, columns: rightCols, notes, unknown };
}

function classCodeOf(text: string): string | undefined {
  if (!/支出/.test(text)) return undefined;
  const s = findFunctionalByName(text.replace(/\(类\)/, ''));
  return s && s.level === 1 ? s.code : undefined;
}

function modeCol(hits: readonly LabelHit[]): number | undefined {
  const counts = new Map<number, number>();
  for (const h of hits) counts.set(h.col, (counts.get(h.col) ?? 0) + 1);
  let best: number | undefined;
  for (const [c, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * The value column of one side: the first column right of the labels (and left of `to`) that is not a 行次
 * column — by header ("行次"), or by holding the consecutive row numbers 1, 2, 3 … on the label rows.
 */
function valueColumn(
  sheet: GridSheet,
  paths: Map<number, string[]>,
  labelCol: number,
  to: number,
  labelRows: readonly number[],
): number | undefined {
  for (let c = labelCol + 1; c <= to; c++) {
    const path = paths.get(c) ?? [];
    if (isNumberingHeader(path)) continue;
    if (isRowNumberColumn(sheet, c, labelRows)) continue;
    if (path.some((t) => /决算数|金额|本年数|合计/.test(t))) return c;
    if (labelRows.some((r) => isNumericCell(sheet, r, c))) return c;
    if (path.length === 0 && labelRows.every((r) => getCell(sheet, r, c) === undefined)) continue;
    return c;
  }
  return undefined;
}
