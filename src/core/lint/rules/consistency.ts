import { Dec } from '../../decimal/dec';
import { compareEqual, compareSum, type Shown } from '../../decimal/interval';
import { className } from '../concepts';
import type { LintContext } from '../context';
import { amountText } from '../format';
import type { Mention } from '../types';
import type { LintRule } from './rule';

/**
 * The rest of the text (前后一致): the same named figure stated twice must agree, and figures stated in
 * different paragraphs must keep the relations of the tables (domain.md, "Relations that must hold"):
 * 三公 合计 = 出国 + 车 + 接待, 车 = 购置 + 运行; 基金/国资 年末 = 年初 + 收入 − 支出; 五（三） the 项 add up to
 * the header's 年初预算 and 决算 and to each 类 of 五（二）.
 */
export const messages = {
  differs: (label: string, first: string, place: string, now: string) =>
    `“${label}”${place ? `在${place}` : '前文'}写作 ${first}，此处为 ${now}，前后不一致`,
  relation: (name: string, stated: string, expected: string, parts: string) =>
    `${name} ${stated} 与各项之和 ${expected}（${parts}）不符`,
  relationRounding: (name: string, stated: string, expected: string, parts: string) =>
    `${name} ${stated} 与各项之和 ${expected}（${parts}）相差在舍位误差之内（舍位差异）`,
};

const shownText = (m: Mention) => (m.kind === 'count' ? m.value.toFixed(0) + m.unit : m.value.toFixed(m.decimals));

function sameFigure(ctx: LintContext): void {
  for (const [, list] of ctx.facts) {
    const open = list.filter((m) => !ctx.blamed(m));
    if (open.length < 2) continue;
    // The figure the workbook backs is the reference: it is never the one blamed.
    const first = open.find((m) => ctx.isOk(m)) ?? open[0];
    for (const m of open) {
      if (m === first) continue;
      const r = compareEqual(m.shown, first.shown);
      if (r.status === 'exact') {
        ctx.ok(first, m);
        continue;
      }
      const msg = messages.differs(
        m.label || first.label,
        shownText(first),
        ctx.placeOf(ctx.sentences[first.sentence]),
        shownText(m),
      );
      ctx.report({
        rule: 'same-figure',
        severity: r.status === 'rounding' ? 'rounding' : 'error',
        start: m.start,
        end: m.end,
        message: r.status === 'rounding' ? `${msg}（舍位差异）` : msg,
        expected: shownText(first),
        actual: shownText(m),
        wrong: [m],
      });
    }
  }
}

interface Relation {
  readonly name: string;
  readonly total: Mention;
  readonly parts: readonly { m: Mention; sign: 1 | -1 }[];
  /** No sentence-level rule checks this relation, even when all its figures are in one sentence. */
  readonly alone?: boolean;
}

const TP_NAMES: Record<string, string> = {
  'tp.total': '“三公”经费',
  'tp.vehicle': '公务用车购置及运行维护费',
};

