import { toHalfWidth } from '../decimal/amount';
import { cellText, getCell, type GridSheet } from '../grid/grid';

/**
 * normLabel is asked for the same texts again and again (header and table labels, and the constant patterns of
 * matchesLabel on every call): remembered, up to a bound so a huge workbook cannot grow it without end.
 */
const LABELS = new Map<string, string>();
const LABEL_CACHE_SIZE = 50_000;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Normalised label text for matching: half-width, no spaces or line breaks (names wrap over lines in real
 * exports), brackets unified to "()", curly quotes removed, leading ordinals ("一、", "(一)", "1.", "1、") dropped.
 */
export function normLabel(raw: string): string {
  if (raw === '' || PLAIN_NUMBER.test(raw)) return raw; // nothing to normalise (a number has no ordinal: "1.5")
  let s = LABELS.get(raw);
  if (s === undefined) {
    if (LABELS.size >= LABEL_CACHE_SIZE) LABELS.clear();
    LABELS.set(raw, (s = normaliseLabel(raw)));
  }
  return s;
}

function normaliseLabel(raw: string): string {
  let s = toHalfWidth(raw)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"‘’'「」]/g, '');
  s = s.replace(/^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十]+\)|\d{1,2}[、.．](?!\d))/, '');
  return s.replace(/[:：]$/, '');
}

/** Title text: like normLabel but keeps the whole string (years, unit names). */
export function normTitle(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[“”"‘’'「」]/g, '');
}

export function textAt(sheet: GridSheet, row: number, col: number): string {
  return cellText(getCell(sheet, row, col)).trim();
}

export function labelAt(sheet: GridSheet, row: number, col: number): string {
  const v = getCell(sheet, row, col)?.value;
  return typeof v === 'string' ? normLabel(v) : '';
}

/** A trailing qualifier of a label: “使用非财政拨款结余（含专用结余）”, “…（不含…）”, “…（包括…）”. */
const QUALIFIER = /\((?:含|不含|包括|包含|其中)[^()]*\)$/;

export function matchesLabel(label: string, patterns: readonly (string | RegExp)[]): boolean {
  const bare = label.replace(QUALIFIER, '');
  return patterns.some((p) =>
    typeof p === 'string' ? normLabel(p) === label || normLabel(p) === bare : p.test(label) || p.test(bare),
  );
}

/** A 功能分类 code (3/5/7 digits starting with 2) or 经济分类 code (3/5 digits starting with 3). */
export function isCodeText(s: string): boolean {
  return /^[23]\d{2}(\d{2}){0,2}$/.test(s);
}

/** "2010301 行政运行" or "201 一般公共服务支出" in one cell. */
export function splitCodeName(s: string): { code: string; name: string } | undefined {
  const m = /^([23]\d{2}(?:\d{2}){0,2})(?!\d)\s*[-、.．]?\s*([\u4e00-\u9fa5].*)$/.exec(toHalfWidth(s).trim());
  return m ? { code: m[1], name: m[2].replace(/\s+/g, '') } : undefined;
}

/** Is the cell a number-like value (number, or text that parses as an amount)? */
export function isNumericCell(sheet: GridSheet, row: number, col: number): boolean {
  const v = getCell(sheet, row, col)?.value;
  if (typeof v === 'number') return true;
  if (typeof v === 'string') return /^[\s(（-]*[\d０-９][\d０-９,，.．\s]*[)）]?$/.test(v.trim());
  return false;
}
