import { type GridSheet, type Grid, type RangeBox, colCount } from '../grid/grid';
import { TABLE_DEFS } from '../profiles/tables';
import type { TableId } from '../model/types';
import { normTitle } from './text';

/** A place where a table's title was found. */
export interface TitleHit {
  readonly id: TableId;
  readonly sheet: GridSheet;
  readonly row: number;
  readonly col: number;
  readonly title: string;
  /** The title came from the sheet name (no title cell found). */
  readonly fromSheetName?: boolean;
}

const MAX_TITLE_LEN = 60;

/**
 * Every title pattern ends in a literal 表 (…决算表, …总表) with no top-level alternative, so a cell without 表
 * (folding to half-width and dropping spaces never makes one) names no table: checked once, not per cell.
 */
const TITLES_NEED_BIAO = Object.values(TABLE_DEFS).every((d) =>
  d.titlePatterns.every((p) => p.source.endsWith('表') && !p.source.replace(/\([^()]*\)/g, '').includes('|')),
);

/** Which table a piece of text names as a title, if any (notes "注：本表反映…" and long sentences are not titles). */
export function tableIdForTitle(raw: string): TableId | undefined {
  if (TITLES_NEED_BIAO && !raw.includes('表')) return undefined; // most cells: no title can match
  const t = normTitle(raw);
  if (!t || t.length > MAX_TITLE_LEN || /^(注|说明|备注)/.test(t)) return undefined;
  if (/[。；]/.test(t)) return undefined;
  // Tables with the more specific titles first: 财政拨款收入支出决算总表 contains 收入支出决算总表.
  const order: TableId[] = ['T04', 'T06', 'T07', 'T08', 'T09', 'T05', 'T01', 'T02', 'T03'];
  for (const id of order) if (TABLE_DEFS[id].titlePatterns.some((p) => p.test(t))) return id;
  return undefined;
}

/** Every title cell on every sheet (only string cells in the first rows of a block are candidates). */
export function findTitles(grid: Grid): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.visibility === 'veryHidden') continue;
    let found = false;
    sheet.rows.forEach((cells, i) => {
      cells?.forEach((cell, j) => {
        if (!cell || typeof cell.value !== 'string') return;
        const id = tableIdForTitle(cell.value);
        if (id) {
          hits.push({ id, sheet, row: i + 1, col: j + 1, title: cell.value.trim() });
          found = true;
        }
      });
    });
    if (!found) {
      const id = tableIdForTitle(sheet.name);
      if (id) hits.push({ id, sheet, row: 1, col: 1, title: sheet.name, fromSheetName: true });
    }
  }
  return dedupeSameRow(hits);
}

/** A title repeated in merged neighbours of the same row counts once. */
function dedupeSameRow(hits: TitleHit[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const h of hits) {
    if (!out.some((o) => o.sheet === h.sheet && o.row === h.row && o.id === h.id)) out.push(h);
  }
  return out;
}

/**
 * The block a title heads: from the title row down to the row before the next title on the same sheet
 * (or the sheet's end), across the sheet's used columns.
 */
export function blockFor(hit: TitleHit, all: readonly TitleHit[]): RangeBox {
  const next = all
    .filter((h) => h.sheet === hit.sheet && h.row > hit.row)
    .map((h) => h.row)
    .sort((a, b) => a - b)[0];
  let bottom = (next ?? hit.sheet.rows.length + 1) - 1;
  while (bottom > hit.row && isBlankRow(hit.sheet, bottom)) bottom--;
  return { top: hit.row, left: 1, bottom, right: Math.max(colCount(hit.sheet), 1) };
}

export function isBlankRow(sheet: GridSheet, row: number): boolean {
  const cells = sheet.rows[row - 1];
  if (!cells) return true;
  return cells.every(
    (c) => !c || c.value === null || c.value === '' || (typeof c.value === 'string' && !c.value.trim()),
  );
}
