import { normaliseSubjectName } from '../../catalogue';
import { FORMER_NAME_CODES, FUNCTIONAL_ROWS } from '../../catalogue/functional';
import { Dec } from '../../decimal/dec';
import { refToString } from '../../grid/grid';
import { usable } from '../../model/figure';
import type { Disclosure, SubjectRow, TableId } from '../../model/types';
import { parseSubjectTitle } from '../concepts';
import type { LintContext } from '../context';
import { amountText } from '../format';
import { sameItem } from '../structure';
import type { Mention, Sentence } from '../types';
import type { LintRule } from './rule';

/**
 * 科目 (capabilities 6 and 7): the 类/款/项 names of the items of 五（三）, 八 and 九 against the workbook's names
 * for that 项 (a 项 listed under another 款's name; a 项 name the workbook does not print, its row found by the
 * item's amount), names of a retired edition of the classification at every level, and the
 * “主要包括：…” lists of 人员经费 / 公用经费 against 表6 (items listed that are zero there, large items left out).
 */
export const messages = {
  level: (level: string, written: string, code: string, item: string, right: string) =>
    `${level}名称与决算表不符：${code} ${item} 属于“${right}”，文中写作“${written}”`,
  retired: (old: string, current: string) => `“${old}”是旧版科目名称，现行名称为“${current}”`,
  item: (written: string, code: string, right: string, amount: string) =>
    `项名称与决算表不符：决算表中 ${amount} 万元的项是“${code} ${right}”，文中写作“${written}”`,
  listedZero: (name: string, group: string, where: string) =>
    `${group}“主要包括”列出的“${name}”在基本支出决算明细表中为0或空白（${where}），不应列出`,
  leftOut: (name: string, amount: string, share: string, group: string) =>
    `${group}“主要包括”未列出金额较大的“${name}”（${amount} 万元，占${share}）`,
};

const TABLE_OF: Readonly<Record<string, TableId>> = { general: 'T05', fund: 'T08', soe: 'T09' };

const norm = (s: string) => normaliseSubjectName(s).replace(/支出$/, '');

/**
 * Former names (an earlier edition of the classification) → the code and current name, by level (类 3, 款 5,
 * 项 7 digits): the catalogue's aliases of FORMER_NAME_CODES, each cited there. Beyond these, the workbook's own
 * printed name for the code is the authority (domain.md: the workbook's names are authoritative for its year).
 */
const RETIRED: ReadonlyMap<string, { code: string; name: string }> = new Map(
  FUNCTIONAL_ROWS.filter(([code, , , aliases]) => aliases && FORMER_NAME_CODES.has(code)).flatMap(
    ([code, name, , aliases]) =>
      aliases!.map((a) => [`${code.length}|${norm(a)}`, { code, name }] as [string, { code: string; name: string }]),
  ),
);
const CODE_LENGTH = [3, 5, 7] as const;
const LEVEL_NAMES = ['类', '款', '项'] as const;

/** Rows by code and names by level, once per rows array (models are immutable): each item is a lookup, not a scan. */
interface Index {
  readonly byCode: Map<string, SubjectRow>;
  readonly names: Set<string>;
  readonly items: Map<string, SubjectRow[]>;
}
const indexes = new WeakMap<readonly SubjectRow[], Index>();

function index(d: Disclosure, id: TableId): Index {
  const rows = d.tables[id]?.rows ?? [];
  let ix = indexes.get(rows);
  if (!ix) {
    ix = { byCode: new Map(), names: new Set(), items: new Map() };
    for (const r of rows) {
      if (!ix.byCode.has(r.code)) ix.byCode.set(r.code, r);
      ix.names.add(`${r.code.length}|${norm(r.name)}`);
      if (r.code.length === 7) {
        const k = norm(r.name);
        ix.items.set(k, [...(ix.items.get(k) ?? []), r]);
      }
    }
    indexes.set(rows, ix);
  }
  return ix;
}

function rowByCode(d: Disclosure, id: TableId, code: string): SubjectRow | undefined {
  return index(d, id).byCode.get(code);
}

/** The item's 决算 figure: the first current-year amount of the item (“支出决算为886.56万元”). */
function itemAmount(ctx: LintContext, first: Sentence): Mention | undefined {
  for (let i = first.index; i < ctx.sentences.length && sameItem(first, ctx.sentences[i]); i++) {
    const m = ctx.sentences[i].mentions.find((x) => x.kind === 'amount' && x.role === 'main');
    if (m) return m;
  }
  return undefined;
}

/** Rows among `rows` whose amount is the item's figure, within the printed rounding of both. */
function byAmount(rows: readonly SubjectRow[], col: string, m: Mention): SubjectRow[] {
  return rows.filter((r) => {
    const f = r.values[col];
    return usable(f) && f.state === 'number' && f.value.sub(m.value).abs().lte(f.half.add(m.shown.half));
  });
}

interface Resolved {
  readonly row: SubjectRow;
  /** The row was found by the item's amount, not by its 项 name. */
  readonly byAmount: boolean;
  /** Only one row can be meant (by code, a unique name, the written 款, or a unique amount within the 款). */
  readonly certain: boolean;
}

