import { parseAmount, formatDecimals, type Unit } from '../decimal/amount';
import { Dec } from '../decimal/dec';
import {
  cellText,
  findSheet,
  getCell,
  isCellError,
  refToString,
  type CellRef,
  type Grid,
  type GridSheet,
} from '../grid/grid';
import type { TableMapping, WorkbookMapping } from '../mapping/types';
import { fieldName, TABLE_DEFS } from '../profiles/tables';
import { makeFigure } from './figure';
import { inferPrecision, widen } from './precision';
import { unitNameFromTables, unitNameIn, yearFromTables } from './unit-info';
import type { Disclosure, Figure, Problem, SubjectRow, Supplementary, TableModel } from './types';

/**
 * Reads one amount cell into a Figure; an unreadable cell becomes an 'invalid' figure and a problem with its address.
 * `what` names the cell in that problem; as a function it is only built when there is a problem.
 */
export function readFigure(
  grid: Grid,
  ref: CellRef,
  unit: Unit,
  what: string | (() => string),
  problems: Problem[],
): Figure {
  return readCellFigure(findSheet(grid, ref.sheet), ref, unit, what, problems);
}

function readCellFigure(
  sheet: GridSheet | undefined,
  ref: CellRef,
  unit: Unit,
  what: string | (() => string),
  problems: Problem[],
): Figure {
  const cell = sheet ? getCell(sheet, ref.row, ref.col) : undefined;
  const text = cellText(cell);
  const raw = cell ? (isCellError(cell.value) ? cell.value.error : cell.value) : null;
  const fmtDecimals = formatDecimals(cell?.numFmt);
  const parsed = parseAmount(raw, typeof raw === 'number' ? fmtDecimals : undefined);
  const formula = cell?.formula;
  if (parsed.kind === 'invalid') {
    problems.push({
      severity: 'error',
      code: 'cell.invalid-number',
      cell: ref,
      sheet: ref.sheet,
      message: `${refToString(ref)}（${typeof what === 'string' ? what : what()}）：${parsed.reason}，请改为数字或留空`,
    });
    return makeFigure(Dec.ZERO, { unit, decimals: 2, cell: ref, formula, text, invalid: true });
  }
  if (parsed.kind === 'empty') return makeFigure(null, { unit, decimals: fmtDecimals ?? 2, cell: ref, formula, text });
  // A number in General format shows its own decimals; accounting figures carry at least 2 (分).
  const decimals =
    typeof raw === 'number' && fmtDecimals === undefined ? Math.max(parsed.decimals, 2) : parsed.decimals;
  return makeFigure(parsed.value, { unit, decimals, cell: ref, formula, text });
}

function tableModel(grid: Grid, m: TableMapping, problems: Problem[]): TableModel {
  const def = TABLE_DEFS[m.id];
  // The table's sheet, looked up once (rows of a table split over sheets name theirs).
  const home = findSheet(grid, m.sheet);
  const read = (ref: CellRef, what: () => string) =>
    readCellFigure(ref.sheet === m.sheet ? home : findSheet(grid, ref.sheet), ref, m.unit, what, problems);
  const items: Record<string, Figure> = {};
  for (const it of m.items) items[it.key] = read(it.cell, () => `${def.title} ${itemName(m, it.key)}`);
  const rows: SubjectRow[] = m.rows.map((r) => {
    const values: Record<string, Figure> = {};
    for (const [key, col] of Object.entries(r.cols)) {
      if (!col) continue;
      values[key] = read(
        { sheet: r.sheet ?? m.sheet, row: r.row, col },
        () => `${def.title} ${r.code} ${r.name} ${fieldName(m.id, key)}`,
      );
    }
    return { code: r.code, name: r.name, level: r.level, row: r.row, values };
  });
  let totalRow: Record<string, Figure> | undefined;
  if (m.totalRow !== undefined) {
    totalRow = {};
    for (const [key, col] of Object.entries(m.columns))
      totalRow[key] = read({ sheet: m.sheet, row: m.totalRow, col }, () => `${def.title} 合计 ${fieldName(m.id, key)}`);
  }
  const model: TableModel = {
    id: m.id,
    title: m.title,
    sheet: m.sheet,
    range: m.range,
    unit: m.unit,
    items,
    columns: Object.keys(m.columns),
    totalRow,
    rows,
    ...(m.missingKeys?.length
      ? {
          missing: m.missingKeys,
          missingNames: Object.fromEntries(m.missingKeys.map((k, i) => [k, m.missing[i] ?? k])),
        }
      : {}),
  };
  return withInferredPrecision(model);
}

