import type ExcelJS from 'exceljs';
import { Dec } from '../../src/core/decimal/dec';

/** Small ExcelJS helpers shared by the two sample layouts (borders, merges, amounts in 元 or 万元). */

export const AMOUNT_FMT = '#,##0.00';
const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export type MoneyUnit = '元' | '万元';
/** How a zero amount is written: blank (national export) or 0.00 (some exports). */
export type ZeroStyle = 'blank' | 'zero';

export class SheetWriter {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly unit: MoneyUnit,
  ) {}

  text(
    row: number,
    col: number,
    value: string | number,
    opts: { bold?: boolean; wrap?: boolean; align?: 'left' | 'center' | 'right'; size?: number } = {},
  ): void {
    const cell = this.ws.getCell(row, col);
    cell.value = value;
    if (opts.bold || opts.size) cell.font = { bold: opts.bold, size: opts.size };
    cell.alignment = {
      vertical: 'middle',
      horizontal: opts.align ?? 'left',
      wrapText: opts.wrap || (typeof value === 'string' && value.includes('\n')),
    };
  }

  /** Merged cell with text (title, group header). */
  merged(
    top: number,
    left: number,
    bottom: number,
    right: number,
    value: string,
    opts: Parameters<SheetWriter['text']>[3] = {},
  ): void {
    if (bottom > top || right > left) this.ws.mergeCells(top, left, bottom, right);
    this.text(top, left, value, { align: 'center', ...opts });
  }

  /** An amount given in 万元, written in the sheet's unit; zero blank or 0.00 per style. */
  amount(row: number, col: number, wan: Dec | undefined, zero: ZeroStyle = 'blank'): void {
    const cell = this.ws.getCell(row, col);
    cell.numFmt = AMOUNT_FMT;
    cell.alignment = { vertical: 'middle', horizontal: 'right' };
    const v = wan ?? Dec.ZERO;
    if (v.isZero() && zero === 'blank') return;
    cell.value = (this.unit === '元' ? v.shift(4) : v).toNumber();
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
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
