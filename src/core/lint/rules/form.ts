import type { Claim } from '../claims';
import type { LintContext } from '../context';
import { amountText, percentText, spaced, writtenText } from '../format';
import { toChineseNumber } from '../structure';
import type { Marker, Mention } from '../types';
import type { LintRule } from './rule';

/**
 * Form (形式) of the figures: percentages over a zero base (domain.md: 年初预算 = 0 → no 完成率; both zero →
 * "本年无此项支出", never "100%"; 上年 = 0 → no 增减幅度), 元 written where 万元 is meant, decimals, and the
 * numbering of sections 一、, sub-sections （一） and items 1、.
 */
export const messages = {
  zeroZero: (pct: string) => `预算数和决算数均为0，不应写“完成预算的${pct}”，应写明本年无此项支出`,
  zeroBudget: (pct: string) => `年初预算为0，不应计算完成率（文中为 ${pct}）`,
  zeroShare: (pct: string) => `占比的基数（整体）为0，不应写“占${pct}”，应写明本年无此项`,
  zeroInitial: (pct: string) =>
    `年初预算为0，不能写“完成年初预算的${pct}”；如有调整预算，应写明完成全年（调整）预算的比例，否则说明年初未安排预算的原因`,
  zeroPrior: (pct: string) => `比较基数为0，不应计算增减幅度（文中为 ${pct}），应写“上年无此项支出”或说明增加额`,
  yuan: (written: string, confirmed: boolean) =>
    `金额单位疑似错写为“元”：${written}${confirmed ? '，按万元计算与本句其他数字一致' : '，全文其他金额均以万元为单位'}`,
  decimals: (written: string, right: string) => `金额应保留两位小数：${written} 宜写为 ${right}`,
  percentDecimals: (written: string) => `百分比宜保留两位小数：${written}`,
  duplicate: (label: string, right: string) => `编号“${label}”与上一编号重复，应为“${right}”`,
  skipped: (label: string, right: string) => `编号“${label}”跳号，按顺序应为“${right}”`,
};

/** A completion rate over a zero budget (the budget in the text, or only in the workbook). */
export function reportZeroRate(
  ctx: LintContext,
  pct: Mention,
  bothZero: boolean,
  initial: boolean,
  where?: string,
): void {
  const { start, end } = completionQuote(pct);
  const p = percentText(pct.value);
  ctx.report({
    rule: 'zero-base',
    severity: 'error',
    start,
    end,
    message:
      (bothZero ? messages.zeroZero(p) : initial ? messages.zeroInitial(p) : messages.zeroBudget(p)) +
      (where ? `（${where}为0）` : ''),
    actual: p,
    suggestion: bothZero ? '本年无此项支出' : undefined,
    wrong: [pct],
  });
}

/** "完成预算的100%": from 完成 (or the clause start) to the end of the percentage. */
function completionQuote(m: Mention): { start: number; end: number } {
  const at = m.rawLabel.indexOf('完成');
  return { start: m.start - m.rawLabel.length + Math.max(at, 0), end: m.end };
}

function zeroBase(ctx: LintContext, claims: readonly Claim[]): void {
  for (const c of claims) {
    if (c.type === 'rate' && c.budget && c.budget.value.isZero() && !c.kindMismatch) {
      reportZeroRate(ctx, c.pct, c.actual.value.isZero(), c.kind === 'initial');
    } else if (c.type === 'share' && c.base && c.base.shown.value.isZero()) {
      // 占…的X% of a zero total: there is no share to state (0 ÷ 0 is not 0%).
      ctx.report({
        rule: 'zero-base',
        severity: 'error',
        start: c.pct.start,
        end: c.pct.end,
        message: messages.zeroShare(percentText(c.pct.value)),
        actual: percentText(c.pct.value),
        wrong: [c.pct],
      });
    } else if (c.type === 'change' && c.base.shown.value.isZero()) {
      ctx.report({
        rule: 'zero-base',
        severity: 'error',
        start: c.pct.directionWord?.start ?? c.pct.start,
        end: c.pct.end,
        message: messages.zeroPrior(percentText(c.pct.value)),
        actual: percentText(c.pct.value),
        wrong: [c.pct],
      });
    }
  }
}

