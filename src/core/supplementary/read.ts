import { parseAmount, parseUnit, formatDecimals, toHalfWidth, type Unit } from '../decimal/amount';
import { cellText, getCell, isCellError, refToString, type CellRef, type Grid, type GridSheet } from '../grid/grid';
import { makeFigure } from '../model/figure';
import type { Problem, SuppEntry, Supplementary } from '../model/types';
import { SUPP_SHEET_NAME, suppFieldFor } from './schema';
import { SUPP_COLS } from './template';

/** Rows searched for the header line (title and 单位 line come first). */
const HEADER_SCAN_ROWS = 12;
const KEY_HEADER = /字段代码/;
const VALUE_HEADER = /^数值/;

interface Located {
  readonly sheet: GridSheet;
  readonly headerRow: number;
  readonly keyCol: number;
  readonly valueCol: number;
  readonly unit: Unit;
}

/** Finds the 补充信息 sheet by its header row (a cell “字段代码…”), preferring the sheet named 补充信息. */
export function locateSupplementary(grid: Grid): Located | undefined {
  const sheets = [...grid.sheets].sort(
    (a, b) => Number(b.name === SUPP_SHEET_NAME) - Number(a.name === SUPP_SHEET_NAME),
  );
  for (const sheet of sheets) {
    if (sheet.visibility === 'veryHidden') continue;
    for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rows.length); r++) {
      const cells = sheet.rows[r - 1] ?? [];
      const keyIdx = cells.findIndex((c) => KEY_HEADER.test(cellText(c)));
      if (keyIdx < 0) continue;
      const valueIdx = cells.findIndex((c) => VALUE_HEADER.test(cellText(c).trim()));
      const keyCol = keyIdx + 1;
      const valueCol = valueIdx >= 0 ? valueIdx + 1 : Math.max(1, keyCol - (SUPP_COLS.key - SUPP_COLS.value));
      return { sheet, headerRow: r, keyCol, valueCol, unit: unitAbove(sheet, r) };
    }
  }
  return undefined;
}

/** The 单位 line above the header (default 万元). */
function unitAbove(sheet: GridSheet, headerRow: number): Unit {
  for (let r = 1; r < headerRow; r++) {
    for (const c of sheet.rows[r - 1] ?? []) {
      const u = parseUnit(cellText(c));
      if (u) return u;
    }
  }
  return '万元';
}

/**
 * Reads the 补充信息 sheet: one entry per row by the key in the 字段代码 column. Amounts become Figures in 万元
 * (honouring the 单位 line), counts/percents/scores a Dec in `number`, text kinds their text. Blank → no entry.
 * Unknown keys, unreadable numbers and repeated keys are reported with their cell, never read as 0.
 */
export function readSupplementary(grid: Grid): { supplementary?: Supplementary; problems: Problem[] } {
  const loc = locateSupplementary(grid);
  const problems: Problem[] = [];
  if (!loc) return { problems };
  const { sheet, headerRow, keyCol, valueCol, unit } = loc;
  const entries: Record<string, SuppEntry> = {};
  const rows: Record<string, CellRef> = {};
  const notes: Record<string, string> = {};
  const noteCol = SUPP_COLS.note - SUPP_COLS.key + keyCol;
  const ref = (row: number, col: number): CellRef => ({ sheet: sheet.name, row, col });
  const labelCol = SUPP_COLS.label - SUPP_COLS.key + keyCol;

  for (let r = headerRow + 1; r <= sheet.rows.length; r++) {
    const key = toHalfWidth(cellText(getCell(sheet, r, keyCol))).trim();
    if (!key) continue;
    const keyRef = ref(r, keyCol);
    const label = labelCol >= 1 ? cellText(getCell(sheet, r, labelCol)).trim() : '';
    const field = suppFieldFor(key);
    if (!field) {
      problems.push({
        severity: 'warning',
        code: 'supp.unknown-key',
        message: `补充信息 ${refToString(keyRef)} 的字段代码“${key}”无法识别，该行已忽略（请勿修改字段代码列）`,
        cell: keyRef,
        sheet: sheet.name,
      });
      continue;
    }
    const cellRef = ref(r, valueCol);
    if (rows[key]) {
      problems.push({
        severity: 'warning',
        code: 'supp.duplicate-key',
        message: `补充信息 ${refToString(keyRef)} 的字段代码“${key}”与 ${refToString(rows[key])} 重复，已采用先出现的一行`,
        cell: keyRef,
        sheet: sheet.name,
      });
      continue;
    }
    rows[key] = cellRef;
    const note = noteCol >= 1 && noteCol !== valueCol ? cellText(getCell(sheet, r, noteCol)).trim() : '';
    if (note) notes[key] = note;
    const cell = getCell(sheet, r, valueCol);
    const base = { key, label: label || field.label, kind: field.kind, cell: cellRef };
    const where = `补充信息 ${refToString(cellRef)}（${base.label}）`;

    if (field.kind === 'text') {
      const v = cell?.value;
      if (v !== undefined && v !== null && isCellError(v)) {
        problems.push(invalid(cellRef, sheet.name, `${where} 是错误值 ${v.error}`));
        continue;
      }
      const text = cellText(cell).trim();
      if (text) entries[key] = { ...base, text };
      continue;
    }

    let raw = cell?.value ?? null;
    if (raw !== null && isCellError(raw)) {
      problems.push(invalid(cellRef, sheet.name, `${where} 是错误值 ${raw.error}`));
      continue;
    }
    // A percent line may be typed "12.5%"; the number kept is 12.5.
    if (field.kind === 'percent' && typeof raw === 'string') raw = raw.trim().replace(/[%％]$/, '');
    const parsed = parseAmount(raw, formatDecimals(cell?.numFmt));
    if (parsed.kind === 'empty') continue;
    if (parsed.kind === 'invalid') {
      problems.push(invalid(cellRef, sheet.name, `${where} 无法读取为数字：${parsed.reason}`));
      continue;
    }
    if (field.kind === 'amount') {
      entries[key] = {
        ...base,
        figure: makeFigure(parsed.value, {
          unit,
          // Same rule as the tables (model/build.ts): a General-format number carries at least 2 decimals (分).
          decimals:
            typeof raw === 'number' && formatDecimals(cell?.numFmt) === undefined
              ? Math.max(parsed.decimals, 2)
              : parsed.decimals,
          cell: cellRef,
          formula: cell?.formula,
          text: cellText(cell),
        }),
      };
      continue;
    }
    if (field.kind === 'count' && parsed.value.sign() < 0) {
      problems.push(invalid(cellRef, sheet.name, `${where} 是负数，人数/个数不能为负`));
      continue;
    }
    if (field.kind === 'count' && parsed.value.normalize().scale > 0) {
      problems.push({
        severity: 'warning',
        code: 'supp.count-not-integer',
        message: `${where} 应为整数，读到 ${parsed.value.toFixed()}`,
        cell: cellRef,
        sheet: sheet.name,
      });
    }
    entries[key] = { ...base, number: parsed.value.normalize() };
  }
  const layout = { keyCol, valueCol, lastRow: lastUsedRow(sheet) };
  return { supplementary: { sheet: sheet.name, entries, rows, notes, layout }, problems };
}

/** The last row of the sheet with any non-blank cell (0 for an empty sheet). */
function lastUsedRow(sheet: GridSheet): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    if ((sheet.rows[r - 1] ?? []).some((c) => c?.formula !== undefined || cellText(c).trim() !== '')) return r;
  }
  return 0;
}

function invalid(cell: CellRef, sheet: string, message: string): Problem {
  return { severity: 'error', code: 'supp.invalid-number', message, cell, sheet };
}
