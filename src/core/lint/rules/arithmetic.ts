import { Dec } from '../../decimal/dec';
import { compareSum, compareWithTolerance, percentConsistent } from '../../decimal/interval';
import type { ChangeClaim, Claim, CompareClaim, DifferenceClaim, RateClaim, ShareClaim, SumClaim } from '../claims';
import type { LintContext } from '../context';
import type { LintSeverity, Mention } from '../types';
import { amountText, percentText, severityOf, spaced } from '../format';
import type { LintRule } from './rule';

/**
 * Arithmetic inside a sentence (domain.md, "Numbers"): 增减额 = |本年 − 上年| with the right direction word,
 * 增减幅度 = 增减额 / 上年, 占比 = 部分 / 整体, 完成率 = 决算 / 年初预算, 合计 = Σ 分项. Every comparison is
 * rounding-aware: right within the rounding of the shown figures is `rounding`, not `error`.
 * Zero bases are left to the form rule zero-base.
 */
export const messages = {
  difference: (stated: string, expected: string, a: string, b: string) =>
    `增减额应为 ${expected} 万元（${a} 与 ${b} 之差），文中为 ${stated} 万元`,
  direction: (word: string, right: string, a: string, b: string) =>
    `方向词“${word}”与数字不符：本年 ${a} 万元、比较基数 ${b} 万元，应为“${right}”`,
  change: (stated: string, expected: string, num: string, base: string) =>
    `增减幅度应为 ${expected}（${num} ÷ ${base}），文中为 ${stated}`,
  share: (stated: string, expected: string, part: string, base: string, baseName: string) =>
    `占比应为 ${expected}（${part} ÷ ${baseName} ${base}），文中为 ${stated}`,
  rate: (stated: string, expected: string, actual: string, budget: string) =>
    `完成率应为 ${expected}（决算 ${actual} ÷ 年初预算 ${budget}），文中为 ${stated}`,
  sum: (stated: string, expected: string, parts: string) => `合计应为 ${expected} 万元（${parts}），文中为 ${stated}`,
  sumRounding: (stated: string, expected: string, parts: string) =>
    `分项之和 ${expected}（${parts}）与文中 ${stated} 相差在舍位误差之内（舍位差异）`,
  budgetKind: (said: string, is: string, figure: string) =>
    `“完成${said}”的比例，但文中给出的预算数是${is}（${figure}）：年初预算、全年（调整）预算和预算是不同的数，请写明按哪个预算计算`,
  compare: (word: string, right: string, actual: string, budget: string) =>
    `“决算数${word}预算数”与数字不符：决算 ${actual}、预算 ${budget}，应为“${right}”`,
};

const rounding = (msg: string) => `${msg}，在舍位误差之内（舍位差异）`;

/**
 * A replacement is suggested only when the right value is certain: against a workbook, every other figure the
 * computation uses must have been confirmed by its cell (an unconfirmed operand may be the wrong one); on the text
 * alone, the figures as written are all there is.
 */
function certain(ctx: LintContext, ...others: (Mention | undefined)[]): boolean {
  return !ctx.disclosure || others.every((m) => !m || ctx.isOk(m));
}

const isZeroBase = (base: Dec) => base.isZero();

function checkDifference(ctx: LintContext, c: DifferenceClaim): void {
  const expected = c.current.value.sub(c.base.value).abs();
  const tol = c.current.shown.half.add(c.base.shown.half).add(c.diff.shown.half);
  const r = compareWithTolerance(c.diff.value, expected, tol);
  const sev = severityOf(r.status);
  if (!sev) {
    ctx.ok(c.diff, c.current, c.base);
  } else {
    const msg = messages.difference(
      amountText(c.diff.value),
      amountText(expected),
      amountText(c.current.value),
      amountText(c.base.value),
    );
    ctx.report({
      rule: 'difference-amount',
      severity: sev,
      start: c.diff.start,
      end: c.diff.end,
      message: sev === 'rounding' ? rounding(msg) : msg,
      expected: amountText(expected),
      actual: amountText(c.diff.value),
      suggestion: certain(ctx, c.current, c.base) ? amountText(expected) : undefined,
      wrong: [c.diff],
    });
  }
}

