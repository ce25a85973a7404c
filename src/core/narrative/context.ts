/**
 * What a section writer reads: table figures and 补充信息 lines as Inputs (operand or placeholder), the profile,
 * the year words, and helpers for reasons and uses. Pure: built from a Disclosure.
 */
import { Dec } from '../decimal/dec';
import type { Disclosure, Figure, SubjectRow, TableId, TableModel } from '../model/types';
import type { Profile } from '../profiles/profiles';
import { fieldName } from '../profiles/tables';
import { SUPP_FIELD_BY_KEY, subjectKeys } from '../supplementary/schema';
import { REASON_PLACEHOLDER, USE_PLACEHOLDER, cleanText, placeholder, type Input } from './phrasing';
import type { Run } from './types';

export interface NarrativeContext {
  readonly d: Disclosure;
  readonly profile: Profile;
  readonly shareRounding: 'independent' | 'largest-remainder';
  readonly year?: number;
  readonly unitName?: string;
  /**
   * "2021年度"; when no table, title or 补充信息 gives the year, a visible placeholder (a published 说明 names its
   * year — 公开要求 — so “本年度” would hide a gap the user must fill).
   */
  readonly yearText: Run;
  /** "2020年度", or the placeholder of the same gap. */
  readonly priorYearText: Run;
  /** Unit name or its placeholder run. */
  unit(): Run;
  table(id: TableId): TableModel | undefined;
  /** A fixed item of a table (see profiles/tables.ts keys). */
  item(id: TableId, key: string): Input;
  /** The 合计 row of a 科目 table, by column key. */
  total(id: TableId, col: string): Input;
  /** One cell of a 科目 row. */
  rowCell(id: TableId, row: SubjectRow, col: string): Input;
  /** An amount/count/score line of 补充信息. */
  supp(key: string, label?: string): Input;
  hasSupp(key: string): boolean;
  /** Free text of 补充信息, cleaned for use inside a sentence; undefined when empty. */
  suppText(key: string): string | undefined;
  /** A reason (补充信息 `reason.*`) or the visible placeholder 【请填写主要原因】. */
  reason(key: string): Run;
  /** A 主要用途 / 内容 text or the placeholder 【请填写主要用途】. */
  use(key: string, label?: string): Run;
  /** 科目 rows of a table at one level, in table order. */
  rows(id: TableId, level: 1 | 2 | 3): readonly SubjectRow[];
}

const TABLE_LABEL = (p: Profile, id: TableId) => p.tableTitles[id];

function operandOf(label: string, f: Figure | undefined, key: string): Input {
  if (!f) return placeholder(key, label, `【缺少：${label}】`);
  if (f.state === 'invalid') return placeholder(key, label, `【无法读取：${label}】`);
  return { label, value: f.value, cells: [f.cell] };
}

export function makeContext(
  d: Disclosure,
  profile: Profile,
  shareRounding?: 'independent' | 'largest-remainder',
): NarrativeContext {
  const entries = d.supplementary?.entries ?? {};
  const suppYear = entries['unit.year'];
  const yearFromSupp =
    suppYear?.number ?? (suppYear?.text ? Dec.parse(suppYear.text.replace(/[^\d]/g, '')) : undefined);
  const year = d.year ?? (yearFromSupp && !yearFromSupp.isZero() ? yearFromSupp.toNumber() : undefined);
  const unitName = d.unitName ?? (entries['unit.name']?.text ? cleanText(entries['unit.name'].text) : undefined);
  const suppLabel = (key: string) => SUPP_FIELD_BY_KEY.get(key)?.label ?? subjectLabel(key) ?? key;

  const ctx: NarrativeContext = {
    d,
    profile,
    shareRounding: shareRounding ?? profile.shareRounding,
    year,
    unitName,
    yearText: year ? `${year}年度` : placeholder('unit.year', '决算年度', '【请填写：决算年度（如2024年度）】'),
    priorYearText: year ? `${year - 1}年度` : placeholder('unit.year', '决算年度', '【请填写：上年度（如2023年度）】'),
    unit: () => unitName ?? placeholder('unit.name', '单位名称'),
    table: (id) => d.tables[id],
    item(id, key) {
      const items = d.tables[id]?.items;
      // 公开04表 keys carry the column (expense.total.total); accept the bare key a mapper may use for 合计.
      const f = items?.[key] ?? (key.endsWith('.total') ? items?.[key.slice(0, -'.total'.length)] : undefined);
      return operandOf(`${TABLE_LABEL(profile, id)} ${itemName(id, key)}`, f, `${id}.${key}`);
    },
    total(id, col) {
      const label = `${TABLE_LABEL(profile, id)} 合计行 ${fieldName(id, col)}`;
      return operandOf(label, d.tables[id]?.totalRow?.[col], `${id}.total.${col}`);
    },
    rowCell(id, row, col) {
      const label = `${TABLE_LABEL(profile, id)} ${row.code} ${row.name} ${fieldName(id, col)}`;
      return operandOf(label, row.values[col], `${id}.${row.code}.${col}`);
    },
    supp(key, label) {
      const e = entries[key];
      const name = `补充信息 ${label ?? suppLabel(key)}`;
      if (e?.figure) return operandOf(name, e.figure, key);
      if (e?.number) return { label: name, value: e.number, cells: [e.cell] };
      return placeholder(key, label ?? suppLabel(key));
    },
    hasSupp(key) {
      const e = entries[key];
      return (
        !!e && ((e.figure !== undefined && e.figure.state === 'number') || e.number !== undefined || !!e.text?.trim())
      );
    },
    suppText(key) {
      const t = entries[key]?.text;
      const c = t ? cleanText(t) : '';
      return c === '' ? undefined : c;
    },
    reason(key) {
      return ctx.suppText(key) ?? placeholder(key, suppLabel(key), REASON_PLACEHOLDER);
    },
    use(key, label) {
      return ctx.suppText(key) ?? placeholder(key, label ?? suppLabel(key), USE_PLACEHOLDER);
    },
    rows(id, level) {
      return (d.tables[id]?.rows ?? []).filter((r) => r.level === level);
    },
  };
  return ctx;
}

function subjectLabel(key: string): string | undefined {
  const m = /^(budget|prior|use|reason)\.subject\.(\d+)$/.exec(key);
  if (!m) return undefined;
  const what = { budget: '年初预算', prior: '上年决算数', use: '主要用途', reason: '决算与预算差异的主要原因' }[
    m[1] as keyof ReturnType<typeof subjectKeys>
  ];
  return `${m[2]} ${what}`;
}

const T04_COLUMNS: Readonly<Record<string, string>> = {
  total: '合计',
  general: '一般公共预算财政拨款',
  fund: '政府性基金预算财政拨款',
  soe: '国有资本经营预算财政拨款',
};

/** Accountant's name of a table item; 公开04表 column-suffixed keys read "本年支出合计（合计）". */
function itemName(id: TableId, key: string): string {
  const name = fieldName(id, key);
  if (name !== key) return name;
  const i = key.lastIndexOf('.');
  const col = T04_COLUMNS[key.slice(i + 1)];
  if (i <= 0 || !col) return key;
  const base = key.slice(0, i);
  const baseName = fieldName(id, base) !== base ? fieldName(id, base) : fieldName(id, `${base}.total`);
  return `${baseName}（${col}）`;
}
