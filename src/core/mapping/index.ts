import { parseUnit, type Unit } from '../decimal/amount';
import { colCount, findSheet, parseRangeA1, rangeA1, type CellRef, type Grid, type RangeBox } from '../grid/grid';
import { TABLE_DEFS, type TableDef } from '../profiles/tables';
import { TABLE_IDS, type Problem, type ProfileId, type TableId } from '../model/types';
import { blockFor, findTitles, tableIdForTitle, type TitleHit } from './detect';
import { mapSubjectTable } from './subjects';
import { mapSummaryTable } from './summary';
import { mapEconomicTable } from './economic';
import { mapThreePublicTable } from './three-public';
import { textAt, normTitle } from './text';
import type { ItemMapping, MappingOverride, RowMapping, TableMapping, UnknownClass, WorkbookMapping } from './types';
import { normaliseSubjectName } from '../catalogue';

export type { TableMapping, WorkbookMapping, MappingOverride, ItemMapping, RowMapping } from './types';

export interface MapOptions {
  /** Force a profile instead of detecting it from the titles. */
  readonly profile?: ProfileId;
  /** User corrections: table X is at this sheet and range. */
  readonly overrides?: readonly MappingOverride[];
}

/** Tables a unit may legitimately lack (funds it does not have): missing → warning, not error. */
const OPTIONAL: ReadonlySet<TableId> = new Set(['T08', 'T09']);

/** Balance columns of the fund tables (T08/T09), left out of an expenditure-only print. */
const FUND_BALANCE = ['carryIn', 'income', 'carryOut'];

/** Finds every standard table on any sheet by title and headers (never by sheet name or position). */
export function mapWorkbook(grid: Grid, options: MapOptions = {}): WorkbookMapping {
  const problems: Problem[] = [];
  if (grid.sheets.length === 0) {
    problems.push({ severity: 'error', code: 'workbook.empty', message: '工作簿中没有工作表' });
    return {
      profile: options.profile ?? 'hunan-2021',
      profileReason: options.profile ? '用户指定' : '工作簿中没有工作表，按默认格式',
      tables: [],
      notFound: [...TABLE_IDS],
      problems,
    };
  }
  const hits = findTitles(grid);
  const chosen = new Map<TableId, TableMapping>();
  const overridden = new Set<TableId>();
  for (const o of options.overrides ?? []) {
    const m = mapOverride(grid, o, problems);
    if (m) {
      chosen.set(o.table, m);
      overridden.add(o.table);
    }
  }
  const candidates = new Map<TableId, TableMapping[]>();
  for (const hit of hits) {
    if (overridden.has(hit.id)) continue;
    const m = mapBlock(hit, blockFor(hit, hits));
    if (m.confidence < 0.3) continue;
    const list = candidates.get(hit.id) ?? [];
    list.push(m);
    candidates.set(hit.id, list);
  }
  for (const [id, list] of candidates) {
    list.sort((a, b) => b.confidence - a.confidence);
    const best = list[0];
    const continuation = list.slice(1).filter((m) => /续/.test(m.title) && m.rows.length > 0);
    chosen.set(id, continuation.length ? mergeContinuation(best, continuation) : best);
    const rival = list.find((m, i) => i > 0 && !continuation.includes(m) && m.confidence >= best.confidence - 0.05);
    if (rival)
      problems.push({
        severity: 'warning',
        code: 'table.ambiguous',
        table: id,
        sheet: rival.sheet,
        message: `${TABLE_DEFS[id].title}：在“${best.sheet}”和“${rival.sheet}”都找到，已采用“${best.sheet}”（可在映射中更正）`,
      });
  }
  const tables = resolveClasses(TABLE_IDS.filter((id) => chosen.has(id)).map((id) => chosen.get(id)!));
  const notFound = TABLE_IDS.filter((id) => !chosen.has(id));
  for (const id of notFound)
    problems.push({
      severity: OPTIONAL.has(id) ? 'warning' : 'error',
      code: 'table.missing',
      table: id,
      message: `未找到${TABLE_DEFS[id].title}（按表名和表头查找，未在任何工作表中找到）`,
    });
  for (const t of tables) {
    if (t.missing.length)
      problems.push({
        severity: 'warning',
        code: 'table.fields-missing',
        table: t.id,
        sheet: t.sheet,
        message: `${t.sheet}（${TABLE_DEFS[t.id].title}）缺少栏目：${t.missing.join('、')}`,
      });
    for (const note of t.notes ?? [])
      problems.push({
        severity: 'warning',
        code: 'table.note',
        table: t.id,
        sheet: t.sheet,
        message: `${t.sheet}（${TABLE_DEFS[t.id].title}）：${note}`,
      });
    if (!t.unitCell)
      problems.push({
        severity: 'warning',
        code: 'table.unit-assumed',
        table: t.id,
        sheet: t.sheet,
        message: `${t.sheet}（${TABLE_DEFS[t.id].title}）未找到“单位”行，按万元处理`,
      });
  }
  const { profile, reason } = detectProfile(tables, options.profile);
  return { profile, profileReason: reason, tables, notFound, problems };
}

