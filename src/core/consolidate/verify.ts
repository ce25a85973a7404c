import { Dec } from '../decimal/dec';
import type { CellRef } from '../grid/grid';
import type { Disclosure, Figure, TableId } from '../model/types';
import { TABLE_IDS } from '../model/types';
import { fieldName } from '../profiles/tables';
import { suppFieldFor } from '../supplementary/schema';
import type { Consolidation, SumFigure } from './types';

/**
 * `consolidate --verify`: a submitted department workbook against the sum of its units, one finding per figure
 * that differs — with the difference and the units behind it. A difference within the figures' rounding
 * (the department's half-width plus every unit's) is a 舍位差异, never an error (domain.md, Numbers).
 */
export interface VerifyFinding {
  readonly severity: 'error' | 'rounding';
  readonly table: TableId | '补充信息';
  /** 公开05表 2010301 行政运行 合计 */
  readonly label: string;
  /** The department's cell (absent when the department lacks the line). */
  readonly cell?: CellRef;
  /** Σ units. */
  readonly expected: Dec;
  /** The department's figure (0 when it lacks the line). */
  readonly actual: Dec;
  /** actual − expected */
  readonly difference: Dec;
  readonly tolerance: Dec;
  readonly units: readonly { readonly name: string; readonly value: Dec; readonly cell: CellRef }[];
  readonly message: string;
}

type Shown = Pick<Figure, 'value' | 'half' | 'state' | 'cell'>;

export function verifyDepartment(dept: Disclosure, sum: Consolidation): VerifyFinding[] {
  const out: VerifyFinding[] = [];
  const units = (s: SumFigure | undefined) =>
    (s?.parts ?? []).map((p) => ({ name: sum.units[p.unit].name, value: p.value, cell: p.cell }));
  const compare = (
    table: VerifyFinding['table'],
    label: string,
    f: Shown | undefined,
    s: SumFigure | undefined,
    unit = ' 万元',
  ) => {
    if (s?.unknown || f?.state === 'invalid') return; // an unreadable cell is reported by the checks, not guessed here
    const expected = s?.value ?? Dec.ZERO;
    const actual = f?.value ?? Dec.ZERO;
    const difference = actual.sub(expected);
    if (difference.isZero()) return;
    const tolerance = (f?.half ?? Dec.ZERO).add(s?.half ?? Dec.ZERO);
    const severity = difference.abs().lte(tolerance) ? 'rounding' : 'error';
    const who = units(s);
    const where = f ? '' : '（部门工作簿无此行）';
    const n = (v: Dec) => (unit !== '' ? v.toFixed(2) : v.normalize().toFixed());
    const by = who.length ? `；各单位：${who.map((u) => `${u.name} ${n(u.value)}`).join('，')}` : '；各单位均无此项';
    out.push({
      severity,
      table,
      label,
      cell: f?.cell,
      expected,
      actual,
      difference,
      tolerance,
      units: who,
      message: `${label}${where}：部门 ${n(actual)}${unit}，各单位合计 ${n(expected)}${unit}，${
        severity === 'rounding' ? '舍位差异' : '相差'
      } ${n(difference)}${unit}${by}`,
    });
  };
  for (const id of TABLE_IDS) {
    const d = dept.tables[id];
    const s = sum.tables[id];
    if (!d && !s) continue;
    const title = d?.sheet ?? id;
    for (const key of new Set([...Object.keys(d?.items ?? {}), ...Object.keys(s?.items ?? {})]))
      compare(id, `${title} ${itemLabel(id, key)}`, d?.items[key], s?.items[key]);
    for (const key of new Set([...Object.keys(d?.totalRow ?? {}), ...Object.keys(s?.totalRow ?? {})]))
      compare(id, `${title} 合计 ${fieldName(id, key)}`, d?.totalRow?.[key], s?.totalRow?.[key]);
    const dRows = new Map((d?.rows ?? []).map((r) => [r.code, r]));
    const sRows = new Map((s?.rows ?? []).map((r) => [r.code, r]));
    const codes = [...new Set([...dRows.keys(), ...sRows.keys()])].sort();
    for (const code of codes) {
      const dr = dRows.get(code);
      const sr = sRows.get(code);
      const name = dr?.name ?? sr?.name ?? '';
      for (const key of new Set([...Object.keys(dr?.values ?? {}), ...Object.keys(sr?.values ?? {})]))
        compare(id, `${title} ${code} ${name} ${fieldName(id, key)}`, dr?.values[key], sr?.values[key]);
    }
  }
  // 补充信息: only additive lines the department filled in (an empty line is not a claim).
  for (const [key, s] of Object.entries(sum.supplementary)) {
    const e = dept.supplementary?.entries[key];
    if (!e) continue;
    const label = `补充信息 ${suppFieldFor(key)?.label ?? key}`;
    if (e.figure) compare('补充信息', label, e.figure, s);
    else if (e.number !== undefined) {
      compare('补充信息', label, { value: e.number, half: Dec.ZERO, state: 'number', cell: e.cell }, s, '');
    }
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

function itemLabel(id: TableId, key: string): string {
  const name = fieldName(id, key);
  if (name !== key) return name;
  const m = /^(.*)\.(total|general|fund|soe)$/.exec(key);
  return m ? `${fieldName(id, m[1])}（${fieldName('T04', m[2])}）` : key;
}
