import type ExcelJS from 'exceljs';
import { UNIT_SHIFT_TO_WAN, type Unit } from '../../core/decimal/amount';
import type { SumFigure } from '../../core/consolidate';
// report-csv, not report-xlsx: this module must not load ExcelJS itself (the web page loads it lazily).
import { formulaSafe as safeText } from '../report-csv';

/**
 * Small ExcelJS helpers for the consolidated (汇总) workbook: text, merged headers, amounts in the output unit. The
 * only place that writes cells of that workbook — a new file the tool builds, never the user's (see
 * test/write-paths/inventory.test.ts); its 补充信息 sheet goes through the plan-then-apply path (io/apply-plan.ts).
 */

export const AMOUNT_FMT = '#,##0.00';
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Written where a unit's cell could not be read: the reader reports it as an unreadable number (never a 0). */
export const UNKNOWN_TEXT = '无法汇总';

export class Writer {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly unit: Unit,
  ) {}

  text(row: number, col: number, value: string | number, opts: { bold?: boolean; center?: boolean } = {}): void {
    const cell = this.ws.getCell(row, col);
    cell.value = typeof value === 'string' ? safeText(value) : value;
    if (opts.bold) cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: opts.center ? 'center' : 'left', wrapText: true };
  }

  merged(top: number, left: number, bottom: number, right: number, value: string, bold = true): void {
    if (bottom > top || right > left) this.ws.mergeCells(top, left, bottom, right);
    this.text(top, left, value, { bold, center: true });
  }

  /** The exact sum (万元) in the sheet's unit; zero blank; an unknown sum as text the checker flags. */
  amount(row: number, col: number, f: SumFigure | undefined): void {
    const cell = this.ws.getCell(row, col);
    cell.numFmt = AMOUNT_FMT;
    cell.alignment = { vertical: 'middle', horizontal: 'right' };
    if (f?.unknown) {
      cell.value = UNKNOWN_TEXT;
      return;
    }
    if (!f || f.value.isZero()) return;
    cell.value = f.value.shift(-UNIT_SHIFT_TO_WAN[this.unit]).toNumber();
  }

  /** As `amount` but the value as summed, in its own unit (补充信息 lines: 万元 amounts, counts); zero shown. */
  exact(row: number, col: number, f: SumFigure): void {
    const cell = this.ws.getCell(row, col);
    cell.numFmt = AMOUNT_FMT;
    cell.value = f.unknown ? UNKNOWN_TEXT : f.value.normalize().toNumber();
  }

  box(top: number, left: number, bottom: number, right: number): void {
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.ws.getCell(r, c).border = BOX;
  }

  widths(widths: readonly number[]): void {
    widths.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 24 → 二十四. */
export function ordinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
