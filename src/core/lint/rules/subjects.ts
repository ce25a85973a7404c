import { normaliseSubjectName } from '../../catalogue';
import { FUNCTIONAL_ROWS } from '../../catalogue/functional';
import { Dec } from '../../decimal/dec';
import { refToString } from '../../grid/grid';
import { usable } from '../../model/figure';
import type { Disclosure, SubjectRow, TableId } from '../../model/types';
import { parseSubjectTitle } from '../concepts';
import type { LintContext } from '../context';
import { amountText } from '../format';
import { findSubjectRow } from '../model-figures';
import type { LintRule } from './rule';

/**
 * 科目 (capabilities 6 and 7): the 类/款/项 names of the items of 五（三）, 八 and 九 against the workbook's names
 * for that 项 (a 项 listed under another 款's name), 类 names of a retired edition of the classification, and the
 * “主要包括：…” lists of 人员经费 / 公用经费 against 表6 (items listed that are zero there, large items left out).
 */
export const messages = {
  level: (level: string, written: string, code: string, item: string, right: string) =>
    `${level}名称与决算表不符：${code} ${item} 属于“${right}”，文中写作“${written}”`,
  retired: (old: string, current: string) => `“${old}”是旧版科目名称，现行名称为“${current}”`,
  listedZero: (name: string, group: string, where: string) =>
    `${group}“主要包括”列出的“${name}”在基本支出决算明细表中为0或空白（${where}），不应列出`,
  leftOut: (name: string, amount: string, share: string, group: string) =>
    `${group}“主要包括”未列出金额较大的“${name}”（${amount} 万元，占${share}）`,
};

const TABLE_OF: Readonly<Record<string, TableId>> = { general: 'T05', fund: 'T08', soe: 'T09' };
const LEVELS = ['类', '款'] as const;

const norm = (s: string) => normaliseSubjectName(s).replace(/支出$/, '');

/** Old 类 names of the catalogue (sources marked GHOLD: the pre-2018/2019 edition) → the current name. */
const RETIRED: ReadonlyMap<string, string> = new Map(
  FUNCTIONAL_ROWS.filter(([code, , src, aliases]) => code.length === 3 && aliases && /\bGHOLD\b/.test(src)).flatMap(
    ([, name, , aliases]) => aliases!.map((a) => [norm(a), name] as [string, string]),
  ),
);

/** Rows by code and 类 names, once per rows array (models are immutable): each item is a lookup, not a scan. */
const indexes = new WeakMap<readonly SubjectRow[], { byCode: Map<string, SubjectRow>; classNames: Set<string> }>();

function index(d: Disclosure, id: TableId) {
  const rows = d.tables[id]?.rows ?? [];
  let ix = indexes.get(rows);
  if (!ix) {
    ix = { byCode: new Map(), classNames: new Set() };
    for (const r of rows) {
      if (!ix.byCode.has(r.code)) ix.byCode.set(r.code, r);
      if (r.level === 1) ix.classNames.add(norm(r.name));
    }
    indexes.set(rows, ix);
  }
  return ix;
}

function rowByCode(d: Disclosure, id: TableId, code: string): SubjectRow | undefined {
  return index(d, id).byCode.get(code);
}

/** Capability 6: each item title's 类 and 款 names against the workbook's rows above its 项. */
function itemNames(ctx: LintContext): void {
  const d = ctx.disclosure;
  for (const marker of ctx.markers) {
    if (marker.level !== 'item') continue;
    const s = ctx.sentenceAt(marker.start);
    const id = s && TABLE_OF[s.sectionKind];
    if (!s || !id) continue;
    const nl = ctx.norm.text.indexOf('\n', marker.end);
    const line = ctx.norm.text.slice(marker.end, nl < 0 ? undefined : nl);
    const cut = line.search(/。|年初预算|支出决算/);
    const title = cut < 0 ? line : line.slice(0, cut);
    const parsed = parseSubjectTitle(title);
    if (!parsed || parsed.names.length < 3) continue;
    retiredNames(ctx, d, marker.end, title, parsed.names[0]);
    if (!d) continue;
    const row = parsed.code ? rowByCode(d, id, parsed.code) : findSubjectRow(d, id, parsed.names);
    if (!row || row.code.length !== 7 || norm(row.name) !== norm(parsed.names[2])) continue;
    LEVELS.forEach((level, i) => {
      const parent = rowByCode(d, id, row.code.slice(0, i === 0 ? 3 : 5));
      const written = parsed.names[i];
      if (!parent || norm(parent.name) === norm(written)) return;
      const at = title.indexOf(written);
      if (at < 0) return;
      const quoted = title.startsWith('支出', at + written.length) ? written + '支出' : written;
      const start = marker.end + at;
      const right = normaliseSubjectName(parent.name);
      ctx.report({
        rule: 'subject-name',
        severity: 'error',
        start,
        end: start + quoted.length,
        message: messages.level(level, quoted, row.code, normaliseSubjectName(row.name), right),
        expected: right,
        actual: quoted,
        cells: Object.values(parent.values)
          .slice(0, 1)
          .map((f) => refToString(f.cell)),
        // A 类 is written with or without its 支出 ("一般公共服务（类）"): keep the text's style; a 款 name is whole.
        suggestion: level === '款' || quoted.endsWith('支出') ? right : right.replace(/支出$/, ''),
      });
    });
  }
}

