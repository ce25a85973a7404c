import { Dec } from '../decimal/dec';
import { UNIT_SHIFT_TO_WAN, type Unit } from '../decimal/amount';
import { refToString } from '../grid/grid';
import type { Disclosure, Figure, SubjectRow, TableId } from '../model/types';
import { PROFILES } from '../profiles/profiles';
import { fieldName, TABLE_DEFS } from '../profiles/tables';
import type { CellRole, CheckSummary, Finding, FindingCell, RuleMeta, Term } from './types';

/** Amount text for messages and reports: at least 2 decimals (万元 to the 分), more only when the value has them. */
export function money(d: Dec): string {
  const n = d.normalize();
  return n.scale < 2 ? d.toFixed(2) : n.toFixed();
}

/** A tolerance or other exact quantity: as few decimals as it needs (0.015, 0.5). */
export function exact(d: Dec): string {
  return d.normalize().toFixed();
}

/**
 * An amount (held in 万元) as a message shows it, in the unit its table is printed in: 万元 as `money` (the unit
 * note says 万元); 元 and 千元 converted back and marked ("12179200 元", "1217.92 千元") — to the cent only when
 * the amount has cents — so that the number in the message is the number in the cell.
 */
export function amountIn(d: Dec, unit: Unit = '万元'): string {
  if (unit === '万元') return money(d);
  const v = d.shift(-UNIT_SHIFT_TO_WAN[unit]).normalize();
  return `${v.scale === 0 ? v.toFixed(0) : v.scale <= 2 ? v.toFixed(2) : v.toFixed()} ${unit}`;
}

/** A rounding tolerance (held in 万元) in the table's unit, as few decimals as it needs ("0.015", "150 元"). */
export function toleranceIn(d: Dec, unit: Unit = '万元'): string {
  if (unit === '万元') return exact(d);
  return `${d.shift(-UNIT_SHIFT_TO_WAN[unit]).normalize().toFixed()} ${unit}`;
}

/**
 * The unit line shown with findings: an amount in a message is in 万元 unless it names its unit; when some table is in
 * 元 or 千元, say so, and that its own sums are shown in its unit (`amountIn`, marked "元"), as its cells show them.
 */
export function amountUnitNote(d: Disclosure): string {
  const all = (Object.keys(d.tables) as TableId[]).filter((id) => d.tables[id]);
  const ids = all.filter((id) => d.tables[id]!.unit !== '万元');
  if (ids.length === 0) return '金额单位：万元。';
  const units = [...new Set(ids.map((id) => d.tables[id]!.unit))].join('、');
  const which = ids.length === all.length ? '工作簿各表' : ids.map((id) => tableTitle(d, id)).join('、');
  return `金额单位：万元（${which}以${units}填列，已换算为万元后比较；表内合计的核对按表中单位列出金额，并注明${units}）。`;
}

/** The printed title of a table in the disclosure's profile ("收入支出决算总表"). */
export function tableTitle(d: Disclosure, id: TableId): string {
  return PROFILES[d.profile]?.tableTitles[id] ?? TABLE_DEFS[id].title;
}

const T04_COLUMN_SUFFIX = /^(.*)\.(total|general|fund|soe)$/;

/** Name of a table item in an accountant's words; T04 split lines say which fund ("本年支出合计（政府性基金预算财政拨款）"). */
export function itemName(id: TableId, key: string): string {
  const direct = fieldName(id, key);
  if (direct !== key) return direct;
  const m = T04_COLUMN_SUFFIX.exec(key);
  if (id === 'T04' && m) {
    const base = m[1] === 'carryIn' ? 'carryIn.total' : m[1];
    const baseName = fieldName(id, base);
    return m[2] === 'total' ? baseName : `${baseName}（${fieldName(id, m[2])}）`;
  }
  return key;
}

/**
 * A term whose label is built when read: only a finding names its cells, and most relations hold (a label string
 * per term was a quarter of the check at 10,000 rows). A class, not an object literal with a getter (V8 builds
 * those far more slowly than the string they save).
 */
export class LazyTerm implements Term {
  constructor(
    readonly figure: Figure | undefined,
    private readonly describe: () => string,
    readonly sign?: 1 | -1,
  ) {}

  get label(): string {
    return this.describe();
  }
}

