/**
 * 七、“三公”经费财政拨款支出决算情况说明 (公开07表 预算数/决算数, 补充信息 上年数 and 团组/人次/车辆 details).
 * （一）总体: 预算, 决算, 完成率 (none when 预算 is 0; 0/0 → 本年无此项支出) and change on last year for every item;
 * （二）具体: each item's share of the 三公 合计 and its details.
 */
import type { NarrativeContext } from '../context';
import {
  bothZero,
  changeRuns,
  changeWord,
  choiceGap,
  completionRuns,
  count,
  isMissing,
  isZero,
  joinRuns,
  shareRuns,
  shares,
  wan,
  type Input,
} from '../phrasing';
import type { Operand, Placeholder, Run } from '../types';
import {
  budgetReason,
  changeWithReason,
  isShanghai,
  item,
  nonZero,
  text,
  type Block,
  type SectionWriter,
} from './common';

type Part = 'total' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception';

const NAMES: Record<Part, string> = {
  total: '“三公”经费',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  reception: '公务接待费',
};

const budget = (ctx: NarrativeContext, p: Part) => ctx.item('T07', `budget.${p}`);
const actual = (ctx: NarrativeContext, p: Part) => ctx.item('T07', `actual.${p}`);
const prior = (ctx: NarrativeContext, p: Part) => ctx.supp(`prior.threePublic.${p}`);

function nothingAtAll(ctx: NarrativeContext): boolean {
  return bothZero(budget(ctx, 'total'), actual(ctx, 'total'));
}

/** "，完成预算的 Y%" / "，本年无此项支出" / nothing (预算 0). */
function completion(a: Input, b: Input): Run[] {
  if (bothZero(a, b)) return ['，本年无此项支出'];
  const r = completionRuns(a, b, '完成预算的');
  return r.length ? ['，', ...r] : [];
}

/** Hunan item of （一）: 预算, 决算, 完成率, budget reason, change on last year with reason. */
function hunanItem(ctx: NarrativeContext, p: Part): Block {
  const a = actual(ctx, p);
  const b = budget(ctx, p);
  const reason = bothZero(a, b) ? [] : budgetReason(ctx, a, b, `reason.threePublic.${p}.budget`, '预算数');
  const pr = prior(ctx, p);
  const yoy = changeWord(a, pr) === '持平' ? ['持平'] : changeWithReason(ctx, a, pr, `reason.threePublic.${p}.yoy`);
  return text(
    NAMES[p],
    '支出预算为',
    wan(b),
    '，支出决算为',
    wan(a),
    completion(a, b),
    reason.length ? ['，', ...reason] : [],
    '；与上年相比',
    yoy,
    '。',
  );
}

