import { Dec } from '../decimal/dec';
import type { Unit } from '../decimal/amount';
import type { CellRef } from '../grid/grid';
import type { Disclosure, Figure, SubjectLevel, TableId } from '../model/types';
import { TABLE_IDS } from '../model/types';
import { PROFILES } from '../profiles/profiles';
import { suppFieldFor } from '../supplementary/schema';
import { normName } from '../prior/subjects';
import type {
  Consolidation,
  ConsolidateNote,
  Contribution,
  SumFigure,
  SumRow,
  SumSupp,
  SumTable,
  UnitInfo,
} from './types';

export interface UnitInput {
  readonly name: string;
  readonly file?: string;
  readonly disclosure: Disclosure;
}

/** Units of different years or profiles (or none) cannot be summed: thrown with a message naming each unit's file. */
export class ConsolidateError extends Error {}

/** 补充信息 kinds that add up over units (amounts, 人数/个数); percentages, scores and texts do not. */
const ADDITIVE = new Set(['amount', 'count']);

class Acc {
  total = Dec.ZERO;
  half = Dec.ZERO;
  parts: Contribution[] = [];
  unknown = false;
  add(unit: number, f: Figure): void {
    if (f.state === 'invalid') {
      this.unknown = true;
      return;
    }
    this.half = this.half.add(f.half);
    if (f.state === 'blank') return;
    this.count(unit, f.value, f.cell, f.half);
  }
  /** A part known exactly (a count) or an amount already checked readable. */
  count(unit: number, value: Dec, cell: CellRef, half = Dec.ZERO): void {
    this.total = this.total.add(value);
    this.parts.push({ unit, value, half, cell });
  }
  done(): SumFigure {
    return this.unknown
      ? { value: this.total, half: this.half, parts: this.parts, unknown: true }
      : { value: this.total, half: this.half, parts: this.parts };
  }
}

const accOf = (m: Map<string, Acc>, key: string): Acc => {
  let a = m.get(key);
  if (!a) m.set(key, (a = new Acc()));
  return a;
};
const doneAll = (m: Map<string, Acc>): Record<string, SumFigure> =>
  Object.fromEntries([...m].map(([k, a]) => [k, a.done()]));

/** '示例局本级（unit-1.xlsx，2024）': the unit, its file and what differs. */
const named = (u: UnitInput, what: string) => `${u.name}（${u.file ? `${u.file}，` : ''}${what}）`;

/**
 * The department as the exact sum of its units: every table item, 合计 and 科目 row (union of the units' rows by
 * code, ordered by code), in 万元 (each unit's own unit converted exactly); 补充信息 amounts and counts summed.
 * Refuses units of different years or profiles. 科目 printed with different names by different units are noted.
 */
export function consolidate(units: readonly UnitInput[]): Consolidation {
  if (units.length === 0) throw new ConsolidateError('没有可汇总的单位工作簿（no unit workbooks）');
  const years = new Set(units.map((u) => u.disclosure.year));
  if (years.size > 1)
    throw new ConsolidateError(
      `各单位的决算年度不同，不能汇总：${units.map((u) => named(u, `${u.disclosure.year ?? '年度不明'}`)).join('、')}（units of different years）`,
    );
  // The nine tables of the two profiles differ (07 and 09 titles, 情况说明 sections): a department is one profile.
  const profiles = new Set(units.map((u) => u.disclosure.profile));
  if (profiles.size > 1)
    throw new ConsolidateError(
      `各单位的公开格式不同，不能汇总：${units.map((u) => named(u, PROFILES[u.disclosure.profile].name)).join('、')}（units of different profiles）`,
    );
  const notes: ConsolidateNote[] = [];
  const infos: UnitInfo[] = units.map((u) => ({
    name: u.name,
    file: u.file,
    year: u.disclosure.year,
    unit: TABLE_IDS.map((id) => u.disclosure.tables[id]?.unit).find((x) => x !== undefined),
  }));
  const tables: Partial<Record<TableId, SumTable>> = {};
  for (const id of TABLE_IDS) {
    const present = units.map((u, i) => [i, u.disclosure.tables[id]] as const).filter(([, t]) => t !== undefined);
    if (!present.length) continue;
    const items = new Map<string, Acc>();
    const total = new Map<string, Acc>();
    const rows = new Map<string, { name: string; level: SubjectLevel; unit: number; values: Map<string, Acc> }>();
    const columns: string[] = [];
    let hasTotal = false;
    for (const [i, t] of present) {
      for (const c of t!.columns) if (!columns.includes(c)) columns.push(c);
      for (const [k, f] of Object.entries(t!.items)) accOf(items, k).add(i, f);
      if (t!.totalRow) {
        hasTotal = true;
        for (const [k, f] of Object.entries(t!.totalRow)) accOf(total, k).add(i, f);
      }
      for (const r of t!.rows) {
        let row = rows.get(r.code);
        if (!row) rows.set(r.code, (row = { name: r.name, level: r.level, unit: i, values: new Map() }));
        else if (normName(row.name) !== normName(r.name))
          notes.push({
            severity: 'warning',
            message: `${t!.title} 科目 ${r.code} 的名称不一致：${units[row.unit].name}“${row.name}”，${units[i].name}“${r.name}”；汇总表采用前者`,
          });
        for (const [k, f] of Object.entries(r.values)) accOf(row.values, k).add(i, f);
      }
    }
    const sumRows: SumRow[] = [...rows.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, r]) => ({ code, name: r.name, level: r.level, values: doneAll(r.values) }));
    tables[id] = { id, items: doneAll(items), columns, totalRow: hasTotal ? doneAll(total) : undefined, rows: sumRows };
  }
  const supp = new Map<string, Acc>();
  units.forEach((u, i) => {
    for (const e of Object.values(u.disclosure.supplementary?.entries ?? {})) {
      if (!ADDITIVE.has(e.kind)) continue;
      if (e.figure) accOf(supp, e.key).add(i, e.figure);
      else if (e.number !== undefined) {
        accOf(supp, e.key).count(i, e.number, e.cell);
      }
    }
  });
  const supplementary: Record<string, SumSupp> = {};
  for (const [key, a] of supp) supplementary[key] = { ...a.done(), key, kind: suppFieldFor(key)?.kind ?? 'amount' };
  const outputUnit: Unit = infos.every((u) => u.unit === '元') ? '元' : '万元';
  if (units.some((u) => u.disclosure.year === undefined))
    notes.push({
      severity: 'warning',
      message: '有单位工作簿看不出决算年度（表题或补充信息中没有年度），请确认各单位为同一年度',
    });
  return {
    profile: units[0].disclosure.profile,
    year: units[0].disclosure.year,
    units: infos,
    tables,
    supplementary,
    outputUnit,
    notes,
  };
}
