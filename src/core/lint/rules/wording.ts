import type { Claim } from '../claims';
import type { LintContext } from '../context';
import type { LintRule } from './rule';
import { LABEL_REPORTED } from './workbook';

/**
 * Wording (用语): direction words (domain.md: "增加 X 万元，增长 Y%" / "减少 X 万元，下降 Y%" / "持平";
 * "增减" says no direction), 总计 used for a 合计 that is then added to, a repeated lead phrase
 * ("主要原因是：主要原因是"), and a few slips seen in published texts.
 */
export const messages = {
  bad: (word: string, right: string | undefined) =>
    `“${word}”不是方向词，应按数字写“增加/减少”或“增长/下降”${right ? `，此处应为“${right}”` : ''}`,
  amountWordOnPercent: (word: string, right: string) => `增减幅度宜写“${right}”，文中写“${word}”`,
  total: (label: string, right: string) =>
    `“${label}”后文又与结转结余相加得出“总计”，此处应为“${right}”（本年数），不是总计`,
  repeated: (phrase: string) => `“${phrase}”重复`,
  typo: (wrong: string, right: string) => `疑似错字：“${wrong}”应为“${right}”`,
};

function directionWords(ctx: LintContext, claims: readonly Claim[]): void {
  const signs = new Map<number, number>();
  for (const c of claims) {
    if (c.type === 'difference') signs.set(c.diff.id, c.current.value.cmp(c.base.value));
    if (c.type === 'change' && c.sign !== undefined) {
      signs.set(c.pct.id, c.sign);
      if (c.diff) signs.set(c.diff.id, c.sign);
    }
  }
  for (const m of ctx.mentions) {
    const w = m.directionWord;
    if (!w) continue;
    const sign = signs.get(m.id);
    if (m.direction === 'bad') {
      const right =
        sign === undefined || sign === 0
          ? undefined
          : m.kind === 'percent'
            ? sign > 0
              ? '增长'
              : '下降'
            : sign > 0
              ? '增加'
              : '减少';
      ctx.report({
        rule: 'direction-word',
        severity: 'error',
        start: w.start,
        end: m.end,
        message: messages.bad(w.word, right),
        actual: w.word,
        expected: right,
        suggestion: right ? ctx.quote(w.start, m.end).replace(w.word, right) : undefined,
        wrong: [m],
      });
    } else if (m.kind === 'percent' && (w.word === '减少' || w.word === '增加')) {
      const right = w.word === '减少' ? '下降' : '增长';
      ctx.report({
        rule: 'direction-word',
        severity: 'info',
        start: w.start,
        end: m.end,
        message: messages.amountWordOnPercent(w.word, right),
        actual: w.word,
        expected: right,
        suggestion: ctx.quote(w.start, m.end).replace(w.word, right),
      });
    }
  }
}

const GRAND = /^(收入支出|财政拨款收入支出|财政拨款)?总计$/;

function totalForSubtotal(ctx: LintContext): void {
  for (const s of ctx.sentences) {
    const ms = s.mentions.filter((m) => m.kind === 'amount' && m.role === 'main');
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      if (!/总计$/.test(m.label) || GRAND.test(m.label) || ctx.noted(m, LABEL_REPORTED)) continue;
      const later = ms.slice(i + 1).find((x) => GRAND.test(x.label));
      if (!later) continue;
      const between = ms.slice(i + 1, ms.indexOf(later));
      if (!between.some((x) => /结转|结余/.test(x.label))) continue;
      const at = ctx.norm.text.lastIndexOf('总计', m.start);
      const right = /支出/.test(m.label) ? '支出合计' : /收入/.test(m.label) ? '收入合计' : '合计';
      const start = at - (/(收入|支出)总计$/.test(m.label) ? 2 : 0);
      ctx.report({
        rule: 'total-vs-subtotal',
        severity: 'warning',
        start,
        end: m.end,
        message: messages.total(ctx.norm.text.slice(start, at + 2), right),
        actual: ctx.norm.text.slice(start, at + 2),
        expected: right,
        suggestion: ctx.quote(start, m.end).replace(/(收入|支出)?总计/, right),
      });
    }
  }
}