export const writeThreePublicOverall: SectionWriter = (ctx): Block[] => {
  const at = actual(ctx, 'total');
  const bt = budget(ctx, 'total');
  if (isShanghai(ctx)) {
    if (nothingAtAll(ctx)) return [text(ctx.unit(), ctx.yearText, '无“三公”经费财政拨款支出。')];
    const parts: Part[] = ['abroad', 'vehicle', 'reception'];
    const first = text(
      '“三公”经费财政拨款支出年初预算为',
      wan(bt),
      '，支出决算为',
      wan(at),
      completion(at, bt),
      '，其中：',
      joinRuns(
        // Each item's own 预算 is stated so that its 完成率 can be checked within the sentence.
        // Template: "因公出国（境）费决算为…，完成预算的…%；公务用车购置及运行维护费支出决算为…；公务接待费支出决算为…".
        parts.map((p) => [
          NAMES[p],
          p === 'abroad' ? '决算为' : '支出决算为',
          ...wan(actual(ctx, p)),
          ...completion(actual(ctx, p), budget(ctx, p)),
        ]),
        '；',
      ),
      '。',
      ctx.yearText,
      '“三公”经费支出',
      budgetReason(ctx, at, bt, 'reason.threePublic.budget'),
      '。',
    );
    const pt = prior(ctx, 'total');
    const totalEqual = changeWord(at, pt) === '持平';
    // A reason for every item that changed, or whose change is not known yet (its word is then a gap).
    const reasons = parts
      .filter((p) => changeWord(actual(ctx, p), prior(ctx, p)) !== '持平')
      .map((p): Run[] => {
        const a = actual(ctx, p);
        const pr = prior(ctx, p);
        const w = changeWord(a, pr);
        const word: Run = w ?? choiceGap((isMissing(pr) ? pr : a) as Placeholder, '【减少/增加】');
        return [NAMES[p], '支出', word, '的主要原因是', ctx.reason(`reason.threePublic.${p}.yoy`), '。'];
      });
    const second = text(
      ctx.yearText,
      '“三公”经费财政拨款支出决算数',
      totalEqual ? ['与', ctx.priorYearText, '持平'] : ['比', ctx.priorYearText, ...changeRuns(at, pt)],
      '，其中：',
      joinRuns(
        parts.map((p) => [NAMES[p], '支出决算', ...changeRuns(actual(ctx, p), prior(ctx, p))]),
        '；',
      ),
      '。',
      reasons.flat(),
    );
    return [first, second];
  }
  return [
    text(
      ctx.yearText,
      '“三公”经费财政拨款支出预算为',
      wan(bt),
      '，支出决算为',
      wan(at),
      completion(at, bt),
      '，其中：',
    ),
    ...(['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'] as Part[]).map((p) => hunanItem(ctx, p)),
  ];
};

function yearEnd(ctx: NarrativeContext): string {
  return ctx.year ? `截至${ctx.year}年12月31日` : '截至本年末';
}

function abroadItem(ctx: NarrativeContext): Block {
  const a = actual(ctx, 'abroad');
  const sh = isShanghai(ctx);
  const none = isZero(a) && !ctx.hasSupp('threePublic.abroad.groups');
  if (none)
    return item(NAMES.abroad, sh ? '支出' : '支出决算为', wan(a), sh ? '。本年无此项支出。' : '，本年无此项支出。');
  const groups = count(ctx.supp('threePublic.abroad.groups'));
  const persons = count(ctx.supp('threePublic.abroad.persons'));
  if (sh)
    return item(
      NAMES.abroad,
      '支出',
      wan(a),
      '。全年安排因公出国（境）团组',
      groups,
      '个、累计',
      persons,
      '人次。',
      isZero(a) ? [] : ['开支内容包括：', ctx.use('threePublic.abroad.content'), '。'],
    );
  return item(
    NAMES.abroad,
    '支出决算为',
    wan(a),
    '，全年安排因公出国（境）团组',
    groups,
    '个，累计',
    persons,
    '人次。',
  );
}

function vehicleBlocks(ctx: NarrativeContext): Block[] {
  const v = actual(ctx, 'vehicle');
  const pu = actual(ctx, 'vehiclePurchase');
  const op = actual(ctx, 'vehicleOperation');
  const fleet = count(ctx.supp('threePublic.vehicle.fleet'));
  const purchased: Run[] =
    nonZero(pu) || ctx.hasSupp('threePublic.vehicle.purchased')
      ? [count(ctx.supp('threePublic.vehicle.purchased')), '辆']
      : [];
  if (isShanghai(ctx)) {
    return [
      item(NAMES.vehicle, '支出', wan(v), '。其中：'),
      text(
        '公务用车购置支出为',
        wan(pu),
        nonZero(pu) ? ['。主要用于', ctx.use('threePublic.vehicle.purchaseUse'), '，购置公务用车', ...purchased] : [],
        '。',
      ),
      text(
        '公务用车运行维护支出',
        wan(op),
        nonZero(op) ? ['。主要用于', ctx.use('threePublic.vehicle.operationUse')] : [],
        '。',
        ctx.year ? `${ctx.year}年` : '本年',
        '，',
        ctx.unit(),
        '所属各预算单位开支财政拨款的公务用车保有量为',
        fleet,
        '辆。',
      ),
    ];
  }
  return [
    item(
      NAMES.vehicle,
      '支出决算为',
      wan(v),
      '，其中：公务用车购置费',
      wan(pu),
      purchased.length ? ['，本年购置公务用车', ...purchased] : [],
      '；公务用车运行维护费',
      wan(op),
      nonZero(op) ? ['，主要用于', ctx.use('threePublic.vehicle.operationUse')] : [],
      '。',
      yearEnd(ctx),
      '，本单位开支财政拨款的公务用车保有量为',
      fleet,
      '辆。',
    ),
  ];
}

