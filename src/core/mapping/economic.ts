import { getCell, mergeAt, type GridSheet, type RangeBox } from '../grid/grid';
import { findEconomicByName } from '../catalogue';
import type { TableDef } from '../profiles/tables';
import type { ItemMapping, RowMapping } from './types';
import { isNumericCell, labelAt, matchesLabel, normLabel, splitCodeName } from './text';
import { isRowNumberColumn } from './numbering';

interface Group {
  readonly codeCol: number;
  /** The 款 column when codes are split over 类 | 款 columns. */
  readonly kuanCol?: number;
  readonly nameCol: number;
  readonly amountCol: number;
  /** 行次 columns of the group (between name and amount). */
  readonly numbering: readonly number[];
}

export interface EconomicResult {
  readonly items: ItemMapping[];
  readonly rows: RowMapping[];
  readonly notes: string[];
}

const ECON_CODE = /^3\d{2}(\d{2})?$/;

function raw(sheet: GridSheet, r: number, c: number): string {
  const v = getCell(sheet, r, c)?.value;
  return typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
}

/**
 * Maps T06 基本支出决算(明细)表: rows by 经济分类 code, printed as one list or in side-by-side column groups
 * (科目编码 | 科目名称 | 决算数, repeated), codes in one column, with the name in one cell, or split over 类 | 款
 * columns, with the footer 人员经费合计 / 公用经费合计.
 */
export function mapEconomicTable(sheet: GridSheet, box: RangeBox, def: TableDef, titleRow: number): EconomicResult {
  const notes: string[] = [];
  const groups = findGroups(sheet, box, titleRow);
  const rows: RowMapping[] = [];
  for (const g of groups) {
    let cls = ''; // the last 类 seen, for split 类 | 款 columns that print the 类 once
    for (let r = titleRow + 1; r <= box.bottom; r++) {
      let code = raw(sheet, r, g.codeCol);
      let name = normLabel(raw(sheet, r, g.nameCol));
      if (g.kuanCol !== undefined) {
        // Codes split over 类 | 款 columns ("301" | "01", the 类 printed once or on every line).
        const kuan = raw(sheet, r, g.kuanCol);
        if (/^3\d{2}$/.test(code)) cls = code;
        else if (code && !ECON_CODE.test(code)) continue;
        if (/^\d{1,2}$/.test(kuan) && cls && name) code = cls + kuan.padStart(2, '0');
        else if (!/^3\d{2}(\d{2})?$/.test(code) || !name) continue;
      }
      if (!ECON_CODE.test(code)) {
        const sc = splitCodeName(code);
        if (sc && ECON_CODE.test(sc.code)) {
          code = sc.code;
          name = normLabel(sc.name);
        } else continue;
      }
      rows.push({
        code,
        name,
        level: code.length === 3 ? 1 : 2,
        row: r,
        cols: { amount: g.amountCol },
        codeCell: { sheet: sheet.name, row: r, col: g.codeCol },
      });
    }
  }
  if (rows.length === 0) {
    // Some exports print names only: look each name up in the 经济分类 catalogue.
    for (let r = titleRow + 1; r <= box.bottom; r++) {
      for (let c = box.left; c < box.right; c++) {
        const s = findEconomicByName(labelAt(sheet, r, c));
        if (s) rows.push({ code: s.code, name: s.name, level: s.level, row: r, cols: { amount: c + 1 } });
      }
    }
    if (rows.length) notes.push('未找到经济分类科目编码，按科目名称识别');
  }
  const items: ItemMapping[] = [];
  const numbering = new Set(groups.flatMap((g) => g.numbering));
  for (let r = titleRow + 1; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const text = labelAt(sheet, r, c);
      const m = mergeAt(sheet, r, c);
      if (!text || (m && (m.left !== c || m.top !== r))) continue;
      const item = def.items.find((i) => matchesLabel(text, i.labels));
      if (!item) continue;
      const col = footerValueColumn(sheet, r, c, box, groups, numbering);
      // The footer is the last occurrence: "人员经费"/"公用经费" also head the column groups at the top.
      const at = items.findIndex((x) => x.key === item.key);
      if (at >= 0) items.splice(at, 1);
      if (col !== undefined) items.push({ key: item.key, label: text, cell: { sheet: sheet.name, row: r, col } });
    }
  }
  return { items, rows, notes };
}

