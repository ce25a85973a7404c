import type { Dec } from '../decimal/dec';
import { UNIT_SHIFT_TO_WAN, type Unit } from '../decimal/amount';
import type { Analysis } from '../engine';
import { cellText, findSheet, getCell, refToString, type CellRef, type Grid } from '../grid/grid';
import type { Disclosure, SubjectRow, TableId } from '../model/types';
import { mergePlans, type CellEdit, type EditPlan } from '../plan/types';
import {
  SUPP_COLS,
  SUPP_FIELDS,
  SUPP_HEADER_ROW,
  locateSupplementary,
  parseSubjectKey,
  subjectKeys,
  supplementaryTemplatePlan,
  suppFieldFor,
} from '../supplementary';
import { reasonHints, type ReasonHint } from './hints';
import { priorValue, subjectPriorGap } from './sources';
import { matchSubjects } from './subjects';

/** The fixed 上年 lines of 补充信息 (schema group 上年数); per-科目 lines come with `priorKeys`. */
export const PRIOR_KEYS: readonly string[] = SUPP_FIELDS.filter((f) => f.group === '上年数').map((f) => f.key);

/** 项-level 科目 of this year's 公开05表 (the per-科目 lines of 补充信息). */
export function t05Subjects(d: Disclosure): { code: string; name: string }[] {
  return (d.tables.T05?.rows ?? []).filter((r) => r.level === 3).map((r) => ({ code: r.code, name: r.name.trim() }));
}

/** Every 上年 line this year's workbook needs: the fixed ones, then 上年决算数 of each 项 of 公开05表. */
export function priorKeys(d: Disclosure): string[] {
  return [...PRIOR_KEYS, ...t05Subjects(d).map((s) => subjectKeys(s.code).prior)];
}

/** The line's label ('2010301 行政运行 上年决算数' for a per-科目 line). */
export function priorLabel(d: Disclosure, key: string): string {
  const code = parseSubjectKey(key)?.code;
  const name = code ? t05Subjects(d).find((s) => s.code === code)?.name : undefined;
  return suppFieldFor(key, name)?.label ?? key;
}

export interface PriorFilled {
  readonly key: string;
  readonly label: string;
  readonly cell: CellRef;
  /** 万元, exact. */
  readonly value: Dec;
  /** Last year's cell and what it is ('公开01表 本年收入合计'). */
  readonly source: CellRef;
  readonly what: string;
  /** A count (团组, 人次, 辆): no unit, shown as a whole number. */
  readonly count?: boolean;
}

/** A filled line's value as shown: '12.30 万元', or '3' for a count. */
export function shownPrior(f: PriorFilled): string {
  return f.count ? f.value.toFixed() : `${f.value.toFixed(2)} 万元`;
}

export interface PriorConflict {
  readonly key: string;
  readonly label: string;
  readonly cell: CellRef;
  /** What the cell holds now, as shown. */
  readonly current: string;
  /** Last year's figure (万元, 2 decimals shown; a count as a whole number). */
  readonly prior: string;
  readonly source: CellRef;
  readonly count?: boolean;
}

export interface PriorMissing {
  readonly key: string;
  readonly label: string;
  /** Why nothing was filled. */
  readonly reason: string;
}

export interface SubjectChange {
  readonly table: TableId;
  readonly change: 'renamed' | 'recoded';
  readonly current: { readonly code: string; readonly name: string };
  readonly prior: { readonly code: string; readonly name: string };
}

export interface PriorPlan {
  readonly plan: EditPlan;
  readonly filled: readonly PriorFilled[];
  /** Lines already holding last year's figure (typed or imported before): left alone. */
  readonly kept: readonly PriorFilled[];
  readonly conflicts: readonly PriorConflict[];
  readonly missing: readonly PriorMissing[];
  readonly changes: readonly SubjectChange[];
  /** Every hint computed; `written` says whether it went into the 说明 column of its reason line. */
  readonly hints: readonly (ReasonHint & { readonly cell?: CellRef; readonly written: boolean })[];
  /** Sheet lines the plan adds (the 补充信息 template, or the lines an existing sheet lacks). */
  readonly addedLines: number;
}

const REASON = '导入上年决算';
export const HINT_PREFIX = '参考（据上年决算数据自动生成，请核实后改写到“数值”列）：';

/**
 * Plans `juesuan prior`: every 上年 line of this year's 补充信息 gets last year's figure (sources.ts), written in
 * the sheet's unit. A line that already holds a value is never changed: the same figure (within its shown
 * rounding) is “kept”, another one is a conflict listed for the user. Lines the sheet lacks are added first
 * (template plan). Data-driven hints for the reasons go into the 说明 column of reason lines that are empty.
 */
