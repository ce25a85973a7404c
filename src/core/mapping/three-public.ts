import { type GridSheet, type RangeBox } from '../grid/grid';
import type { TableDef } from '../profiles/tables';
import type { ItemMapping } from './types';
import { headerPaths } from './header';
import { isNumericCell, labelAt, normLabel } from './text';
import { T07_ITEMS } from '../profiles/tables';
import { isNumberingRow } from './numbering';

export interface ThreePublicResult {
  readonly items: ItemMapping[];
  readonly notes: string[];
}

/** Parts of the 三公 table, most specific first: 公务用车购置费 before 公务用车购置及运行维护费. */
const PARTS: [string, RegExp][] = [
  ['vehiclePurchase', /^(公务用车)?购置费$/],
  ['vehicleOperation', /^(公务用车)?运行(维护)?费$/],
  ['vehicle', /^(小计|公务用车购置及运行(维护)?费)$/],
  ['abroad', /^因公出国\(境\)费(用)?$/],
  ['reception', /^公务接待费$/],
  ['total', /^合计$/],
];

function partOf(text: string): string | undefined {
  return PARTS.find(([, p]) => p.test(text))?.[0];
}

function kindOf(text: string): 'budget' | 'actual' | undefined {
  if (/^(年初)?预算(数)?$|^全年预算数$/.test(text)) return 'budget';
  if (/^决算(数)?$|^实际支出$/.test(text)) return 'actual';
  return undefined;
}

/**
 * Maps T07 “三公”经费: normally one data row under a header tree (合计 / 因公出国（境）费 / 公务用车购置及运行维护费
 * {小计, 购置费, 运行维护费} / 公务接待费, each split 预算数 | 决算数); also a vertical form with the parts as rows.
 */
export function mapThreePublicTable(
  sheet: GridSheet,
  box: RangeBox,
  _def: TableDef,
  titleRow: number,
): ThreePublicResult {
  const notes: string[] = [];
  // Header rows end at the row of 预算数/决算数 labels.
  let kindRow: number | undefined;
  for (let r = titleRow + 1; r <= box.bottom && kindRow === undefined; r++)
    for (let c = box.left; c <= box.right; c++) if (kindOf(labelAt(sheet, r, c))) kindRow = r;
  if (kindRow === undefined) return { items: [], notes: ['未找到“预算数/决算数”表头'] };
  const dataRow = findDataRow(sheet, box, kindRow);
  const paths = headerPaths(sheet, box, titleRow + 1, dataRow - 1);
  const horizontal: { key: string; col: number }[] = [];
  for (const [col, path] of paths) {
    const kind = path.map(kindOf).find(Boolean);
    let part: string | undefined;
    for (const t of path) part = partOf(t) ?? part; // deepest matching header wins
    if (kind && part) horizontal.push({ key: `${kind}.${part}`, col });
  }
  const items: ItemMapping[] = [];
  if (horizontal.length >= 4) {
    for (const h of horizontal) {
      if (items.some((i) => i.key === h.key)) continue;
      const label = T07_ITEMS.find((i) => i.key === h.key)?.name ?? h.key;
      items.push({ key: h.key, label, cell: { sheet: sheet.name, row: dataRow, col: h.col } });
    }
    return { items, notes };
  }
  // Vertical form: parts as row labels, 预算数/决算数 as columns.
  const kindCols: { kind: 'budget' | 'actual'; col: number }[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const k = kindOf(labelAt(sheet, kindRow, c));
    if (k) kindCols.push({ kind: k, col: c });
  }
  for (let r = kindRow + 1; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const part = partOf(normLabel(labelAt(sheet, r, c)));
      if (!part) continue;
      for (const kc of kindCols) {
        const key = `${kc.kind}.${part}`;
        if (!items.some((i) => i.key === key))
          items.push({ key, label: labelAt(sheet, r, c), cell: { sheet: sheet.name, row: r, col: kc.col } });
      }
      break;
    }
  }
  return { items, notes };
}

/**
 * The data row under the header tree: the first row below the 预算数/决算数 labels that holds numbers and is not
 * a 栏次 row (1, 2, 3 … numbering the columns, labelled or not); if all amounts are blank, the first row without header labels.
 */
function findDataRow(sheet: GridSheet, box: RangeBox, kindRow: number): number {
  let firstPlain: number | undefined;
  for (let r = kindRow + 1; r <= box.bottom; r++) {
    if (isNumberingRow(sheet, r, box)) continue;
    const labels: string[] = [];
    for (let c = box.left; c <= box.right; c++) {
      const t = labelAt(sheet, r, c);
      if (t && !/^\d+$/.test(t)) labels.push(t);
    }
    if (labels.some((t) => /^(注|说明)/.test(t))) break;
    const isHeader = labels.some((t) => partOf(t) || kindOf(t));
    if (isHeader) continue;
    let numeric = false;
    for (let c = box.left; c <= box.right; c++) if (isNumericCell(sheet, r, c)) numeric = true;
    if (numeric) return r;
    firstPlain ??= r;
  }
  return firstPlain ?? kindRow + 1;
}
