import type { LintContext } from '../context';
import type { LintSeverity, Sentence } from '../types';
import type { LintRule } from './rule';

/**
 * Completeness and finish (capabilities 10 and 11; the official 决算公开检查表 asks for each): nothing left
 * unfilled (the tool's own 【请填写：…】, 待填写, “XX”, an empty 【】, “202 年度”, a template's alternatives
 * “下降（增长）”, a number left out before 万元 or %), no doubled punctuation, “%” never followed by a unit, and a
 * percentage never written without its “%”. Runs over the whole document (parts 一 to 五), not only part 三.
 */
export const messages = {
  placeholder: (what: string) => `待填写内容未填：“${what}”，公开前须填写`,
  leftover: (what: string, why: string) => `模板残留：“${what}”${why}，公开前须改正`,
  punctuation: (what: string) => `标点重复或连用：“${what}”`,
  percentUnit: (what: string) => `“%”后不应再跟单位：“${what}”`,
  percentSign: (what: string) => `百分比缺少“%”：“${what}”`,
  emptyTable: (table: string) => `${table}无数据，本部分应说明（如“本单位无…，故本表无数据”）`,
  saysNone: (what: string, table: string) => `文中说“${what}”，但${table}有数据，前后矛盾`,
  threePublicParts: (missing: string) =>
    `“三公”经费应分别说明因公出国（境）费、公务用车购置费、运行维护费和公务接待费，缺少：${missing}`,
  receptionCounts: '公务接待费不为0，应写明接待批次（团组）和人次',
  reason: (actual: string, budget: string) => `决算数 ${actual} 万元与年初预算 ${budget} 万元不同，未说明原因`,
};

interface Pattern {
  readonly re: RegExp;
  readonly severity: LintSeverity;
  readonly message: (what: string) => string;
}

/** Placeholders a draft carries on purpose (warnings: to fill before publication). */
const PLACEHOLDERS: readonly Pattern[] = [
  { re: /【[^【】\n]*】/g, severity: 'warning', message: (w) => messages.placeholder(w) },
  { re: /(?:待填写|待补充|请填写)(?!【)(?![^【\n]*】)/g, severity: 'warning', message: (w) => messages.placeholder(w) },
];

/** Template leftovers (errors: a published text never holds them). */
const LEFTOVERS: readonly Pattern[] = [
  {
    re: /(?:增加|减少|增长|下降|大于|小于|高于|低于)（(?:增加|减少|增长|下降|大于|小于|高于|低于|或[^）\n]{0,12})）/g,
    severity: 'error',
    message: (w) => messages.leftover(w, '（模板中的备选用语，应按数字只保留一个）'),
  },
  {
    re: /（或[^（）\n]{1,16}）/g,
    severity: 'error',
    message: (w) => messages.leftover(w, '（模板中的备选用语）'),
  },
  {
    re: /[XＸ×]{2,}/g,
    severity: 'error',
    message: (w) => messages.leftover(w, '（模板占位符）'),
  },
  {
    re: /(?<!\d)\d{3}年度/g,
    severity: 'error',
    message: (w) => messages.leftover(w, '（年份不完整）'),
  },
  {
    re: /(?:占|为|增加|减少|增长|下降|支出|收入|合计|共计|金额)(?:万元|%)/g,
    severity: 'error',
    message: (w) => messages.leftover(w, '（数字空缺）'),
  },
];

const PUNCTUATION: readonly Pattern[] = [
  { re: /([。，；：、！？])\1+|[，；：、][。]|[。][，；、]/g, severity: 'warning', message: messages.punctuation },
  { re: /\d+(?:\.\d+)?%(?:万元|元|个|人次|人)/g, severity: 'error', message: messages.percentUnit },
];

/** "占76.23；": a share written without its %. */
const PERCENT_SIGN = /占(?:比)?(?:为)?[^，。；、\d\n]{0,14}?的?(\d{1,3}\.\d{1,2})(?=[，。；、）\n]|$)/g;

function scan(ctx: LintContext, rule: string, patterns: readonly Pattern[]): void {
  const text = ctx.norm.text;
  for (const p of patterns) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      const what = ctx.quote(m.index, m.index + m[0].length);
      ctx.report({
        rule,
        severity: p.severity,
        start: m.index,
        end: m.index + m[0].length,
        message: p.message(what),
        actual: what,
        ...(inSection(ctx, m.index) ? {} : { section: '' }),
      });
    }
  }
}

/** Offsets outside any sentence of part 三 (parts 一, 二, 四, 五): reported without a section. */
function inSection(ctx: LintContext, offset: number): boolean {
  return ctx.sentenceAt(offset) !== undefined;
}

