/**
 * The Shanghai 2024 template's 第三部分 (shared/templates/shanghai-2024-template.txt, PDF text) as sentence patterns
 * by section id: XX/XXX gaps, the unit name and the years become wildcards, “增加（减少）” alternatives become
 * alternations (a visible gap such as 【增加/减少】 counts), and the template's own instructions are applied rather than
 * matched: “（如持平作持平表述）” admits the 持平 wording, “（不涉及的不列）” lets a list stop early, “无…的部门，作下述说明：”
 * introduces the sentence used instead of the section when there is nothing to report.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { PROFILES, chineseNumeral } from '../../../src/core/profiles/profiles';

export interface TemplateSentence {
  /** The template's text (normalised). */
  readonly text: string;
  readonly pattern: RegExp;
  /** The sentence may be absent when the section's draft says this (the data answers it: 持平, no spending). */
  readonly unless?: RegExp;
}

/**
 * When the data answers a sentence the template's own wording for that case replaces it: a reason for a change that
 * is 持平 (如持平作持平表述), the content or use of an item with no spending.
 */
const ANSWERED: [RegExp, (m: RegExpExecArray) => RegExp][] = [
  [/^(.+?)支出减少（增加）的主要原因是/, (m) => new RegExp(`${m[1]}支出决算持平`)],
  [/^开支内容包括/, () => /因公出国（境）费支出0\.00万元/],
  [/^主要用于X+，购置公务用车/, () => /公务用车购置支出为0\.00万元/],
];

export interface TemplateSection {
  readonly id: string;
  readonly sentences: readonly TemplateSentence[];
  /** “无…的部门，作下述说明：” — the sentences that replace the section. */
  readonly none?: readonly TemplateSentence[];
}

/**
 * 第三部分 of shared/templates/shanghai-2024-template.txt (the PDF text of the official template), copied unchanged
 * from its “第三部分” heading to the “第四部分” heading so that the test runs from a clean checkout.
 */
const TEMPLATE = join(__dirname, 'shanghai-2024-part3.txt');

/** 第三部分's body text, whitespace removed (the PDF text breaks lines and spaces digits). */
function partThree(): string {
  return readFileSync(TEMPLATE, 'utf8').replace(/\s+/g, '');
}

const INSTRUCTIONS = [
  '（如持平作持平表述）',
  '（不涉及的不列）',
  '按上述格式依次说明到各项级科目，预决算持平的不用说明变动原因。',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const UP = '(?:增加|减少|【增加/减少】|【减少/增加】)';
const RATE = '(?:增长|下降|【增长/下降】)';
const CMP = '(?:大于|小于|【大于/小于】)';

const CHANGE = `${UP}.+?万元，${RATE}.+?%`;
const ITEM = '[^；]+?万元(?:，占[^；]+?%)?';
const LIST = `${ITEM}(?:；${ITEM})*`;

/** Template sentence → pattern; the replacements run on the escaped text, most specific first. */
function toPattern(sentence: string): RegExp {
  const rules: [RegExp, string][] = [
    // 决算 vs 预算, with the 持平 wording the template admits.
    [
      /决算数(?:大于|小于)（(?:大于|小于)）预算数的主要原因：X+/g,
      `(?:决算数${CMP}预算数的主要原因：.+?|决算数与预算数持平)`,
    ],
    // Year-on-year change, or 持平 (“比2023年度…” then reads “与2023年度持平”).
    [
      /比2023年度(?:增加|减少)（(?:增加|减少)）X+万元，(?:增长|下降)（(?:增长|下降)）X+%/g,
      `(?:比\\d{4}年度${CHANGE}|与\\d{4}年度持平)`,
    ],
    [/(?:增加|减少)（(?:增加|减少)）X+万元，(?:增长|下降)（(?:增长|下降)）X+%/g, `(?:${CHANGE}|持平)`],
    [/(?:增加|减少)（(?:增加|减少)）/g, UP],
    // 完成率: none for a zero budget; 0/0 is “本年无此项支出” (domain rule).
    [/，完成(年初)?预算的X+%/g, '(?:，完成$1预算的.+?%|，本年无此项支出)?'],
    // Lists whose items are examples (“……”, 不涉及的不列): any items of the same form.
    [/：(?:[^：；]*?X+万元，占X+%；?)+……/g, `：${LIST}`],
    [/主要包括：[^；]*……[^；]*/g, '主要包括：[^；]+'],
    [/X+（制度名称）、X+（制度名称）……/g, '.+?'],
    [/上海市XX局/g, '.+?'],
    [/XX部门（单位）/g, '.+?'],
    [/教育支出（类）普通教育（款）(?:初中|高等)教育（项）/g, '.+?（类）.+?（款）.+?（项）'],
    [/XX（类）XX（款）XX（项）/g, '.+?（类）.+?（款）.+?（项）'],
    [/X{2,}/g, '.+?'],
    [/……/g, '.*?'],
    [/20(?:23|24)年度/g, '\\d{4}年度'],
    [/20(?:23|24)年/g, '\\d{4}年'],
    // Template slips: “XX 万（含外宾…”, “支出收入 XXX 万元”.
    [/万（含外宾/g, '万元?（含外宾'],
    [/，支出收入/g, '，支出(?:收入)?'],
  ];
  // Work on the raw sentence, escaping only the literal pieces between replacements.
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length) {
    let best: { at: number; len: number; rep: string } | undefined;
    for (const [re, rep] of rules) {
      re.lastIndex = 0;
      const m = re.exec(rest);
      if (m && (!best || m.index < best.at))
        best = { at: m.index, len: m[0].length, rep: m[0].replace(new RegExp(re.source), rep) };
    }
    if (!best) {
      parts.push(esc(rest));
      break;
    }
    parts.push(esc(rest.slice(0, best.at)), best.rep);
    rest = rest.slice(best.at + best.len);
  }
  return new RegExp(`^${parts.join('')}$`);
}

