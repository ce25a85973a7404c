import type { LintContext } from '../context';
import type { LintSeverity } from '../types';
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

export const completenessRules: readonly LintRule[] = [
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