function unitYuan(ctx: LintContext): void {
  for (const m of ctx.mentions) {
    if (!m.unitSuspect) continue;
    const confirmed = ctx.isOk(m);
    const original = ctx.quote(m.start, m.end);
    ctx.report({
      rule: 'unit-yuan',
      severity: confirmed ? 'error' : 'warning',
      start: m.start,
      end: m.end,
      message: messages.yuan(original, confirmed),
      expected: m.value.toFixed(m.decimals) + '万元',
      actual: original,
      suggestion: spaced(original, [m.value.toFixed(m.decimals), '万元']),
      wrong: confirmed ? [] : [m],
    });
  }
}

function decimals(ctx: LintContext): void {
  const amounts = ctx.mentions.filter((m) => m.kind === 'amount' && !m.value.isZero());
  const two = amounts.filter((m) => m.decimals === 2).length;
  if (two * 2 < amounts.length) return; // the text does not write 2 decimals as a rule
  for (const m of amounts) {
    if (m.decimals === 2) continue;
    ctx.report({
      rule: 'decimals',
      severity: 'info',
      start: m.start,
      end: m.end,
      message: messages.decimals(writtenText(m), amountText(m.value) + (m.unitSuspect ? '元' : m.unit)),
      expected: amountText(m.value),
      actual: m.value.toFixed(m.decimals),
      suggestion: amountText(m.value) + (m.unitSuspect ? '元' : m.unit),
    });
  }
  for (const m of ctx.mentions) {
    if (m.kind !== 'percent' || m.decimals === 2) continue;
    if (m.decimals === 0 && (m.value.isZero() || m.value.toFixed() === '100')) continue;
    ctx.report({
      rule: 'decimals',
      severity: 'info',
      start: m.start,
      end: m.end,
      message: messages.percentDecimals(writtenText(m)),
      actual: writtenText(m),
    });
  }
}

/** Label for number n in the style of the marker found ("六、", "（三）", "7、", "7."). */
function relabel(m: Marker, n: number): string {
  if (m.level === 'part') return `第${toChineseNumber(n)}部分`;
  if (m.level === 'section') return toChineseNumber(n) + '、';
  if (m.level === 'sub') return /\d/.test(m.label) ? `（${n}）` : `（${toChineseNumber(n)}）`;
  return String(n) + m.label.slice(String(m.number).length);
}

function numbering(ctx: LintContext): void {
  const last = new Map<string, number>();
  let section = '';
  let sub = '';
  for (const m of ctx.markers) {
    if (!Number.isFinite(m.number)) continue;
    if (m.level === 'section') {
      section = String(m.start);
      sub = '';
    } else if (m.level === 'sub') sub = String(m.start);
    const scope = m.level === 'section' ? 'S' : m.level === 'sub' ? 'U' + section : 'I' + section + '/' + sub;
    const prev = last.get(scope) ?? 0;
    last.set(scope, m.number);
    if (m.number === prev + 1) continue;
    if (m.number === prev) {
      ctx.report({
        rule: 'numbering',
        severity: 'error',
        start: m.start,
        end: m.end,

        message: messages.duplicate(m.label, relabel(m, prev + 1)),
        expected: relabel(m, prev + 1),
        actual: m.label,
        suggestion: relabel(m, prev + 1),
      });
      last.set(scope, prev + 1);
    } else if (prev === 0 && m.number !== 1) {
      continue; // an excerpt that starts elsewhere
    } else {
      ctx.report({
        rule: 'numbering',
        severity: 'warning',
        start: m.start,
        end: m.end,

        message: messages.skipped(m.label, relabel(m, prev + 1)),
        expected: relabel(m, prev + 1),
        actual: m.label,
        suggestion: relabel(m, prev + 1),
      });
    }
  }
}