/** Sentences of a body: split after “。”, and before an item number “1、”. */
export function sentences(body: string): string[] {
  return body
    .replace(/(\d+、)/g, '\n$1')
    .split(/(?<=。)|\n/)
    .map((s) =>
      s
        .replace(/。$/, '')
        .replace(/^其中：/, '')
        .trim(),
    )
    .filter((s) => s !== '');
}

function parse(body: string): { sentences: string[]; none?: string[] } {
  let b = body;
  for (const i of INSTRUCTIONS) b = b.split(i).join('');
  // “，列明公务用车购置数量” / “，列明公务接待批次、人次，其中：接待外宾批次、人次” say what to write.
  b = b.replace('，列明公务用车购置数量', '，购置公务用车XX辆');
  b = b.replace(
    '，列明公务接待批次、人次，其中：接待外宾批次、人次',
    '，共接待XX批次、XX人次，其中：接待外宾XX批次、XX人次',
  );
  const m = /无[^。]*的部门，作下述说明：/.exec(b);
  if (!m) return { sentences: sentences(b) };
  return { sentences: sentences(b.slice(0, m.index)), none: sentences(b.slice(m.index + m[0].length)) };
}

/** The template's sections in the profile's order, each with its sentence patterns. */
export function templateSections(): TemplateSection[] {
  const text = partThree();
  const heads: { id: string; head: string }[] = [];
  PROFILES['shanghai-2024'].sections.forEach((s, i) => {
    heads.push({ id: s.id, head: `${chineseNumeral(i + 1)}、${s.title}` });
    (s.subsections ?? []).forEach((sub, j) =>
      heads.push({ id: sub.id, head: `（${chineseNumeral(j + 1)}）${sub.title}` }),
    );
  });
  const at: number[] = [];
  let from = 0;
  for (const h of heads) {
    const k = text.indexOf(h.head, from);
    if (k < 0) throw new Error(`模板中找不到标题：${h.head}`);
    at.push(k);
    from = k + h.head.length;
  }
  return heads.map((h, i) => {
    const body = text.slice(at[i] + h.head.length, i + 1 < at.length ? at[i + 1] : undefined).replace(/^。/, '');
    const { sentences: ss, none } = parse(body);
    const mk = (t: string): TemplateSentence => {
      const a = ANSWERED.map(([re, f]) => {
        const m = re.exec(t);
        return m ? f(m) : undefined;
      }).find(Boolean);
      return { text: t, pattern: toPattern(t), unless: a };
    };
    return { id: h.id, sentences: ss.map(mk), none: none?.map(mk) };
  });
}