function checkDifferenceDirection(ctx: LintContext, c: DifferenceClaim): void {
  const sign = c.current.value.cmp(c.base.value);
  const dir = c.diff.direction;
  if (sign !== 0 && (dir === 'up' || dir === 'down') && (dir === 'up') !== sign > 0) {
    const w = c.diff.directionWord!;
    ctx.report({
      rule: 'difference-direction',
      severity: 'error',
      start: w.start,
      end: c.diff.end,
      message: messages.direction(
        w.word,
        sign > 0 ? '增加' : '减少',
        amountText(c.current.value),
        amountText(c.base.value),
      ),
      expected: sign > 0 ? '增加' : '减少',
      actual: w.word,
      suggestion: sign > 0 ? '增加' : '减少',
      wrong: [c.diff],
    });
  }
}

function checkChange(ctx: LintContext, c: ChangeClaim): void {
  if (isZeroBase(c.base.shown.value)) return;
  const r = percentConsistent(c.pct.shown, c.numerator.shown, c.base.shown);
  const expected = r.expected;
  const sev = severityOf(r.status);
  if (!sev) ctx.ok(c.pct, c.diff, c.current, c.base.mention);
  else if (expected) {
    const msg = messages.change(
      percentText(c.pct.value),
      percentText(expected),
      amountText(c.numerator.shown.value),
      amountText(c.base.shown.value),
    );
    const start = c.diff?.directionWord?.start ?? c.pct.directionWord?.start ?? c.pct.start;
    const original = ctx.quote(start, c.pct.end);
    const up =
      c.sign !== undefined
        ? c.sign > 0
        : c.diff?.direction === 'up' || (c.diff?.direction !== 'down' && c.pct.direction === 'up');
    const suggestion = c.diff
      ? spaced(original, [
          c.diff.direction === 'up' || c.diff.direction === 'down' ? c.diff.directionWord!.word : up ? '增加' : '减少',
          amountText(c.diff.value),
          '万元',
          '，',
          up ? '增长' : '下降',
          percentText(expected),
        ])
      : spaced(original, [up ? '增长' : '下降', percentText(expected)]);
    ctx.report({
      rule: 'change-percent',
      severity: sev,
      start,
      end: c.pct.end,
      message: sev === 'rounding' ? rounding(msg) : msg,
      expected: percentText(expected),
      actual: percentText(c.pct.value),
      suggestion: sev === 'error' && certain(ctx, c.diff, c.current, c.base.mention) ? suggestion : undefined,
      wrong: [c.pct],
    });
  }
}

function checkChangeDirection(ctx: LintContext, c: ChangeClaim): void {
  const dir = c.pct.direction;
  if (c.sign !== undefined && c.sign !== 0 && (dir === 'up' || dir === 'down') && (dir === 'up') !== c.sign > 0) {
    const w = c.pct.directionWord!;
    ctx.report({
      rule: 'difference-direction',
      severity: 'error',
      start: w.start,
      end: c.pct.end,
      message: `方向词“${w.word}”与数字不符：应为“${c.sign > 0 ? '增长' : '下降'}”`,
      expected: c.sign > 0 ? '增长' : '下降',
      actual: w.word,
      suggestion: c.sign > 0 ? '增长' : '下降',
      wrong: [c.pct],
    });
  }
}

function checkShare(ctx: LintContext, c: ShareClaim): void {
  if (!c.base || isZeroBase(c.base.shown.value)) return;
  const r = percentConsistent(c.pct.shown, c.part.shown, c.base.shown);
  const sev = severityOf(r.status);
  if (!sev) {
    ctx.ok(c.pct, c.part);
    return;
  }
  if (!r.expected) return;
  const base = c.base.mention ? c.base.mention.value.toFixed(c.base.mention.decimals) : amountText(c.base.shown.value);
  const where =
    c.base.mention && c.base.mention.sentence !== c.s.index
      ? `（见${ctx.placeOf(ctx.sentences[c.base.mention.sentence]) || '前文'}）`
      : '';
  const msg = messages.share(
    percentText(c.pct.value),
    percentText(r.expected),
    c.part.value.toFixed(c.part.decimals),
    base + where,
    c.baseName || '整体',
  );
  reportPercent(ctx, 'share-percent', sev, c.pct, r.expected, msg, certain(ctx, c.part, c.base.mention));
}

function checkRate(ctx: LintContext, c: RateClaim): void {
  if (!c.budget || c.kindMismatch || isZeroBase(c.budget.value)) return;
  const r = percentConsistent(c.pct.shown, c.actual.shown, c.budget.shown);
  const sev = severityOf(r.status);
  if (!sev) {
    ctx.ok(c.pct, c.actual, c.budget);
    return;
  }
  if (!r.expected) return;
  const msg = messages.rate(
    percentText(c.pct.value),
    percentText(r.expected),
    amountText(c.actual.value),
    amountText(c.budget.value),
  );
  reportPercent(ctx, 'completion-rate', sev, c.pct, r.expected, msg, certain(ctx, c.actual, c.budget));
}