/** A field in the table's own words: T04 split lines say which fund (“本年支出合计（政府性基金预算财政拨款）”). */
export function fieldLabel(id: TableId, key: string): string {
  const def = TABLE_DEFS[id];
  const direct = def.items.find((i) => i.key === key)?.name ?? def.columns.find((c) => c.key === key)?.name;
  if (direct) return direct;
  const m = /^(.*)\.(total|general|fund|soe)$/.exec(key);
  if (!m) return key;
  const base = def.items.find((i) => i.key === m[1] || i.key === `${m[1]}.total`)?.name ?? m[1];
  const fund = def.columns.find((c) => c.key === m[2])?.name;
  return m[2] === 'total' || !fund ? base : `${base}（${fund}）`;
}

function findUnit(hit: TitleHit, box: RangeBox): { unit: Unit; cell?: CellRef } {
  // A correction whose range starts below the title: the 单位 line is in the rows just above it.
  const first = hit.row < box.top ? Math.max(1, box.top - 5) : hit.row;
  const last = Math.min(box.bottom, Math.max(hit.row, box.top) + 5);
  const right = hit.row < box.top ? Math.max(box.right, colCount(hit.sheet)) : box.right;
  for (let r = first; r <= last; r++)
    for (let c = box.left; c <= right; c++) {
      const u = parseUnit(textAt(hit.sheet, r, c));
      if (u) return { unit: u, cell: { sheet: hit.sheet.name, row: r, col: c } };
    }
  return { unit: '万元' };
}

function mapBlock(hit: TitleHit, box: RangeBox): TableMapping {
  const def = TABLE_DEFS[hit.id];
  const { unit, cell: unitCell } = findUnit(hit, box);
  const titleRow = hit.fromSheetName ? 0 : hit.row;
  let items: ItemMapping[] = [];
  let rows: RowMapping[] = [];
  let columns: Record<string, number> = {};
  let totalRow: number | undefined;
  let empty: boolean | undefined;
  let expected: string[];
  let found: string[];
  let notes: string[] = [];
  let unknownClasses: UnknownClass[] | undefined;
  switch (def.layout) {
    case 'subjects': {
      const r = mapSubjectTable(hit.sheet, box, def, titleRow);
      ({ columns, rows, totalRow, notes } = r);
      empty = r.empty;
      expected = [...new Set(def.columns.map((c) => c.key))];
      found = Object.keys(columns);
      // 08/09 printed as expenditure-only tables (合计 | 基本支出 | 项目支出, normal in the national format) lack
      // the balance columns by design: they are not missing.
      if (FUND_BALANCE.every((k) => columns[k] === undefined) && columns.expTotal !== undefined)
        expected = expected.filter((k) => !FUND_BALANCE.includes(k));
      break;
    }
    case 'summary': {
      const r = mapSummaryTable(hit.sheet, box, def, titleRow);
      ({ items, rows, columns, notes } = r);
      unknownClasses = r.unknown;
      expected = expectedSummaryKeys(def);
      found = items.map((i) => i.key);
      break;
    }
    case 'economic': {
      const r = mapEconomicTable(hit.sheet, box, def, titleRow);
      ({ items, rows, notes } = r);
      columns = { amount: rows[0]?.cols.amount ?? 0 };
      expected = def.items.map((i) => i.key);
      found = items.map((i) => i.key);
      if (rows.length === 0) expected = [...expected, 'rows'];
      else found = [...found];
      break;
    }
    default: {
      const r = mapThreePublicTable(hit.sheet, box, def, titleRow);
      ({ items, notes } = r);
      expected = def.items.map((i) => i.key);
      found = items.map((i) => i.key);
    }
  }
  const missing = expected.filter((k) => !found.includes(k));
  const missingKeys = def.layout === 'economic' ? missing.filter((k) => k !== 'rows') : missing;
  const share = expected.length ? (expected.length - missing.length) / expected.length : 1;
  const rowBonus = def.layout === 'subjects' ? (rows.length > 0 || totalRow !== undefined ? 0 : -0.2) : 0;
  const confidence = Math.max(0, Math.min(1, share + rowBonus)) * (hit.fromSheetName ? 0.8 : 1);
  return {
    id: hit.id,
    title: hit.title,
    sheet: hit.sheet.name,
    box,
    range: rangeA1(box),
    unit,
    unitCell,
    confidence: Math.round(confidence * 100) / 100,
    items,
    columns,
    totalRow,
    rows,
    missing: missingKeys.map((k) => fieldLabel(hit.id, k)),
    missingKeys,
    empty,
    notes,
    ...(unknownClasses?.length ? { unknownClasses } : {}),
  };
}

