import { findSheet, getCell, isCellError, type Grid } from '../grid/grid';
import type { CellEdit, EditPlan } from '../plan/types';
import type { Problem } from '../model/types';

/**
 * What the tool keeps with the workbook — mapping corrections, waivers (出错说明), 校验参数 and the fill journal — lives in
 * a very hidden sheet `_juesuan`, one record per row: 类型 | 键 | 内容(JSON). Every xlsx reader sees it (Excel,
 * ExcelJS, the web page), unlike add-in settings which only the add-in can read (engineering-notes.md).
 */
export const STORE_SHEET = '_juesuan';

export type StoreKind = 'mapping' | 'waiver' | 'fill' | 'meta' | 'setting';

export interface StoreRecord {
  readonly kind: StoreKind;
  readonly key: string;
  readonly value: unknown;
}

const KINDS: ReadonlySet<string> = new Set(['mapping', 'waiver', 'fill', 'meta', 'setting']);
const HEADER = ['类型', '键', '内容'];

export function readStore(grid: Grid): { records: StoreRecord[]; problems: Problem[] } {
  const sheet = findSheet(grid, STORE_SHEET);
  const records: StoreRecord[] = [];
  const problems: Problem[] = [];
  if (!sheet) return { records, problems };
  for (let r = 2; r <= sheet.rows.length; r++) {
    const kind = getCell(sheet, r, 1)?.value;
    const key = getCell(sheet, r, 2)?.value;
    const raw = getCell(sheet, r, 3)?.value;
    if (kind === null || kind === undefined || kind === '') continue;
    if (
      typeof kind !== 'string' ||
      !KINDS.has(kind) ||
      typeof key !== 'string' ||
      typeof raw !== 'string' ||
      isCellError(raw)
    ) {
      problems.push({
        severity: 'warning',
        code: 'store.bad-row',
        message: `${STORE_SHEET} 工作表第 ${r} 行无法识别，已忽略`,
        sheet: STORE_SHEET,
        cell: { sheet: STORE_SHEET, row: r, col: 1 },
      });
      continue;
    }
    try {
      records.push({ kind: kind as StoreKind, key, value: JSON.parse(raw) });
    } catch {
      problems.push({
        severity: 'warning',
        code: 'store.bad-json',
        message: `${STORE_SHEET} 工作表第 ${r} 行内容已损坏，已忽略`,
        sheet: STORE_SHEET,
        cell: { sheet: STORE_SHEET, row: r, col: 3 },
      });
    }
  }
  return { records, problems };
}

/** Records of one kind as a key → value map (the last record of a key wins). */
export function recordsOf<T>(records: readonly StoreRecord[], kind: StoreKind): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of records) if (r.kind === kind) m.set(r.key, r.value as T);
  return m;
}

/**
 * Plan that replaces the store's content with `records`: creates the sheet (very hidden) when absent,
 * writes the header and one row per record, and clears rows left over from a longer previous store.
 */
export function storePlan(grid: Grid, records: readonly StoreRecord[]): EditPlan {
  const sheet = findSheet(grid, STORE_SHEET);
  const edits: CellEdit[] = [];
  const put = (row: number, col: number, value: string | null) =>
    edits.push({ ref: { sheet: STORE_SHEET, row, col }, value, reason: '决算公开助手数据' });
  HEADER.forEach((h, i) => put(1, i + 1, h));
  records.forEach((rec, i) => {
    put(i + 2, 1, rec.kind);
    put(i + 2, 2, rec.key);
    put(i + 2, 3, JSON.stringify(rec.value));
  });
  const oldRows = sheet ? sheet.rows.length : 0;
  for (let r = records.length + 2; r <= oldRows; r++) for (let c = 1; c <= 3; c++) put(r, c, null);
  return { createSheets: sheet ? [] : [{ name: STORE_SHEET, visibility: 'veryHidden', widths: [10, 30, 80] }], edits };
}

/** Replaces all records of one kind, keeping the others. */
export function replaceKind(
  records: readonly StoreRecord[],
  kind: StoreKind,
  next: readonly StoreRecord[],
): StoreRecord[] {
  return [...records.filter((r) => r.kind !== kind), ...next];
}

/**
 * Plan that adds records to the store or replaces those with the same kind and key, keeping every other record;
 * `remove` drops records by kind and key. The one way a single waiver or mapping correction is saved.
 */
export function upsertPlan(
  grid: Grid,
  add: readonly StoreRecord[],
  remove: readonly Pick<StoreRecord, 'kind' | 'key'>[] = [],
): EditPlan {
  const { records } = readStore(grid);
  const gone = new Set([...add, ...remove].map((r) => `${r.kind}\u0000${r.key}`));
  return storePlan(grid, [...records.filter((r) => !gone.has(`${r.kind}\u0000${r.key}`)), ...add]);
}