const KIND_NAME = { initial: '年初预算', adjusted: '全年（调整）预算', plain: '预算' } as const;

/** Capability 4: "完成年初预算的X%" computed over the 全年预算 figure (or the reverse). */
function checkRateKind(ctx: LintContext, c: RateClaim): void {
  if (!c.kindMismatch || !c.budget) return;
  const at = c.pct.rawLabel.indexOf('完成');
  const start = c.pct.start - c.pct.rawLabel.length + Math.max(at, 0);
  const budgetName = KIND_NAME[c.budget.budgetKind ?? 'plain'];
  ctx.report({
    rule: 'budget-kind',
    severity: 'error',
    start,
    end: c.pct.end,
    message: messages.budgetKind(KIND_NAME[c.kind], budgetName, writtenBudget(c.budget)),
    expected: budgetName,
    actual: KIND_NAME[c.kind],
    wrong: [c.pct],
  });
}

function writtenBudget(m: Mention): string {
  return m.value.toFixed(m.decimals) + '万元';
}

/** A written percentage that differs from the one computed: the suggestion (for an error) is the computed one. */
function reportPercent(
  ctx: LintContext,
  rule: string,
  sev: LintSeverity,
  pct: Mention,
  expected: Dec,
  msg: string,
  sure: boolean,
): void {
  ctx.report({
    rule,
    severity: sev,
    start: pct.start,
    end: pct.end,
    message: sev === 'rounding' ? rounding(msg) : msg,
    expected: percentText(expected),
    actual: percentText(pct.value),
    suggestion: sev === 'error' && sure ? percentText(expected) : undefined,
    wrong: [pct],
  });
}

function checkSum(ctx: LintContext, c: SumClaim): void {
  const r = compareSum(
    c.total.shown,
    c.parts.map((p) => p.shown),
  );
  const partsText = c.parts.map((p) => p.value.toFixed(p.decimals)).join(' + ');
  const unit = c.total.kind === 'count' ? c.total.unit : '';
  const fmt = (v: Dec) => (c.total.kind === 'count' ? v.toFixed(0) + unit : amountText(v));
  if (r.status === 'exact') {
    ctx.ok(c.total, ...c.parts);
    return;
  }
  if (!c.complete && r.difference.sign() > 0) return; // parts listed are only some of the whole
  if (r.status === 'rounding') {
    ctx.ok(c.total, ...c.parts);
    ctx.report({
      rule: 'sum-total',
      severity: 'rounding',
      start: c.total.start,
      end: c.total.end,
      message: messages.sumRounding(fmt(c.total.value), fmt(r.expected), partsText),
      expected: fmt(r.expected),
      actual: fmt(c.total.value),
    });
    return;
  }
  const msg = c.complete
    ? messages.sum(fmt(c.total.value), fmt(r.expected), partsText)
    : `分项之和 ${fmt(r.expected)}（${partsText}）大于总数 ${fmt(c.total.value)}`;
  ctx.report({
    rule: 'sum-total',
    severity: 'error',
    start: c.total.start,
    end: c.total.end,
    message: msg,
    expected: fmt(r.expected),
    actual: fmt(c.total.value),
    wrong: [c.total],
  });
}

function checkCompare(ctx: LintContext, c: CompareClaim): void {
  const sign = c.actual.value.cmp(c.budget.value);
  const said = /大于|高于|超过|超出/.test(c.word) ? 1 : /小于|低于|少于/.test(c.word) ? -1 : 0;
  const flat = /持平|相等|一致|相同/.test(c.word);
  if (sign === said) {
    ctx.ok(c.actual, c.budget);
    return;
  }
  const right = sign > 0 ? '大于' : sign < 0 ? '小于' : '等于';
  const text = ctx.norm.text.slice(c.start, c.end);
  const suggestion = flat
    ? text.replace(/与(.*?预算数?)/, `${right}$1`).replace(c.word, '')
    : text.replace(c.word, right);
  ctx.report({
    rule: 'budget-comparison',
    severity: 'error',
    start: c.start,
    end: c.end,
    message: messages.compare(c.word, right, amountText(c.actual.value), amountText(c.budget.value)),
    expected: right,
    actual: c.word,
    suggestion,
  });
}

