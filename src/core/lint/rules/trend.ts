import { halfUnit } from '../../decimal/dec';
import type { Shown } from '../../decimal/interval';
import { baseConcept, conceptName } from '../concepts';
import type { LintContext } from '../context';
import { amountText } from '../format';
import { cellOf, modelValue } from '../model-figures';
import { sameItem } from '../structure';
import type { Mention, Sentence } from '../types';
import type { LintRule } from './rule';

/**
 * Capability 5, the year-on-year words written without a figure: “与上年相比持平”, “比上年增加”, “公务接待费支出决算
 * 持平” (domain.md, "Wording": the direction word comes from the sign of the difference; equal → 持平). The two
 * years' figures are found where the item states them — the same sentence or an earlier one of the same item —
 * or, when the text gives no 上年 figure, in the workbook (补充信息 上年 figures). 持平 over figures that differ by
 * no more than their printed rounding is right (each printed figure stands for ±0.005).
 * A word followed by its 增减额 (“增加1.76万元”) is checked by difference-direction, and one that opens a reason
 * (“增加的主要原因”) refers to a change already stated: neither is read here.
 */
export const messages = {
  flat: (name: string, cur: string, prior: string, word: string) =>
    `文中说“持平”，但${name}本年 ${cur} 万元、上年 ${prior} 万元，两年数字不同，应为“${word}”`,
  direction: (said: string, name: string, cur: string, prior: string, right: string) =>
    `文中说“${said}”，但${name}本年 ${cur} 万元、上年 ${prior} 万元，应为“${right}”`,
};

const WORD = /持平|增加|减少|增长|下降/g;
/** A comparison with the prior year: 与上年（相比）, 比上年, 较2020年度, 同比. */
const PRIOR_YEAR = /(?:与|比|较)(?:上年度?|上一年度?|去年|\d{4}年度?)(?:决算数?)?|同比/g;
/** What may stand between the comparison and the word without naming another subject. */
const FILLER = /相比|相较|而言|决算数?|支出|总体|[，、：\s]/g;
const UP = /增加|增长/;

interface Figure {
  readonly shown: Shown;
  readonly mention?: Mention;
  readonly cells: string[];
}

function fromMention(m: Mention): Figure {
  return { shown: m.shown, mention: m, cells: [] };
}

/** The 本年 or 上年 figure of a concept: in the item's text before the word, else in the workbook. */
function figureOf(
  ctx: LintContext,
  pool: readonly Mention[],
  concept: string,
  prior: boolean,
  current?: Mention,
): Figure | undefined {
  const key = prior ? concept + '@prior' : concept;
  // A 上年 figure with no subject of its own (“上年决算为0.09万元”) is the prior of the figure just before it.
  const inText = [...pool]
    .reverse()
    .find(
      (m) =>
        m.role === (prior ? 'prior' : 'main') &&
        (m.concept === key || (prior && !m.concept && current !== undefined && m.start > current.start)),
    );
  if (inText) return fromMention(inText);
  const v = ctx.disclosure ? modelValue(ctx.disclosure, key) : undefined;
  if (!v) return undefined;
  if (v.figure) return { shown: { value: v.figure.value, half: v.figure.half }, cells: cellOf(v) };
  return v.number ? { shown: { value: v.number, half: halfUnit(2) }, cells: [] } : undefined;
}