function relations(ctx: LintContext): Relation[] {
  const f = (k: string) => ctx.facts.get(k)?.[0];
  const out: Relation[] = [];
  for (const role of ['', '@budget']) {
    const word = role ? '预算' : '决算';
    const total = f('tp.total' + role);
    const abroad = f('tp.abroad' + role);
    const reception = f('tp.reception' + role);
    const purchase = f('tp.vehiclePurchase' + role);
    const operation = f('tp.vehicleOperation' + role);
    const vehicle = f('tp.vehicle' + role);
    if (vehicle && purchase && operation)
      out.push({
        name: TP_NAMES['tp.vehicle'] + word,
        total: vehicle,
        parts: [purchase, operation].map((m) => ({ m, sign: 1 })),
      });
    const car = vehicle ? [vehicle] : purchase && operation ? [purchase, operation] : undefined;
    if (total && abroad && reception && car)
      out.push({
        name: TP_NAMES['tp.total'] + word,
        total,
        parts: [abroad, reception, ...car].map((m) => ({ m, sign: 1 })),
      });
  }
  // 六: 基本支出 = 人员经费 + 公用经费 (the two are often in separate paragraphs, each with its "主要包括" list).
  for (const role of ['', '@budget']) {
    const [basic, personnel, pub] = ['basic.total', 'basic.personnel', 'basic.public'].map((k) => f(k + role));
    if (basic && personnel && pub)
      out.push({
        name: `一般公共预算财政拨款基本支出${role ? '预算' : ''}`,
        total: basic,
        parts: [personnel, pub].map((m) => ({ m, sign: 1 })),
      });
  }
  for (const k of ['fund', 'soe']) {
    const [carryIn, income, exp, carryOut] = ['carryIn', 'income', 'expTotal', 'carryOut'].map((x) => f(`${k}.${x}`));
    if (carryIn && income && exp && carryOut)
      out.push({
        name: k === 'fund' ? '政府性基金年末结转和结余' : '国有资本经营年末结转和结余',
        total: carryOut,
        alone: true,
        parts: [
          { m: carryIn, sign: 1 },
          { m: income, sign: 1 },
          { m: exp, sign: -1 },
        ],
      });
  }
  // 五（三）: the 项 add up to the header and to each 类 of 五（二）.
  const subjects = [...ctx.facts.keys()].filter((k) => k.startsWith('subject:'));
  for (const role of ['', '@budget']) {
    const items = subjects.filter((k) => (role ? k.endsWith(role) : !k.includes('@'))).map((k) => ctx.facts.get(k)![0]);
    const header = f('general.expense' + role);
    if (header && items.length >= 2)
      out.push({
        name: `一般公共预算财政拨款支出${role ? '年初预算' : '决算'}`,
        total: header,
        parts: items.map((m) => ({ m, sign: 1 })),
      });
  }
  for (const key of [...ctx.facts.keys()].filter((k) => k.startsWith('class:'))) {
    const cls = key.slice('class:'.length);
    const items = subjects
      .filter((k) => !k.includes('@'))
      .filter((k) => className(k.slice('subject:'.length).split('/')[0]) === cls)
      .map((k) => ctx.facts.get(k)![0]);
    if (items.length > 0)
      out.push({ name: `${cls}（类）支出`, total: ctx.facts.get(key)![0], parts: items.map((m) => ({ m, sign: 1 })) });
  }
  return out;
}

function crossSum(ctx: LintContext): void {
  for (const r of relations(ctx)) {
    const all = [r.total, ...r.parts.map((p) => p.m)];
    if (!r.alone && all.every((m) => m.sentence === r.total.sentence)) continue; // checked by sum-total in the sentence
    const parts: Shown[] = r.parts.map((p) =>
      p.sign > 0 ? p.m.shown : { value: p.m.value.neg(), half: p.m.shown.half },
    );
    const cmp = compareSum(r.total.shown, parts);
    const partsText = r.parts.map((p, i) => (i === 0 ? '' : p.sign > 0 ? ' + ' : ' − ') + shownText(p.m)).join('');
    if (cmp.status === 'exact') {
      ctx.ok(...all);
      continue;
    }
    const expected = amountText(Dec.sum(parts.map((p) => p.value)));
    ctx.report({
      rule: 'cross-sum',
      severity: cmp.status === 'rounding' ? 'rounding' : 'error',
      start: r.total.start,
      end: r.total.end,
      message: (cmp.status === 'rounding' ? messages.relationRounding : messages.relation)(
        r.name,
        shownText(r.total),
        expected,
        partsText,
      ),
      expected,
      actual: shownText(r.total),
      wrong: [r.total],
    });
    if (cmp.status === 'rounding') ctx.ok(...all);
  }
}

export const consistencyRules: readonly LintRule[] = [
  {
    id: 'same-figure',
    title: '同一数字前后不一致',
    severity: 'error',
    family: 'consistency',
    examples: {
      valid:
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。\n二、收入决算情况说明\n2021年度收入合计100.00万元。',
      invalid: [
        '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余0万元，总计100.00万元。\n二、收入决算情况说明\n2021年度收入合计101.00万元。',
        '101.00万元',
      ],
    },
    check: (ctx) => sameFigure(ctx),
  },
  {
    id: 'cross-sum',
    title: '各段落数字之间的合计关系不符',
    severity: 'error',
    family: 'consistency',
    examples: {
      valid:
        '八、政府性基金预算收入支出决算情况\n2021年度政府性基金预算财政拨款收入10.00万元；年初结转和结余5.00万元；支出12.00万元；年末结转和结余3.00万元。',
      invalid: [
        '八、政府性基金预算收入支出决算情况\n2021年度政府性基金预算财政拨款收入10.00万元；年初结转和结余5.00万元；支出12.00万元；年末结转和结余4.00万元。',
        '4.00万元',
      ],
    },
    check: (ctx) => crossSum(ctx),
  },
];