/**
 * Capability 10, the rest of the document: the parts 第一部分 … 第五部分 and the headings of parts 一, 二, 四 and 五
 * (附件 included). Outside part 三 a list may start again at 1 anywhere — the rows of a printed table (“一、一般公共
 * 预算财政拨款收入” under “一、收入支出决算总表”), a 目录 before the parts, an attachment's own list — so a 1 opens
 * a new list inside the open ones, and a number that continues any open list closes the lists inside it. What is
 * left is a number repeated or skipped: reported as in part 三.
 */
function outerNumbering(ctx: LintContext): void {
  const open = new Map<string, number[]>();
  const at: Record<Marker['level'], number> = { part: -1, section: -1, sub: -1, item: -1 };
  for (const m of ctx.outerMarkers) {
    if (!Number.isFinite(m.number)) continue;
    const scope =
      m.level === 'part'
        ? 'P'
        : m.level === 'section'
          ? `S${at.part}`
          : m.level === 'sub'
            ? `U${at.part}/${at.section}`
            : `I${at.part}/${at.section}/${at.sub}`;
    at[m.level] = m.start;
    if (m.level === 'part') at.section = at.sub = -1;
    if (m.level === 'section') at.sub = -1;
    const lists = open.get(scope) ?? [];
    open.set(scope, lists);
    let k = lists.length - 1;
    while (k >= 0 && lists[k] + 1 !== m.number) k--;
    if (k >= 0) {
      lists.length = k + 1;
      lists[k] = m.number;
      continue;
    }
    if (lists.length === 0 || m.number === 1) {
      lists.push(m.number);
      continue;
    }
    const prev = lists[lists.length - 1];
    const right = relabel(m, prev + 1);
    const duplicate = m.number === prev;
    // A part heading may be left out: the official Shanghai 2024 template prints its tables without “第二部分”.
    if (m.level === 'part' && !duplicate) {
      lists[lists.length - 1] = m.number;
      continue;
    }
    ctx.report({
      rule: 'numbering',
      severity: duplicate ? 'error' : 'warning',
      start: m.start,
      end: m.end,
      section: '',
      message: duplicate ? messages.duplicate(m.label, right) : messages.skipped(m.label, right),
      expected: right,
      actual: m.label,
      suggestion: right,
    });
    lists[lists.length - 1] = duplicate ? prev + 1 : m.number;
  }
}

export const formRules: readonly LintRule[] = [
  {
    id: 'zero-base',
    title: '基数为0时写了百分比（0/0 写成 100%、预算为0仍算完成率）',
    severity: 'error',
    family: 'form',
    examples: {
      valid:
        '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n因公出国（境）费支出预算为0万元，支出决算为0万元，本年无此项支出。',
      invalid: [
        '七、一般公共预算财政拨款“三公”经费支出决算情况说明\n因公出国（境）费支出预算为0万元，支出决算为0万元，完成预算的100%。',
        '完成预算的100%',
      ],
    },
    check: zeroBase,
  },
  {
    id: 'unit-yuan',
    title: '金额单位错写为“元”',
    severity: 'error',
    family: 'form',
    check: (ctx) => unitYuan(ctx),
    examples: {
      valid:
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为3.97万元，支出决算为3.83万元，完成年初预算的96.47%。',
      invalid: [
        '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n年初预算为3.97万元，支出决算为3.83元，完成年初预算的96.47%。',
        '3.83元',
      ],
    },
  },
  {
    id: 'decimals',
    title: '金额或百分比的小数位数不统一',
    severity: 'info',
    family: 'form',
    examples: {
      valid: '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余20.5万元，总计120.50万元。',
        '20.5万元',
      ],
    },
    check: (ctx) => decimals(ctx),
  },
  {
    id: 'numbering',
    title: '部分、段落或条目编号重复或跳号',
    severity: 'error',
    family: 'form',
    examples: {
      valid: '五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、甲。\n2、乙。\n3、丙。',
      invalid: ['五、一般公共预算财政拨款支出决算情况说明\n（三）具体情况\n1、甲。\n2、乙。\n2、丙。', '2、'],
    },
    check: (ctx) => {
      numbering(ctx);
      outerNumbering(ctx);
    },
  },
];