export function planPrior(grid: Grid, current: Analysis, prior: Disclosure): PriorPlan {
  const d = current.disclosure;
  const supp = d.supplementary;
  const located = locateSupplementary(grid);
  const unit: Unit = located?.unit ?? '万元';
  const hints = reasonHints(d, prior);

  // Rows of every line: the sheet's own, then the lines the template adds.
  const subjects = t05Subjects(d);
  const template = supplementaryTemplatePlan(
    supp ? { existing: supp, subjects } : { subjects, unitName: d.unitName, year: d.year },
  );
  const shift = supp?.layout ? supp.layout.keyCol - SUPP_COLS.key : 0;
  const sheetName = supp?.sheet ?? template.createSheets[0]?.name ?? '补充信息';
  const valueCol = supp?.layout?.valueCol ?? SUPP_COLS.value + shift;
  const noteCol = SUPP_COLS.note + shift;
  const rows: Record<string, number> = {};
  for (const [k, r] of Object.entries(supp?.rows ?? {})) rows[k] = r.row;
  let addedLines = 0;
  for (const e of template.edits)
    if (
      e.ref.col === SUPP_COLS.key + shift &&
      e.ref.row > SUPP_HEADER_ROW &&
      typeof e.value === 'string' &&
      suppFieldFor(e.value)
    ) {
      rows[e.value] ??= e.ref.row;
      addedLines++;
    }
  const sheet = findSheet(grid, sheetName);
  const cellAt = (row: number, col: number) => (sheet ? getCell(sheet, row, col) : undefined);
  const isEmpty = (row: number, col: number) => {
    const c = cellAt(row, col);
    return !c || (!c.formula && cellText(c).trim() === '');
  };

  const edits: CellEdit[] = [];
  const filled: PriorFilled[] = [];
  const kept: PriorFilled[] = [];
  const conflicts: PriorConflict[] = [];
  const missing: PriorMissing[] = [];
  for (const key of priorKeys(d)) {
    const label = priorLabel(d, key);
    const isCount = suppFieldFor(key)?.kind === 'count';
    const pv = priorValue(prior, key, d);
    if (!pv) {
      missing.push({ key, label, reason: subjectPriorGap(prior, key) ?? '上年工作簿中没有对应的表或补充信息行' });
      continue;
    }
    if (pv.figure.state === 'invalid') {
      missing.push({ key, label, reason: `上年 ${refToString(pv.figure.cell)} 无法读取为数字` });
      continue;
    }
    const row = rows[key];
    if (row === undefined) {
      missing.push({ key, label, reason: '补充信息表中没有这一行，也无法添加' });
      continue;
    }
    const cell: CellRef = { sheet: sheetName, row, col: valueCol };
    const line: PriorFilled = {
      key,
      label,
      cell,
      value: pv.figure.value,
      source: pv.figure.cell,
      what: pv.what,
      ...(isCount ? { count: true } : {}),
    };
    if (!isEmpty(row, valueCol)) {
      const have = supp?.entries[key]?.figure;
      const count = supp?.entries[key]?.number;
      // A typed figure stands for [v − half, v + half] (its shown decimals); last year's may be more precise.
      // A count is the same only when equal.
      const same = isCount
        ? count !== undefined && count.eq(pv.figure.value)
        : have && have.state !== 'invalid' && have.value.sub(pv.figure.value).abs().lte(have.half);
      if (same) kept.push(line);
      else
        conflicts.push({
          key,
          label,
          cell,
          current: cellText(cellAt(row, valueCol)) || `=${cellAt(row, valueCol)?.formula ?? ''}`,
          prior: isCount ? pv.figure.value.toFixed() : pv.figure.value.toFixed(2),
          source: pv.figure.cell,
          ...(isCount ? { count: true } : {}),
        });
      continue;
    }
    // Amounts are written in the sheet's 单位; counts (团组, 人次, 辆) as they are.
    const inUnit = isCount ? pv.figure.value : pv.figure.value.shift(-UNIT_SHIFT_TO_WAN[unit]).normalize();
    const numFmt = isCount ? 'General' : '#,##0.00';
    edits.push({ ref: cell, value: inUnit.toNumber(), numFmt, reason: `${REASON}：${label}` });
    filled.push(line);
  }

  const hintOut: PriorPlan['hints'][number][] = [];
  for (const h of hints) {
    const row = rows[h.key];
    if (!row) {
      hintOut.push({ ...h, written: false });
      continue;
    }
    const cell: CellRef = { sheet: sheetName, row, col: noteCol };
    // Only where neither the reason nor its note was written by the user.
    // A sheet whose 说明 column is its 数值 column gets no hint: the draft would take it for the reason itself.
    const free = noteCol !== valueCol && !supp?.entries[h.key] && isEmpty(row, valueCol) && isEmpty(row, noteCol);
    if (free) edits.push({ ref: cell, value: HINT_PREFIX + h.text, reason: `${REASON}：原因参考` });
    hintOut.push({ ...h, cell, written: free });
  }

  const cellsPlan: EditPlan = { createSheets: [], edits };
  const needTemplate = edits.some((e) => e.ref.row > (supp?.layout?.lastRow ?? 0)) || !supp;
  const plan = edits.length ? (needTemplate ? mergePlans(template, cellsPlan) : cellsPlan) : cellsPlan;
  return {
    plan,
    filled,
    kept,
    conflicts,
    missing,
    changes: subjectChanges(d, prior),
    hints: hintOut,
    addedLines: plan === cellsPlan ? 0 : addedLines,
  };
}

/** 科目 whose code or name changed between the years, in every 科目 table both workbooks have. */
export function subjectChanges(current: Disclosure, prior: Disclosure): SubjectChange[] {
  const out: SubjectChange[] = [];
  const brief = (r: SubjectRow) => ({ code: r.code, name: r.name });
  const seen = new Set<string>();
  for (const id of ['T02', 'T03', 'T05', 'T08', 'T09', 'T01', 'T04', 'T06'] as TableId[]) {
    const c = current.tables[id];
    const p = prior.tables[id];
    if (!c || !p) continue;
    for (const pair of matchSubjects(c.rows, p.rows)) {
      if (pair.change !== 'renamed' && pair.change !== 'recoded') continue;
      const k = `${pair.change}|${pair.current!.code}|${pair.prior!.code}|${pair.current!.name}`;
      if (seen.has(k)) continue; // the same 科目 in several tables: listed once
      seen.add(k);
      out.push({ table: id, change: pair.change, current: brief(pair.current!), prior: brief(pair.prior!) });
    }
  }
  return out;
}
