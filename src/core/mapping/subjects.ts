import { getCell, type GridSheet, type RangeBox } from '../grid/grid';
import { findFunctionalByName, functionalLevel, type Subject } from '../catalogue';
import type { TableDef } from '../profiles/tables';
import type { RowMapping } from './types';
import { headerPaths, matchColumns } from './header';
import { isCodeText, normLabel, splitCodeName } from './text';

/** How 科目 codes are laid out: one column ("2010301"), split 类|款|项 columns, or code and name in one cell. */
export type CodeLayout =
  | { kind: 'joined'; col: number; nameCol: number }
  | { kind: 'split'; cols: [number, number, number]; nameCol: number }
  | { kind: 'combined'; col: number }
  | { kind: 'names'; nameCol: number };

const TOTAL_LABELS = new Set(['合计', '总计', '合计数']);
const FOOTNOTE = /^(注|说明|备注|本单位无|本表|本部门无)/;

function rawText(sheet: GridSheet, r: number, c: number): string {
  const v = getCell(sheet, r, c)?.value;
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v.trim() : '';
}

/** First row of data: a 合计 label or a 科目 code in the first columns. */
export function findDataStart(sheet: GridSheet, box: RangeBox, from: number, codePrefix: RegExp): number | undefined {
  for (let r = from; r <= box.bottom; r++) {
    for (let c = box.left; c <= Math.min(box.left + 5, box.right); c++) {
      const t = rawText(sheet, r, c);
      const n = normLabel(t);
      if (TOTAL_LABELS.has(n) && !hasTextRightOf(sheet, r, c, box)) return r;
      if (isCodeText(t) && codePrefix.test(t)) return r;
      const sc = splitCodeName(t);
      if (sc && codePrefix.test(sc.code) && sc.name.length > 1) return r;
    }
  }
  return undefined;
}

/** A header row has other labels beside its 合计 (基本支出, 项目支出 …); the data 合计 row has numbers or blanks. */
function hasTextRightOf(sheet: GridSheet, r: number, c: number, box: RangeBox): boolean {
  for (let k = c + 1; k <= box.right; k++) {
    const t = rawText(sheet, r, k);
    if (t && /[\u4e00-\u9fa5]/.test(t)) return true;
  }
  return false;
}

/** The first non-empty text of a row (a hidden or empty first column is skipped). */
function firstText(sheet: GridSheet, r: number, box: RangeBox): string {
  for (let c = box.left; c <= box.right; c++) {
    const t = rawText(sheet, r, c);
    if (t) return normLabel(t);
  }
  return '';
}

/** Works out where codes and names are from the data rows. */
export function detectCodeLayout(sheet: GridSheet, box: RangeBox, dataStart: number): CodeLayout | undefined {
  const last = Math.min(box.bottom, dataStart + 200);
  const maxCol = Math.min(box.left + 5, box.right);
  const stat = (c: number, test: (t: string) => boolean) => {
    let n = 0;
    for (let r = dataStart; r <= last; r++) if (test(rawText(sheet, r, c))) n++;
    return n;
  };
  let best: { col: number; n: number } | undefined;
  for (let c = box.left; c <= maxCol; c++) {
    const n = stat(c, (t) => isCodeText(t));
    if (n > 0 && (!best || n > best.n)) best = { col: c, n };
  }
  const nameColAfter = (c: number) => {
    for (let k = c + 1; k <= Math.min(c + 3, box.right); k++)
      if (stat(k, (t) => /[\u4e00-\u9fa5]/.test(t)) > 0) return k;
    return c + 1;
  };
  if (best) {
    const c = best.col;
    const longCodes = stat(c, (t) => isCodeText(t) && t.length > 3);
    const twoDigitNext = stat(c + 1, (t) => /^\d{2}$/.test(t));
    if (longCodes === 0 && twoDigitNext > 0)
      return { kind: 'split', cols: [c, c + 1, c + 2], nameCol: nameColAfter(c + 2) };
    return { kind: 'joined', col: c, nameCol: nameColAfter(c) };
  }
  for (let c = box.left; c <= maxCol; c++)
    if (stat(c, (t) => !!splitCodeName(t)) > 0) return { kind: 'combined', col: c };
  for (let c = box.left; c <= maxCol; c++) {
    if (stat(c, (t) => TOTAL_LABELS.has(normLabel(t)) || /支出$/.test(normLabel(t))) > 0)
      return { kind: 'names', nameCol: c };
  }
  return undefined;
}

export interface SubjectTableResult {
  readonly columns: Record<string, number>;
  readonly rows: RowMapping[];
  readonly totalRow?: number;
  readonly headerTop: number;
  readonly dataStart?: number;
  readonly empty: boolean;
  readonly notes: string[];
}