/**
 * The catalogue is a helper, not a gate: a 类 line of T01/T04 it does not know (a new or renamed 类, e.g. 229 or
 * 231–234) takes its code from the workbook's own 科目 tables (T02, T03, T05, T08, T09) when one of them prints a
 * 类 of the same name; only a line with an amount that no table of the workbook names is noted.
 */
function resolveClasses(tables: TableMapping[]): TableMapping[] {
  const byName = new Map<string, string>();
  for (const t of tables)
    for (const r of t.rows)
      if (r.level === 1 && /^2\d{2}$/.test(r.code)) byName.set(normaliseSubjectName(r.name), r.code);
  return tables.map((t) => {
    if (!t.unknownClasses?.length) return t;
    const rows = [...t.rows];
    const notes = [...(t.notes ?? [])];
    for (const u of t.unknownClasses) {
      const code = byName.get(normaliseSubjectName(u.text));
      if (code && !rows.some((r) => r.code === code))
        rows.push({ code, name: u.text, level: 1, row: u.row, cols: u.cols });
      else if (!code && u.hasAmount)
        notes.push(`第 ${u.row} 行“${u.text}”在本工作簿的科目表中找不到同名的类，其金额未纳入按类核对`);
    }
    return { ...t, rows: rows.sort((a, b) => a.row - b.row), notes };
  });
}

function expectedSummaryKeys(def: TableDef): string[] {
  if (def.id === 'T01') return def.items.map((i) => i.key);
  const cols = ['total', 'general', 'fund', 'soe'];
  const left = ['income.general', 'income.fund', 'income.soe', 'income.total', 'carryIn.total', 'income.grand'];
  const right = ['expense.total', 'carryOut', 'expense.grand'].flatMap((k) => cols.map((c) => `${k}.${c}`));
  return [...left, ...right];
}

function mapOverride(grid: Grid, o: MappingOverride, problems: Problem[]): TableMapping | undefined {
  const sheet = findSheet(grid, o.sheet);
  const box = parseRangeA1(o.range);
  if (!sheet || !box) {
    problems.push({
      severity: 'warning',
      code: 'mapping.override-invalid',
      table: o.table,
      message: `${TABLE_DEFS[o.table].title} 的手工映射“${o.sheet}!${o.range}”已失效（工作表或区域不存在），改为自动查找`,
    });
    return undefined;
  }
  // The selection may start at the title or below it (headers and data only): then every row of it is table.
  const titled = [...Array(box.right - box.left + 1).keys()].some(
    (i) => tableIdForTitle(textAt(sheet, box.top, box.left + i)) !== undefined,
  );
  const hit: TitleHit = {
    id: o.table,
    sheet,
    row: titled ? box.top : box.top - 1,
    col: box.left,
    title: (titled && textAt(sheet, box.top, box.left)) || TABLE_DEFS[o.table].title,
  };
  return { ...mapBlock(hit, box), confidence: 1, overridden: true };
}

function mergeContinuation(first: TableMapping, rest: TableMapping[]): TableMapping {
  return { ...first, rows: [...first.rows, ...rest.flatMap((m) => m.rows.map((r) => ({ ...r, sheet: m.sheet })))] };
}

/**
 * Profile from the titles: the Shanghai 2024 template titles T07 财政拨款“三公”经费支出决算表 (no 一般公共预算) and
 * T09 国有资本经营预算财政拨款收入支出决算表; the 2021 national/Hunan form has 一般公共预算… and …支出决算表.
 */
function detectProfile(tables: readonly TableMapping[], forced?: ProfileId): { profile: ProfileId; reason: string } {
  if (forced) return { profile: forced, reason: '用户指定' };
  const t07 = tables.find((t) => t.id === 'T07');
  const t09 = tables.find((t) => t.id === 'T09');
  const t06 = tables.find((t) => t.id === 'T06');
  // Each clue in an accountant's words, counted for one side.
  const sh: string[] = [];
  const hn: string[] = [];
  if (t07) {
    if (normTitle(t07.title).includes('一般公共预算')) hn.push('“三公”经费表标题含“一般公共预算”');
    else sh.push('“三公”经费表标题不含“一般公共预算”');
  }
  if (t09) {
    if (/收入支出决算表/.test(normTitle(t09.title))) sh.push('国有资本经营预算表为“收入支出决算表”');
    else hn.push('国有资本经营预算表为“支出决算表”');
  }
  if (t06 && /明细表/.test(normTitle(t06.title))) hn.push('基本支出表为“明细表”');
  if (sh.length === hn.length)
    return {
      profile: 'hunan-2021',
      reason: sh.length ? `表名线索不一致（${[...hn, ...sh].join('，')}），按默认格式` : '表名不足以判断，按默认格式',
    };
  const profile: ProfileId = sh.length > hn.length ? 'shanghai-2024' : 'hunan-2021';
  return { profile, reason: `按表名判断：${(profile === 'shanghai-2024' ? sh : hn).join('，')}` };
}