function percentSign(ctx: LintContext): void {
  const text = ctx.norm.text;
  PERCENT_SIGN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_SIGN.exec(text))) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    const what = ctx.quote(m.index, end);
    ctx.report({
      rule: 'percent-sign',
      severity: 'error',
      start: m.index,
      end,
      message: messages.percentSign(what),
      actual: what,
      suggestion: ctx.quote(m.index, start) + m[1] + '%',
      ...(inSection(ctx, m.index) ? {} : { section: '' }),
    });
  }
}

/** The sentences of part 三 whose section is about `kind`, and the heading marker of the first such section. */
function sectionOf(ctx: LintContext, kind: string): { text: string; start: number; end: number } | undefined {
  const ss = ctx.sentences.filter((s) => s.sectionKind === kind);
  if (ss.length === 0) return undefined;
  return { text: ss.map((s) => s.text).join(''), start: ss[0].start, end: ss[0].end };
}

const NONE = /无|没有|未发生|未安排|未开支|不涉及/;

/**
 * Capability 11 (决算公开检查表): a table with no figure (三公, 政府性基金, 国有资本经营) is explained in its section
 * ("本单位无…，故本表无数据"), and a section that says there is none while the table has figures contradicts it.
 */
function emptyTables(ctx: LintContext): void {
  const d = ctx.disclosure;
  if (!d) return;
  const tables = [
    { id: 'T07' as const, kind: 'threePublic', name: '“三公”经费', keys: ['actual.total', 'budget.total'] },
    {
      id: 'T08' as const,
      kind: 'fund',
      name: '政府性基金预算财政拨款',
      keys: ['income', 'expTotal', 'carryIn', 'carryOut'],
    },
    {
      id: 'T09' as const,
      kind: 'soe',
      name: '国有资本经营预算财政拨款',
      keys: ['income', 'expTotal', 'carryIn', 'carryOut'],
    },
  ];
  for (const t of tables) {
    const model = d.tables[t.id];
    if (!model) continue;
    const figs = t.keys.map((k) => (t.id === 'T07' ? model.items[k] : model.totalRow?.[k]));
    const numbers = figs.filter((f) => f && f.state === 'number');
    const empty = figs.every((f) => !f || f.state === 'blank' || (f.state === 'number' && f.value.isZero()));
    const sec = sectionOf(ctx, t.kind);
    if (!sec) continue;
    const saysNone = new RegExp(
      `(?:无|没有)[^，。；]{0,8}${t.kind === 'threePublic' ? '三公' : t.kind === 'fund' ? '政府性基金' : '国有资本'}`,
    );
    if (empty && !NONE.test(sec.text)) {
      ctx.report({
        rule: 'empty-table',
        severity: 'warning',
        start: sec.start,
        end: sec.end,
        message: messages.emptyTable(model.title || t.name),
      });
    } else if (!empty && numbers.some((f) => !f!.value.isZero()) && saysNone.test(sec.text)) {
      const m = saysNone.exec(sec.text)!;
      const at = ctx.norm.text.indexOf(m[0], sec.start);
      ctx.report({
        rule: 'empty-table',
        severity: 'error',
        start: at,
        end: at + m[0].length,
        message: messages.saysNone(m[0], model.title || t.name),
      });
    }
  }
}

/** Capability 11: the 三公 section gives its four parts separately, and 公务接待 with its 批次 and 人次. */
function threePublicDetail(ctx: LintContext): void {
  const sec = sectionOf(ctx, 'threePublic');
  if (!sec) return;
  const parts: [RegExp, string][] = [
    [/因公出国/, '因公出国（境）费'],
    [/购置费|车辆购置|购置公务用车|购置及运行/, '公务用车购置费'],
    [/运行维护|运行费|购置及运行/, '公务用车运行维护费'],
    [/公务接待/, '公务接待费'],
  ];
  const missing = parts.filter(([re]) => !re.test(sec.text)).map(([, name]) => name);
  if (missing.length > 0)
    ctx.report({
      rule: 'three-public-detail',
      severity: 'warning',
      start: sec.start,
      end: sec.end,
      message: messages.threePublicParts(missing.join('、')),
    });
  const reception =
    ctx.facts.get('tp.reception')?.[0]?.value ??
    (ctx.disclosure?.tables.T07?.items['actual.reception']?.state === 'number'
      ? ctx.disclosure.tables.T07.items['actual.reception'].value
      : undefined);
  if (reception && !reception.isZero() && !(/批次|团组|批/.test(sec.text) && /人次|人/.test(sec.text)))
    ctx.report({
      rule: 'three-public-detail',
      severity: 'warning',
      start: sec.start,
      end: sec.end,
      message: messages.receptionCounts,
    });
}