/** Every figure of a table, items, 合计行 and 科目 rows. */
export function tableFigures(t: TableModel): Figure[] {
  return [
    ...Object.values(t.items),
    ...Object.values(t.totalRow ?? {}),
    ...t.rows.flatMap((r) => Object.values(r.values)),
  ];
}

/** A table in 元/千元 rounded to 0.01 万元 carries that precision (舍位); say so, since tolerances follow from it. */
function withInferredPrecision(t: TableModel): TableModel {
  const p = inferPrecision(t.unit, tableFigures(t));
  if (!p) return t;
  const w = (vs: Readonly<Record<string, Figure>>) =>
    Object.fromEntries(Object.entries(vs).map(([k, f]) => [k, widen(f, p.half)]));
  return {
    ...t,
    precision: `0.01 万元（${p.stepText}）`,
    items: w(t.items),
    totalRow: t.totalRow && w(t.totalRow),
    rows: t.rows.map((r) => ({ ...r, values: w(r.values) })),
  };
}

function itemName(m: TableMapping, key: string): string {
  const base = key.replace(/\.(total|general|fund|soe)$/, '');
  return fieldName(m.id, key) !== key ? fieldName(m.id, key) : fieldName(m.id, base);
}

export interface BuildOptions {
  readonly supplementary?: { supplementary?: Supplementary; problems: readonly Problem[] };
}

/** The typed disclosure model from a grid and its mapping: every mapped cell read as an exact Figure in 万元. */
export function buildDisclosure(grid: Grid, mapping: WorkbookMapping, options: BuildOptions = {}): Disclosure {
  const problems: Problem[] = [...mapping.problems];
  const tables: Partial<Record<string, TableModel>> = {};
  for (const m of mapping.tables) tables[m.id] = tableModel(grid, m, problems);
  const rounded = Object.values(tables).filter((t): t is TableModel => !!t?.precision);
  if (rounded.length)
    // One line for the workbook: which tables were checked at the coarser precision, and why.
    problems.push({
      severity: 'info',
      code: 'table.precision',
      ...(rounded.length === 1 ? { table: rounded[0].id, sheet: rounded[0].sheet } : {}),
      message: `${rounded.map((t) => `${t.sheet}（${TABLE_DEFS[t.id].title}）`).join('、')}以${[...new Set(rounded.map((t) => t.unit))].join('、')}填列，金额均为 0.01 万元的整数倍，按 ${new Set(rounded.map((t) => t.unit)).size === 1 ? rounded[0].precision : '0.01 万元'}的舍位精度核对`,
    });
  const supp = options.supplementary;
  if (supp) problems.push(...supp.problems);
  const s = supp?.supplementary;
  // The 补充信息 sheet, when it names them, wins; a name there is cleaned the same way (“XX局 单位：万元” → “XX局”).
  const suppName = s?.entries['unit.name']?.text;
  const unitName =
    (suppName && (unitNameIn(`单位：${suppName}`) ?? suppName.trim())) || unitNameFromTables(grid, mapping);
  const suppYear = s?.entries['unit.year']?.text ?? s?.entries['unit.year']?.number?.toFixed();
  const year =
    (suppYear && /^\s*(20\d{2})/.exec(suppYear) ? Number(/20\d{2}/.exec(suppYear)![0]) : undefined) ??
    yearFromTables(grid, mapping);
  return { profile: mapping.profile, unitName, year, tables, supplementary: s, problems };
}