/** Maps a 科目 table (T02, T03, T05, T08, T09): value columns by header, rows by 功能分类 code. */
export function mapSubjectTable(sheet: GridSheet, box: RangeBox, def: TableDef, titleRow: number): SubjectTableResult {
  const notes: string[] = [];
  const dataStart = findDataStart(sheet, box, titleRow + 1, /^2/);
  const headerBottom = (dataStart ?? box.bottom + 1) - 1;
  const paths = headerPaths(sheet, box, titleRow + 1, headerBottom);
  const columns = matchColumns(paths, def.columns, box.left, box.right);
  const rows: RowMapping[] = [];
  let totalRow: number | undefined;
  let empty = false;
  for (let r = titleRow + 1; r <= box.bottom; r++) {
    const cells = sheet.rows[r - 1];
    if (!cells) continue;
    for (let c = box.left; c <= box.right; c++) {
      const v = cells[c - 1]?.value;
      if (typeof v !== 'string') continue; // a note is text (a number never starts with 注/说明 …)
      const t = v.trim();
      if (FOOTNOTE.test(normLabel(t)) && /无/.test(t)) empty = true;
    }
  }
  if (dataStart === undefined) return { columns, rows, headerTop: titleRow + 1, empty: true, notes };
  const layout = detectCodeLayout(sheet, box, dataStart);
  const valueCols = new Set(Object.values(columns));
  let parent: string[] = []; // last seen 类, 款 codes (for split layouts that leave 类/款 blank, and name-only rows)
  for (let r = dataStart; r <= box.bottom; r++) {
    if (FOOTNOTE.test(firstText(sheet, r, box))) break; // the note under the table (in its first non-empty cell)
    const parsed = readCodeAndName(sheet, r, layout, parent);
    if (!parsed) continue;
    if (parsed.total) {
      if (totalRow === undefined) totalRow = r;
      continue;
    }
    const { code, name, codeCol } = parsed;
    const level = functionalLevel(code);
    if (!level || valueCols.has(codeCol ?? -1)) continue;
    parent = [code.slice(0, 3), level >= 2 ? code.slice(0, 5) : ''];
    rows.push({
      code,
      name,
      level,
      row: r,
      cols: columns,
      codeCell: codeCol ? { sheet: sheet.name, row: r, col: codeCol } : undefined,
    });
  }
  if (rows.length === 0 && totalRow === undefined) notes.push('未找到科目行');
  return { columns, rows, totalRow, headerTop: titleRow + 1, dataStart, empty: empty || rows.length === 0, notes };
}

function readCodeAndName(
  sheet: GridSheet,
  r: number,
  layout: CodeLayout | undefined,
  parent: string[],
): { code: string; name: string; codeCol?: number; total?: false } | { total: true } | undefined {
  if (!layout) return undefined;
  const name = (c: number) => normLabel(rawText(sheet, r, c));
  switch (layout.kind) {
    case 'joined': {
      const code = rawText(sheet, r, layout.col);
      const nm = name(layout.nameCol);
      if (TOTAL_LABELS.has(normLabel(code)) || TOTAL_LABELS.has(nm)) return { total: true };
      if (isCodeText(code)) return { code, name: nm, codeCol: layout.col };
      return byName(nm, parent);
    }
    case 'split': {
      const [l, k, x] = layout.cols.map((c) => rawText(sheet, r, c));
      const nm = name(layout.nameCol);
      if (TOTAL_LABELS.has(normLabel(l)) || TOTAL_LABELS.has(nm)) return { total: true };
      if (!l && !k && !x) return byName(nm, parent);
      if (l && !/^\d{3}$/.test(l)) return undefined; // text in the 类 column: not a 科目 line
      const cls = /^\d{3}$/.test(l) ? l : parent[0];
      if (!cls) return undefined;
      const kuan = /^\d{2}$/.test(k) ? k : x && parent[1] ? parent[1].slice(3) : '';
      const xiang = /^\d{2}$/.test(x) ? x : '';
      return { code: cls + kuan + (kuan ? xiang : ''), name: nm, codeCol: layout.cols[0] };
    }
    case 'combined': {
      const t = rawText(sheet, r, layout.col);
      if (TOTAL_LABELS.has(normLabel(t))) return { total: true };
      const sc = splitCodeName(t);
      return sc && sc.code.startsWith('2')
        ? { code: sc.code, name: normLabel(sc.name), codeCol: layout.col }
        : undefined;
    }
    case 'names': {
      const nm = name(layout.nameCol);
      if (TOTAL_LABELS.has(nm)) return { total: true };
      return byName(nm, parent);
    }
  }
}

/** A row with a name but no code: look the name up under the last 类/款 seen, then as a 类. */
function byName(nm: string, parent: string[]): { code: string; name: string } | undefined {
  if (!nm) return undefined;
  const s =
    (parent[1] && functionalByName(nm, parent[1])) ||
    (parent[0] && functionalByName(nm, parent[0])) ||
    functionalByName(nm);
  return s ? { code: s.code, name: nm } : undefined;
}

/**
 * findFunctionalByName scans the whole 功能分类 catalogue; a table of name-only rows asks the same name under the
 * same parent many times. The catalogue is constant, so each answer is remembered (bounded).
 */
const BY_NAME = new Map<string, Subject | undefined>();
function functionalByName(nm: string, parent?: string): Subject | undefined {
  const key = `${parent ?? ''}|${nm}`;
  if (BY_NAME.has(key)) return BY_NAME.get(key);
  if (BY_NAME.size >= 20_000) BY_NAME.clear();
  const s = findFunctionalByName(nm, parent);
  BY_NAME.set(key, s);
  return s;
}
