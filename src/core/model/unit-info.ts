import { toHalfWidth } from '../decimal/amount';
import { cellText, findSheet, getCell, type Grid } from '../grid/grid';
import type { WorkbookMapping } from '../mapping/types';

/**
 * The reporting unit's name and the year, from the lines around the tables' titles (domain.md, "Variation seen in
 * real exports"): “编制单位：XX局    单位：万元” in one merged cell, 部门/单位 and 金额单位 in separate cells, or the
 * name and year in the title (“XX局2024年度收入支出决算总表”, “2024 年度”). Nothing found → undefined, and the
 * draft shows a placeholder: a name is never guessed.
 */

const NAME_LABEL = /(?:部门名称|单位名称|编制单位|填报单位|部门|单位)\s*[:：]\s*/g;
/** What may follow the name in the same cell: the 单位 (unit) part, a date, a table tag. */
const AFTER_NAME = /\s*(?:[(（]\s*)?(?:(?:金额)?单位\s*[:：]|(?:填报|编制)?日期\s*[:：]|公开\d{2}表)/;
const LABEL_ONLY = /^(?:部门名称|单位名称|编制单位|填报单位|部门)\s*[:：]?$/;
const MONEY_UNIT = /^(?:人民币)?(?:万元|千元|元)$/;

/** The unit name in a line such as “编制单位：XX局    单位：万元”, or undefined. */
export function unitNameIn(raw: string): string | undefined {
  const text = raw.replace(/\u00a0/g, ' ').trim(); // the name keeps its own (full-width) brackets
  for (const m of text.matchAll(NAME_LABEL)) {
    const rest = text.slice(m.index! + m[0].length);
    const name = rest.split(AFTER_NAME)[0].replace(/\s+/g, ' ').trim();
    if (name && !MONEY_UNIT.test(name.replace(/\s/g, '')) && /[\u4e00-\u9fa5]/.test(name)) return name;
  }
  return undefined;
}

/** The unit name at the head of a title: “XX局2024年度收入支出决算总表” → “XX局”. */
export function unitNameInTitle(raw: string): string | undefined {
  const m = /^(.{2,40}?)\s*20\d{2}\s*年/.exec(toHalfWidth(raw).trim());
  const name = m?.[1].trim();
  return name && /[\u4e00-\u9fa5]{2}/.test(name) && !/[:：]/.test(name) ? name : undefined;
}

/** The year a title or header line names (“2024年度”, “2024 年”, “年度：2024”); dates (“2025年3月”) do not count. */
export function yearIn(raw: string): number | undefined {
  const t = toHalfWidth(raw);
  const m = /(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(t) ?? /年度\s*[:：]\s*(20\d{2})/.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** The cells just around each mapped table's title (its first rows), in table order. */
function headTexts(grid: Grid, mapping: WorkbookMapping, rows: number): { text: string; title: boolean }[] {
  const out: { text: string; title: boolean }[] = [];
  for (const t of mapping.tables) {
    out.push({ text: t.title, title: true });
    const sheet = findSheet(grid, t.sheet);
    if (!sheet) continue;
    const nextText = (r: number, from: number, to: number): string => {
      for (let c = from; c <= to; c++) {
        const x = cellText(getCell(sheet, r, c)).trim();
        if (x) return x;
      }
      return '';
    };
    for (let r = t.box.top; r <= Math.min(t.box.top + rows, t.box.bottom); r++)
      for (let c = t.box.left; c <= t.box.right; c++) {
        const text = cellText(getCell(sheet, r, c)).trim();
        if (!text) continue;
        // “编制单位：” in one cell and the name in the next: read them as one line.
        const next = LABEL_ONLY.test(text) ? nextText(r, c + 1, t.box.right) : '';
        out.push({ text: next ? `${text.replace(/[:：]?$/, '：')}${next}` : text, title: false });
      }
  }
  return out;
}

/** The unit name from the tables' head lines, else from a title; undefined when neither names it. */
export function unitNameFromTables(grid: Grid, mapping: WorkbookMapping): string | undefined {
  const texts = headTexts(grid, mapping, 4);
  for (const { text, title } of texts) {
    const name = title ? undefined : unitNameIn(text);
    if (name) return name;
  }
  for (const { text, title } of texts) {
    const name = title ? unitNameInTitle(text) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** The year from the tables' titles first, then their head lines. */
export function yearFromTables(grid: Grid, mapping: WorkbookMapping): number | undefined {
  const texts = headTexts(grid, mapping, 3);
  for (const title of [true, false])
    for (const t of texts) {
      if (t.title !== title || /日期/.test(t.text)) continue;
      const y = yearIn(t.text);
      if (y) return y;
    }
  return undefined;
}