const REPEATED = /(主要原因是|主要原因为|主要原因|主要是因为|主要是)[：:，,]?\s*\1/g;

function repeatedPhrase(ctx: LintContext): void {
  for (const s of ctx.sentences) {
    REPEATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = REPEATED.exec(s.text))) {
      const start = s.start + m.index;
      ctx.report({
        rule: 'repeated-phrase',
        severity: 'warning',
        start,
        end: start + m[0].length,
        message: messages.repeated(m[1]),
        actual: m[0],
        suggestion: m[1] + '：',
      });
    }
    // "主要包括……；主要包括……": a clause that starts again with 主要包括 and no figure between — the list twice.
    const first = s.text.indexOf('主要包括');
    const second = first < 0 ? -1 : s.text.indexOf('主要包括', first + 4);
    if (second > 0) {
      const a = s.start + first;
      const b = s.start + second;
      const lead = s.text[second - 1];
      if ((lead === '；' || lead === '。') && !s.mentions.some((x) => x.start > a && x.start < b)) {
        ctx.report({
          rule: 'repeated-phrase',
          severity: 'warning',
          start: b,
          end: b + 4,
          message: '“主要包括”在同一项下重复出现，内容重复，请删去一处',
          actual: '主要包括',
        });
      }
    }
  }
}

/** [pattern, wrong character, right character]: slips seen in published texts (末/未, 为/未, 各/和). */
const TYPOS: readonly [RegExp, string, string][] = [
  [/结转各结余/g, '各', '和'],
  [/当年末使用完/g, '末', '未'],
  [/均为(进行|发生|购置|安排)/g, '为', '未'],
];

function typos(ctx: LintContext): void {
  for (const s of ctx.sentences) {
    for (const [re, from, to] of TYPOS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s.text))) {
        const start = s.start + m.index;
        const right = m[0].replace(from, to);
        ctx.report({
          rule: 'typo',
          severity: 'warning',
          start,
          end: start + m[0].length,
          message: messages.typo(m[0], right),
          actual: m[0],
          expected: right,
          suggestion: right,
        });
      }
    }
  }
}

export const wordingRules: readonly LintRule[] = [
  {
    id: 'direction-word',
    title: '方向词不规范（“增减”、幅度写“减少”）',
    severity: 'error',
    family: 'wording',
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，下降10.00%。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入90.00万元，与2020年度收入100.00万元相比，减少10.00万元，增减10.00%。',
        '增减10.00%',
      ],
    },
    check: directionWords,
  },
  {
    id: 'total-vs-subtotal',
    title: '本年数误写为“总计”',
    severity: 'warning',
    family: 'wording',
    examples: {
      valid: '一、收入支出决算总体情况说明\n2021年度收入合计100.00万元，年初结转和结余20.00万元，总计120.00万元。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入总计100.00万元，年初结转和结余20.00万元，总计120.00万元。',
        '收入总计100.00万元',
      ],
    },
    check: (ctx) => totalForSubtotal(ctx),
  },
  {
    id: 'repeated-phrase',
    title: '用语重复（“主要原因是：主要原因是”）',
    severity: 'warning',
    family: 'wording',
    examples: {
      valid: '一、收入支出决算总体情况说明\n2021年度收入100.00万元，主要原因是：业务增加。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，主要原因是：主要原因是业务增加。',
        '主要原因是：主要原因是',
      ],
    },
    check: (ctx) => repeatedPhrase(ctx),
  },
  {
    id: 'typo',
    title: '常见错字',
    severity: 'warning',
    family: 'wording',
    check: (ctx) => typos(ctx),
    examples: {
      valid: '一、收入支出决算总体情况说明\n2021年度支出100.00万元，年末结转和结余0万元，总计100.00万元。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度支出100.00万元，年末结转各结余0万元，总计100.00万元。',
        '结转各结余',
      ],
    },
  },
];