/** A 类 named as a retired edition names it — unless the workbook itself prints that name (its year's edition). */
function retiredNames(ctx: LintContext, d: Disclosure | undefined, at: number, title: string, cls: string): void {
  const current = RETIRED.get(norm(cls));
  if (!current) return;
  if (d && index(d, 'T05').classNames.has(norm(cls))) return;
  const i = title.indexOf(cls);
  if (i < 0) return;
  const written = title.startsWith('支出', i + cls.length) ? cls + '支出' : cls;
  ctx.report({
    rule: 'subject-name',
    severity: 'warning',
    start: at + i,
    end: at + i + written.length,
    message: messages.retired(written, current),
    expected: current,
    actual: written,
    suggestion: written.endsWith('支出') ? current : current.replace(/支出$/, ''),
  });
}

const GROUPS = [
  { name: '人员经费', concept: 'basic.personnel', codes: /^30[13]/ },
  { name: '公用经费', concept: 'basic.public', codes: /^3(02|10)/ },
] as const;
/** A 款 at least this share of its group is "large": leaving it out of the list is worth a warning. */
const LARGE = Dec.parse('0.1')!;

/** Capability 7: "人员经费X万元，主要包括：基本工资、津贴补贴…" against 表6. */
function lists(ctx: LintContext): void {
  const t06 = ctx.disclosure?.tables.T06;
  if (!t06) return;
  for (const s of ctx.sentences) {
    if (s.sectionKind !== 'basic') continue;
    for (const g of GROUPS) {
      const m = s.mentions.find((x) => x.concept === g.concept);
      if (!m) continue;
      const from = s.text.indexOf('主要包括', m.end - s.start);
      if (from < 0) continue;
      const listStart = from + 4 + (/^[：:]/.test(s.text.slice(from + 4)) ? 1 : 0);
      const rest = s.text.slice(listStart);
      const stop = rest.search(/[；。]|公用经费|人员经费/);
      const listText = (stop < 0 ? rest : rest.slice(0, stop)).replace(/等(支出|费用)?$/, '');
      const rows = t06.rows.filter((r) => r.level === 2 && g.codes.test(r.code));
      if (rows.length === 0) continue;
      const amount = (r: SubjectRow) => {
        const f = r.values.amount;
        return usable(f) ? f.value : Dec.ZERO;
      };
      const listed = new Set<SubjectRow>();
      let offset = 0;
      for (const raw of listText.split(/[、，,]/)) {
        const name = raw.trim();
        const pos = listText.indexOf(name, offset);
        offset = pos + name.length;
        const row = rows.find((r) => norm(r.name) === norm(name));
        if (!row) continue; // a name 表6 does not print: nothing certain to say
        listed.add(row);
        if (!amount(row).isZero()) continue;
        const start = s.start + listStart + pos;
        ctx.report({
          rule: 'list-items',
          severity: 'warning',
          start,
          end: start + name.length,
          message: messages.listedZero(name, g.name, refText(row)),
          actual: name,
          cells: row.values.amount ? [refToString(row.values.amount.cell)] : [],
        });
      }
      if (listed.size === 0) continue;
      const total = Dec.sum(rows.map(amount));
      if (total.isZero()) continue;
      for (const r of rows) {
        const a = amount(r);
        if (listed.has(r) || a.isZero() || a.lt(total.mul(LARGE))) continue;
        ctx.report({
          rule: 'list-items',
          severity: 'warning',
          start: s.start + from,
          end: s.start + from + 4,
          message: messages.leftOut(
            normaliseSubjectName(r.name),
            amountText(a),
            a.mul(Dec.HUNDRED).div(total, 2).toFixed(2) + '%',
            g.name,
          ),
          expected: normaliseSubjectName(r.name),
        });
      }
    }
  }
}

function refText(r: SubjectRow): string {
  const f = r.values.amount;
  return `${r.code} ${normaliseSubjectName(r.name)}${f ? `，${refToString(f.cell)}` : ''}`;
}

export const subjectRules: readonly LintRule[] = [
  {
    id: 'subject-name',
    title: '科目名称与决算表不符或为旧版名称',
    severity: 'error',
    family: 'workbook',
    check: (ctx) => itemNames(ctx),
    examples: {
      valid:
        '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n1、文化旅游体育与传媒支出（类）文化和旅游（款）其他文化和旅游支出（项）。年初预算为0.00万元，支出决算为5.00万元。',
      invalid: [
        '五、一般公共预算财政拨款支出决算情况说明\n（三）一般公共预算财政拨款支出决算具体情况\n1、文化体育与传媒支出（类）文化（款）其他文化支出（项）。年初预算为0.00万元，支出决算为5.00万元。',
        '文化体育与传媒支出',
      ],
    },
  },
  {
    id: 'list-items',
    title: '“主要包括”所列项目与基本支出明细表不符',
    severity: 'warning',
    family: 'workbook',
    check: (ctx) => lists(ctx),
  },
];