/** Groups: each column that holds 经济分类 codes, its name column and its amount column. */
function findGroups(sheet: GridSheet, box: RangeBox, titleRow: number): Group[] {
  const codeCols: number[] = [];
  for (let c = box.left; c <= box.right; c++) {
    let n = 0;
    for (let r = titleRow + 1; r <= box.bottom; r++) {
      const t = raw(sheet, r, c);
      // A code has its name beside it (an amount like 38500 元 also looks like a 5-digit code).
      if (ECON_CODE.test(t) && /[\u4e00-\u9fa5]/.test(raw(sheet, r, c + 1))) n++;
      else if (splitCodeName(t) && ECON_CODE.test(splitCodeName(t)!.code)) n++;
    }
    if (n >= 2) codeCols.push(c);
  }
  const kuanOf = new Map<number, number>();
  if (codeCols.length === 0) {
    // Split codes: a column of 3-digit 类 codes followed by a column of 2-digit 款 codes.
    for (let c = box.left; c < box.right; c++) {
      let classes = 0;
      let kuans = 0;
      for (let r = titleRow + 1; r <= box.bottom; r++) {
        if (/^3\d{2}$/.test(raw(sheet, r, c))) classes++;
        if (/^\d{1,2}$/.test(raw(sheet, r, c + 1)) && /[\u4e00-\u9fa5]/.test(raw(sheet, r, c + 2))) kuans++;
      }
      if (classes >= 1 && kuans >= 2) {
        codeCols.push(c);
        kuanOf.set(c, c + 1);
        c++;
      }
    }
  }
  return codeCols.map((codeCol, i) => {
    const end = (codeCols[i + 1] ?? box.right + 1) - 1;
    const kuanCol = kuanOf.get(codeCol);
    const combined = (() => {
      for (let r = titleRow + 1; r <= box.bottom; r++)
        if (splitCodeName(raw(sheet, r, codeCol)) && !ECON_CODE.test(raw(sheet, r, codeCol))) return true;
      return false;
    })();
    const nameCol = kuanCol !== undefined ? kuanCol + 1 : combined ? codeCol : codeCol + 1;
    const codeRows: number[] = [];
    for (let r = titleRow + 1; r <= box.bottom; r++)
      if (/^3\d{2}/.test(raw(sheet, r, codeCol)) || (kuanCol !== undefined && /^\d{1,2}$/.test(raw(sheet, r, kuanCol))))
        codeRows.push(r);
    let amountCol = nameCol + 1;
    const numbering: number[] = [];
    for (let c = nameCol + 1; c <= end; c++) {
      // A 行次 column between the name and the amount numbers the lines: never the amount.
      if (isRowNumberColumn(sheet, c, codeRows) || columnHeadedNumbering(sheet, c, titleRow, codeRows[0])) {
        numbering.push(c);
        continue;
      }
      let numeric = 0;
      for (let r = titleRow + 1; r <= box.bottom; r++) if (isNumericCell(sheet, r, c)) numeric++;
      if (numeric > 0) {
        amountCol = c;
        break;
      }
    }
    return { codeCol, kuanCol, nameCol, amountCol: Math.min(amountCol, Math.max(end, nameCol + 1)), numbering };
  });
}

/** The value of a footer label: the first number to its right before another label, else its group's amount column. */
function footerValueColumn(
  sheet: GridSheet,
  r: number,
  c: number,
  box: RangeBox,
  groups: Group[],
  numbering: ReadonlySet<number>,
): number | undefined {
  for (let k = c + 1; k <= box.right; k++) {
    if (numbering.has(k)) continue; // a 行次 column beside the footer label
    if (isNumericCell(sheet, r, k)) return k;
    const t = labelAt(sheet, r, k);
    const m = mergeAt(sheet, r, k);
    if (t && !(m && m.left < k)) break;
  }
  const g = [...groups].reverse().find((x) => x.codeCol <= c) ?? groups[0];
  if (!g) return c + 1 <= box.right ? c + 1 : undefined;
  // A label merged across groups takes the amount column of the last group it spans.
  const m = mergeAt(sheet, r, c);
  const spanned = m ? [...groups].reverse().find((x) => x.amountCol <= m.right + 1 && x.codeCol <= m.right) : undefined;
  return (spanned ?? g).amountCol;
}

/** A column whose header (between the title and the first code row) reads 行次 or 栏次. */
function columnHeadedNumbering(sheet: GridSheet, c: number, titleRow: number, firstRow: number | undefined): boolean {
  for (let r = titleRow + 1; r < (firstRow ?? titleRow + 1); r++) {
    const t = labelAt(sheet, r, c);
    if (t === '行次' || t === '栏次') return true;
  }
  return false;
}