function checkWord(ctx: LintContext, s: Sentence, item: readonly Sentence[], at: number, word: string): void {
  const after = s.text.slice(at + word.length, at + word.length + 3);
  if (/^[了为约达]?\d/.test(after) || /^[的了]?的/.test(after)) return;
  const before = s.text.slice(0, at);
  if (/【[^】]*$/.test(before) || /基本$/.test(before)) return; // a template's choice; 基本持平 is no exact claim
  // The comparison with the prior year, in this sentence, with no reason or other sentence part in between.
  let cmp: RegExpExecArray | undefined;
  for (const m of before.matchAll(PRIOR_YEAR)) cmp = m;
  if (!cmp) return;
  const between = before.slice(cmp.index + cmp[0].length);
  if (/原因|由于|因为|预算/.test(between)) return;
  const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
  const clause = before.slice(clauseStart).replace(cmp[0], '');
  const abs = s.start + at;
  const pool = item.flatMap((x) => x.mentions).filter((m) => m.kind === 'amount' && m.start < abs);
  let concept = clause.replace(FILLER, '') ? conceptName(clause, s.sectionKind) : undefined;
  let current: Figure | undefined;
  if (concept) current = figureOf(ctx, pool, concept, false);
  else if (!clause.replace(FILLER, '')) {
    // “……支出决算为0.00万元；与上年相比持平”: the item's figure before the word — unless the last number before it
    // is a count or a share (“接待10人次，比上年减少” speaks of the 人次; a 完成率 is the item's own).
    const lastNumber = [...item.flatMap((x) => x.mentions)].reverse().find((m) => m.start < abs);
    if (!lastNumber || lastNumber.kind === 'count' || /^占/.test(lastNumber.label)) return;
    const last = [...pool].reverse().find((m) => m.role === 'main');
    if (!last) return;
    current = fromMention(last);
    concept = baseConcept(last.concept);
  }
  if (!current || !concept) return;
  const prior = figureOf(ctx, pool, concept, true, current.mention);
  if (!prior) return;
  if ((current.mention && ctx.blamed(current.mention)) || (prior.mention && ctx.blamed(prior.mention))) return;
  const diff = current.shown.value.sub(prior.shown.value);
  const tolerance = current.shown.half.add(prior.shown.half);
  const sign = diff.sign();
  const name = clause.replace(FILLER, '') ? clause.replace(/[，、：\s]/g, '').replace(/相比|相较/, '') : '';
  const cur = amountText(current.shown.value);
  const pri = amountText(prior.shown.value);
  const cells = [...current.cells, ...prior.cells];
  if (word === '持平') {
    if (diff.abs().cmp(tolerance) <= 0) return ctx.ok(current.mention, prior.mention);
    const right = sign > 0 ? '增加' : '减少';
    ctx.report({
      rule: 'trend-word',
      severity: 'error',
      start: abs,
      end: abs + word.length,
      message: messages.flat(name, cur, pri, right),
      expected: right,
      actual: word,
      cells,
    });
    return;
  }
  const said = UP.test(word) ? 1 : -1;
  // Right when the true difference, within the printed figures' rounding, can have the written sign.
  if (said > 0 ? diff.add(tolerance).sign() > 0 : diff.sub(tolerance).sign() < 0)
    return ctx.ok(current.mention, prior.mention);
  const right =
    sign === 0 ? '持平' : sign > 0 ? (word === '减少' ? '增加' : '增长') : word === '增加' ? '减少' : '下降';
  ctx.report({
    rule: 'trend-word',
    severity: 'error',
    start: abs,
    end: abs + word.length,
    message: messages.direction(word, name, cur, pri, right),
    expected: right,
    actual: word,
    cells,
  });
}

function trendWords(ctx: LintContext): void {
  const ss = ctx.sentences;
  let first = 0;
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i];
    if (i > 0 && !sameItem(ss[i - 1], s)) first = i;
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(s.text))) checkWord(ctx, s, ss.slice(first, i + 1), m.index, m[0]);
  }
}

export const trendRules: readonly LintRule[] = [
  {
    id: 'trend-word',
    title: '“持平”“增加/减少”等用语与两年数字不符（未写增减额时）',
    severity: 'error',
    family: 'wording',
    check: (ctx) => trendWords(ctx),
    examples: {
      valid: '七、“三公”经费支出决算情况说明\n　　公务接待费支出决算为0.07万元，上年决算为0.07万元，与上年相比持平。',
      invalid: [
        '七、“三公”经费支出决算情况说明\n　　公务接待费支出决算为0.07万元，上年决算为0.09万元，与上年相比持平。',
        '持平',
      ],
    },
  },
];