/**
 * The workbook's 项 row an item title names: by the code it prints; by 项 name (under the written 款 when the name
 * is in several 款); else — a 项 name the workbook does not print — by the item's amount, in the written 款 first.
 */
function resolve(ctx: LintContext, d: Disclosure, id: TableId, s: Sentence, parsed: Parsed): Resolved | undefined {
  if (parsed.code) {
    const row = rowByCode(d, id, parsed.code);
    return row && row.code.length === 7 ? { row, byAmount: false, certain: true } : undefined;
  }
  const ix = index(d, id);
  const [, kuan, item] = parsed.names;
  const underKuan = (r: SubjectRow) => norm(ix.byCode.get(r.code.slice(0, 5))?.name ?? '') === norm(kuan);
  const col = id === 'T05' ? 'total' : 'expTotal';
  const amount = itemAmount(ctx, s);
  const named = ix.items.get(norm(item)) ?? [];
  if (named.length === 1) return { row: named[0], byAmount: false, certain: true };
  if (named.length > 1) {
    const inKuan = named.filter(underKuan);
    if (inKuan.length === 1) return { row: inKuan[0], byAmount: false, certain: true };
    const hit = amount ? byAmount(inKuan.length > 0 ? inKuan : named, col, amount) : [];
    return hit.length === 1 ? { row: hit[0], byAmount: false, certain: true } : undefined;
  }
  if (!amount) return undefined;
  const items = (d.tables[id]?.rows ?? []).filter((r) => r.code.length === 7);
  const inKuan = byAmount(items.filter(underKuan), col, amount);
  if (inKuan.length === 1) return { row: inKuan[0], byAmount: true, certain: true };
  if (inKuan.length > 1) return undefined;
  const anywhere = byAmount(items, col, amount);
  return anywhere.length === 1 ? { row: anywhere[0], byAmount: true, certain: false } : undefined;
}

type Parsed = NonNullable<ReturnType<typeof parseSubjectTitle>>;

/**
 * Capability 6: each item title's 类, 款 and 项 names against the workbook's names for its 项 row and the rows above
 * it. A name that is a former name of that code is reported as such (old name + the workbook's current one); any
 * other difference as a name that disagrees with the workbook.
 */
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
    const found = d ? resolve(ctx, d, id, s, parsed) : undefined;
    if (!d || !found) {
      retiredNames(ctx, d, id, marker.end, title, parsed.names);
      continue;
    }
    const { row } = found;
    let from = 0;
    CODE_LENGTH.forEach((len, i) => {
      const written = parsed.names[i];
      const at = title.indexOf(written, from);
      if (at < 0) return;
      from = at + written.length;
      const printed = rowByCode(d, id, row.code.slice(0, len));
      if (!printed || norm(printed.name) === norm(written)) return;
      // The 项 level: only a row found by its amount can disagree on the name (a row found by name agrees).
      if (i === 2 && !found.byAmount) return;
      const quoted = title.startsWith('支出', at + written.length) ? written + '支出' : written;
      const start = marker.end + at;
      const right = normaliseSubjectName(printed.name);
      const former = RETIRED.get(`${len}|${norm(written)}`);
      const retired = former !== undefined && former.code === printed.code;
      // A 类 is written with or without its 支出 ("一般公共服务（类）"): keep the text's style; 款 and 项 are whole.
      const suggestion = i > 0 || quoted.endsWith('支出') ? right : right.replace(/支出$/, '');
      ctx.report({
        rule: 'subject-name',
        severity: retired ? 'warning' : 'error',
        start,
        end: start + quoted.length,
        message: retired
          ? messages.retired(quoted, right)
          : i === 2
            ? messages.item(quoted, row.code, right, amountText(itemAmount(ctx, s)!.value))
            : messages.level(LEVEL_NAMES[i], quoted, row.code, normaliseSubjectName(row.name), right),
        expected: right,
        actual: quoted,
        cells: Object.values(printed.values)
          .slice(0, 1)
          .map((f) => refToString(f.cell)),
        ...(found.certain ? { suggestion } : {}),
      });
    });
  }
}

/**
 * Without the workbook's row: a 类/款/项 written with a former name of the catalogue — unless the workbook itself
 * prints that name at that level (its year's edition).
 */
function retiredNames(
  ctx: LintContext,
  d: Disclosure | undefined,
  id: TableId,
  at: number,
  title: string,
  names: readonly string[],
): void {
  let from = 0;
  CODE_LENGTH.forEach((len, i) => {
    const name = names[i];
    const pos = title.indexOf(name, from);
    if (pos < 0) return;
    from = pos + name.length;
    const current = RETIRED.get(`${len}|${norm(name)}`);
    if (!current) return;
    if (d && index(d, id).names.has(`${len}|${norm(name)}`)) return;
    const written = title.startsWith('支出', pos + name.length) ? name + '支出' : name;
    ctx.report({
      rule: 'subject-name',
      severity: 'warning',
      start: at + pos,
      end: at + pos + written.length,
      message: messages.retired(written, current.name),
      expected: current.name,
      actual: written,
      suggestion: i > 0 || written.endsWith('支出') ? current.name : current.name.replace(/支出$/, ''),
    });
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