/** Capability 11: a 项 whose 决算 differs from its 年初预算 says why. */
function reasons(ctx: LintContext): void {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of ctx.sentences) {
    if (!s.itemTitle || !['general', 'fund', 'soe'].includes(s.sectionKind)) continue;
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (const ss of byParagraph.values()) {
    const ms = ss.flatMap((s) => s.mentions).filter((m) => m.kind === 'amount');
    const budget = ms.find((m) => m.role === 'budget');
    const actual = ms.find((m) => m.role === 'main' && (!budget || m.start > budget.start));
    if (!budget || !actual || budget.value.eq(actual.value)) continue;
    const text = ss.map((s) => s.text).join('');
    if (/原因|由于|因为|主要是|系/.test(text)) continue;
    ctx.report({
      rule: 'reason-missing',
      severity: 'warning',
      start: actual.start,
      end: actual.end,
      message: messages.reason(actual.value.toFixed(actual.decimals), budget.value.toFixed(budget.decimals)),
    });
  }
}

export const completenessRules: readonly LintRule[] = [
  {
    id: 'empty-table',
    title: '无数据的表未说明，或说“无”而表中有数',
    severity: 'warning',
    family: 'completeness',
    check: (ctx) => emptyTables(ctx),
  },
  {
    id: 'three-public-detail',
    title: '“三公”经费未分项说明或缺接待批次、人次',
    severity: 'warning',
    family: 'completeness',
    check: (ctx) => threePublicDetail(ctx),
    examples: {
      valid:
        '七、“三公”经费支出决算情况说明\n　　因公出国（境）费0.00万元；公务用车购置费0.00万元，运行维护费8.00万元；公务接待费0.07万元，共接待1批次10人次。',
      invalid: [
        '七、“三公”经费支出决算情况说明\n　　因公出国（境）费0.00万元；公务用车购置费0.00万元，运行维护费8.00万元；公务接待费0.07万元。',
        '七、“三公”经费支出决算情况说明',
      ],
    },
  },
  {
    id: 'reason-missing',
    title: '决算与预算不同而未说明原因',
    severity: 'warning',
    family: 'completeness',
    check: (ctx) => reasons(ctx),
    examples: {
      valid:
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为695.13万元，支出决算为886.56万元，决算数大于预算数的主要原因是临时性工作增加。',
      invalid: [
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为695.13万元，支出决算为886.56万元。',
        '886.56万元',
      ],
    },
  },
  {
    id: 'placeholder',
    title: '待填写内容未填（【请填写：…】、待填写）',
    severity: 'warning',
    family: 'completeness',
    check: (ctx) => scan(ctx, 'placeholder', PLACEHOLDERS),
    examples: {
      valid: '七、“三公”经费\n　　公务接待费支出0.07万元，主要原因是接待次数减少。',
      invalid: ['一、收入支出决算总体情况说明\n　　主要原因：【请填写主要原因】。', '【请填写主要原因】'],
    },
  },
  {
    id: 'template-leftover',
    title: '模板残留（“下降（增长）”、“XX”、“202 年度”、空缺的数字）',
    severity: 'error',
    family: 'completeness',
    check: (ctx) => scan(ctx, 'template-leftover', LEFTOVERS),
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n　　2024年度收入支出总计1200.00万元，与2023年度相比，减少100.00万元，下降7.69%。',
      invalid: ['一、收入支出决算总体情况说明\n　　收入支出总计减少100.00万元，下降（增长）7.69%。', '下降（增长）'],
    },
  },
  {
    id: 'punctuation',
    title: '标点重复（“。。”）或“%”后跟单位',
    severity: 'warning', // "%" followed by a unit is an error: the figure is ambiguous
    family: 'completeness',
    check: (ctx) => scan(ctx, 'punctuation', PUNCTUATION),
    examples: {
      valid: '二、收入决算情况说明\n　　本年收入合计100.00万元，其中：财政拨款收入100.00万元，占100%。',
      invalid: ['二、收入决算情况说明\n　　本年收入合计100.00万元。。', '。。'],
    },
  },
  {
    id: 'percent-sign',
    title: '百分比缺少“%”（“占76.23”）',
    severity: 'error',
    family: 'completeness',
    check: (ctx) => percentSign(ctx),
    examples: {
      valid: '三、支出决算情况说明\n　　本年支出合计100.00万元，其中：基本支出76.23万元，占76.23%。',
      invalid: ['三、支出决算情况说明\n　　本年支出合计100.00万元，其中：基本支出76.23万元，占76.23；', '占76.23'],
    },
  },
];