export function itemTerm(d: Disclosure, id: TableId, key: string, sign?: 1 | -1): Term {
  return new LazyTerm(d.tables[id]?.items[key], () => `${tableTitle(d, id)} ${itemName(id, key)}`, sign);
}

export function rowTerm(d: Disclosure, id: TableId, row: SubjectRow, column: string, sign?: 1 | -1): Term {
  return new LazyTerm(
    row.values[column],
    () => `${tableTitle(d, id)} ${row.code} ${row.name} ${fieldName(id, column)}`,
    sign,
  );
}

export function totalRowTerm(d: Disclosure, id: TableId, column: string, sign?: 1 | -1): Term {
  return new LazyTerm(
    d.tables[id]?.totalRow?.[column],
    () => `${tableTitle(d, id)} 合计行 ${fieldName(id, column)}`,
    sign,
  );
}

/** A term for a 补充信息 amount. */
export function suppTerm(d: Disclosure, key: string): Term {
  const e = d.supplementary?.entries[key];
  return { figure: e?.figure, label: `补充信息 ${e?.label ?? key}` };
}

export function findingCell(term: Term, role: CellRole): FindingCell | undefined {
  const f = term.figure;
  return f ? { cell: f.cell, ref: refToString(f.cell), role, label: term.label } : undefined;
}

/** Stable identity of a finding (what a waiver is keyed by): rule id + the cells involved, sorted. */
export function fingerprint(rule: string, cells: readonly FindingCell[]): string {
  return `${rule}|${[...new Set(cells.map((c) => c.ref))].sort().join(',')}`;
}

/** Fills `{name}` placeholders of a rule's message template. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** "本年收入合计（公开01表!C7）" style mention of a figure, for messages. */
export function mention(term: Term): string {
  return term.figure ? `${term.label}（${refToString(term.figure.cell)}）` : term.label;
}

export function usableTerm(t: Term): t is Term & { figure: Figure } {
  return t.figure !== undefined && t.figure.state !== 'invalid';
}

/** Percentage text with 2 decimals, half-up ("54.10%"). */
export function percent(d: Dec): string {
  return `${d.round(2).toFixed(2)}%`;
}

export const metaLabel = (m: RuleMeta): string => `${m.id}（${m.title}）`;

export const ZERO = Dec.ZERO;

/** A finding as plain JSON (the `--json` output and the reports): amounts as exact decimal text. */
export interface FindingJson {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly cells: readonly string[];
  readonly roles?: readonly { ref: string; role: string; label: string }[];
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly tolerance?: string;
  readonly suggestion?: string;
  readonly waiver?: { reason: string; by?: string; at: string };
  readonly folded?: readonly string[];
}

export function findingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cells: f.cells.map((c) => c.ref),
    roles: f.cells.map((c) => ({ ref: c.ref, role: c.role, label: c.label })),
    ...(f.expected !== undefined ? { expected: money(f.expected) } : {}),
    ...(f.actual !== undefined ? { actual: money(f.actual) } : {}),
    ...(f.difference !== undefined ? { difference: money(f.difference) } : {}),
    ...(f.tolerance !== undefined ? { tolerance: exact(f.tolerance) } : {}),
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.waiver ? { waiver: { ...f.waiver } } : {}),
    ...(f.folded ? { folded: [...f.folded] } : {}),
  };
}

/** The answer to "can this workbook be submitted?" in one line. */
export function verdict(s: CheckSummary & { readonly notRun?: number }): string {
  if (s.error > 0) return `不能提交：有 ${s.error} 个错误需更正`;
  if (s.warning > 0) return `暂不能提交：有 ${s.warning} 个警告需填写说明`;
  // A clean result with checks skipped is not “no problems”: say how many could not run.
  if (s.notRun) return `未发现错误，但有 ${s.notRun} 项核对因缺少表或栏目未运行（见提示），补齐后才能确认可以提交`;
  return '可以提交：未发现错误' + (s.rounding ? `（${s.rounding} 处舍位差异无需更正）` : '');
}

export function summaryLine(s: CheckSummary): string {
  return `错误 ${s.error}，警告 ${s.warning}，舍位差异 ${s.rounding}，提示 ${s.info}，已说明 ${s.accepted}`;
}