function receptionBlocks(ctx: NarrativeContext): Block[] {
  const a = actual(ctx, 'reception');
  const sh = isShanghai(ctx);
  if (isZero(a))
    return [
      item(NAMES.reception, sh ? '支出' : '支出决算为', wan(a), sh ? '。本年无此项支出。' : '，本年无此项支出。'),
    ];
  const batches = count(ctx.supp('threePublic.reception.batches'));
  const persons = count(ctx.supp('threePublic.reception.persons'));
  // The Shanghai template always states the 外宾 part (a gap when not filled).
  const hasForeign =
    sh || ctx.hasSupp('threePublic.reception.foreignBatches') || ctx.hasSupp('threePublic.reception.foreignAmount');
  if (sh)
    return [
      item(NAMES.reception, '支出', wan(a), '。其中：'),
      text(
        '国内公务接待支出',
        wan(a),
        hasForeign ? ['（含外宾接待支出', ...wan(ctx.supp('threePublic.reception.foreignAmount')), '）'] : [],
        '。主要用于',
        ctx.use('threePublic.reception.content'),
        '，共接待',
        batches,
        '批次、',
        persons,
        '人次',
        hasForeign
          ? [
              '，其中：接待外宾',
              count(ctx.supp('threePublic.reception.foreignBatches')),
              '批次、',
              count(ctx.supp('threePublic.reception.foreignPersons')),
              '人次',
            ]
          : [],
        '。',
      ),
    ];
  return [
    item(
      NAMES.reception,
      '支出决算为',
      wan(a),
      '，全年共接待来访团组',
      batches,
      '个、来宾',
      persons,
      '人次，主要是',
      ctx.use('threePublic.reception.content'),
      '。',
    ),
  ];
}

export const writeThreePublicDetail: SectionWriter = (ctx): Block[] => {
  const sh = isShanghai(ctx);
  if (sh && nothingAtAll(ctx)) return [text(ctx.unit(), ctx.yearText, '无“三公”经费财政拨款支出。')];
  const at = actual(ctx, 'total');
  const parts: Part[] = ['abroad', 'vehicle', 'reception'];
  // Shanghai names all three items as its template does; hunan the ones with spending.
  const listed = parts.map((p) => ({ p, x: actual(ctx, p) })).filter(({ x }) => sh || !isZero(x));
  const present = listed.map(({ x }) => x).filter((x): x is Operand => !isMissing(x));
  const tokens = isMissing(at) ? [] : shares(present, at, ctx.shareRounding);
  const list = joinRuns(
    listed.map(({ p, x }) => {
      const k = present.indexOf(x as Operand);
      return [NAMES[p], '支出决算', ...wan(x), ...(k >= 0 && tokens[k] ? ['，', ...shareRuns(tokens[k])] : [])];
    }),
    sh ? '；' : '，',
  );
  const lead = text(
    sh ? [] : [ctx.yearText],
    list.length ? ['“三公”经费财政拨款支出决算中，', ...list] : ['“三公”经费财政拨款支出决算为', ...wan(at)],
    sh ? '。具体情况如下：' : '。其中：',
  );
  return [lead, abroadItem(ctx), ...vehicleBlocks(ctx), ...receptionBlocks(ctx)];
};