/** The written numbers a claim relates. */
function operands(c: Claim): (Mention | undefined)[] {
  switch (c.type) {
    case 'difference':
      return [c.diff, c.current, c.base];
    case 'change':
      return [c.pct, c.diff, c.current, c.base.mention];
    case 'share':
      return [c.pct, c.part, c.base?.mention];
    case 'rate':
      return [c.pct, c.actual, c.budget];
    case 'sum':
      return [c.total, ...c.parts];
    case 'compare':
      return [c.actual, c.budget];
  }
}

/** Runs fn on every claim of a type whose numbers no earlier finding blamed (one root cause, one finding). */
function onClaims<T extends Claim['type']>(type: T, fn: (ctx: LintContext, c: Extract<Claim, { type: T }>) => void) {
  return (ctx: LintContext, claims: readonly Claim[]) => {
    for (const c of claims)
      if (c.type === type && !operands(c).some((m) => m && ctx.blamed(m))) fn(ctx, c as Extract<Claim, { type: T }>);
  };
}

export const arithmeticRules: readonly LintRule[] = [
  {
    id: 'difference-amount',
    title: '增减额与两年（或预算、决算）数字之差不符',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.11%。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，与2020年度收入90.00万元相比，增加12.00万元，增长11.11%。',
        '12.00万元',
      ],
    },
    check: onClaims('difference', checkDifference),
  },
  {
    id: 'difference-direction',
    title: '增加/减少、增长/下降与数字方向不符',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n2021年度支出80.00万元，与2020年度支出100.00万元相比，减少20.00万元，下降20.00%。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度支出80.00万元，与2020年度支出100.00万元相比，增加20.00万元，下降20.00%。',
        '增加20.00万元',
      ],
    },
    check: (ctx, claims) => {
      onClaims('difference', checkDifferenceDirection)(ctx, claims);
      onClaims('change', checkChangeDirection)(ctx, claims);
    },
  },
  {
    id: 'change-percent',
    title: '增减幅度计算错误',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长11.11%。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，与2020年度收入90.00万元相比，增加10.00万元，增长10.00%。',
        '增加10.00万元，增长10.00%',
      ],
    },
    check: onClaims('change', checkChange),
  },
  {
    id: 'share-percent',
    title: '占比计算错误或基数不对',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '二、收入决算情况说明\n2021年度收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入50.00万元，占25.00%。',
      invalid: [
        '二、收入决算情况说明\n2021年度收入合计200.00万元，其中：财政拨款收入150.00万元，占70.00%；其他收入50.00万元，占25.00%。',
        '70.00%',
      ],
    },
    check: onClaims('share', checkShare),
  },
  {
    id: 'completion-rate',
    title: '完成预算的百分比计算错误',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为100.00万元，支出决算为120.00万元，完成年初预算的120%。',
      invalid: [
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为100.00万元，支出决算为120.00万元，完成年初预算的125.00%。',
        '125.00%',
      ],
    },
    check: onClaims('rate', checkRate),
  },
  {
    id: 'budget-kind',
    title: '年初预算、全年（调整）预算混用',
    severity: 'error',
    family: 'arithmetic',
    check: onClaims('rate', checkRateKind),
    examples: {
      valid:
        '七、“三公”经费支出决算情况说明\n“三公”经费全年预算为10.00万元，支出决算为8.00万元，完成全年预算的80.00%。',
      invalid: [
        '七、“三公”经费支出决算情况说明\n“三公”经费全年预算为10.00万元，支出决算为8.00万元，完成年初预算的80.00%。',
        '完成年初预算的80.00%',
      ],
    },
  },
  {
    id: 'sum-total',
    title: '合计与分项之和不符',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid: '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余20.00万元，总计120.00万元。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余20.00万元，总计130.00万元。',
        '130.00万元',
      ],
    },
    check: onClaims('sum', checkSum),
  },
  {
    id: 'budget-comparison',
    title: '“决算数大于/小于/等于预算数”与数字不符',
    severity: 'error',
    family: 'arithmetic',
    examples: {
      valid:
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为100.00万元，支出决算为90.00万元。决算数小于年初预算数的主要原因是：节约。',
      invalid: [
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为100.00万元，支出决算为90.00万元。决算数大于年初预算数的主要原因是：节约。',
        '决算数大于年初预算数',
      ],
    },
    check: onClaims('compare', checkCompare),
  },
];
