/**
 * 第四部分 名词解释: the standard texts (hunan-2021 from the two seed documents' 第四部分, shanghai-2024 from the
 * template's), listing only the terms for items that occur in this unit's tables. Texts truncated in the seeds are
 * left out rather than completed from memory.
 */
import type { Disclosure, Figure } from '../model/types';
import type { ProfileId } from '../model/types';

export interface GlossaryEntry {
  readonly term: string;
  readonly text: string;
}

type Cond = (d: Disclosure) => boolean;

const nz = (f: Figure | undefined) => !!f && f.state === 'number' && !f.value.isZero();
const t01 =
  (k: string): Cond =>
  (d) =>
    nz(d.tables.T01?.items[k]);
const t03 =
  (k: string): Cond =>
  (d) =>
    nz(d.tables.T03?.totalRow?.[k]);
const fiscal: Cond = (d) =>
  t01('income.fiscalGeneral')(d) ||
  t01('income.fiscalFund')(d) ||
  t01('income.fiscalSoe')(d) ||
  nz(d.tables.T02?.totalRow?.fiscal);
const threePublic: Cond = (d) => nz(d.tables.T07?.items['actual.total']) || nz(d.tables.T07?.items['budget.total']);
const operatingCost: Cond = (d) => nz(d.supplementary?.entries['operatingCost.amount']?.figure);
/** A 功能分类 类 with spending in 公开03表 or 05表. */
const functionalClass =
  (code: string): Cond =>
  (d) =>
    [d.tables.T03, d.tables.T05].some((t) => t?.rows.some((r) => r.code === code && Object.values(r.values).some(nz)));
/** An 经济分类 类 or 款 with a non-zero amount in 公开06表 (a 类 also counts when one of its 款 is non-zero). */
const economic =
  (code: string): Cond =>
  (d) =>
    !!d.tables.T06?.rows.some((r) => r.code.startsWith(code) && nz(r.values.amount));

type Def = readonly [term: string, cond: Cond, text: string];

/** Hunan 2021: seed 000 (政府办公室) and seed 004 (接待服务中心) 第四部分, in their order. */
const HUNAN: readonly Def[] = [
  ['财政拨款收入', fiscal, '指本级财政当年拨付的资金。'],
  ['上年结转和结余', t01('income.carryIn'), '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'],
  [
    '结余分配',
    t01('expense.surplusDistribution'),
    '指事业单位按规定对非财政补助结余资金提取的职工福利基金、事业基金和缴纳的所得税，以及减少单位按规定应缴回的基本建设竣工项目结余资金。',
  ],
  [
    '年末结转和结余资金',
    t01('expense.carryOut'),
    '指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需要延迟到以后年度按有关规定继续使用的资金。',
  ],
  [
    '社会保障和就业支出（类）',
    functionalClass('208'),
    '是指用于社会保障和就业方面的支出，包括保障机构正常运转、完成日常和特定的工作任务或事业发展目标的支出。归口管理的行政单位离退休，指离退休人员管理机构统一管理的机关离退休人员的经费。',
  ],
  [
    '卫生健康支出（类）',
    functionalClass('210'),
    '是指用于医疗卫生与计划生育方面的支出，包括保障机构正常运转、完成日常和特定的工作任务或事业发展目标的支出。',
  ],
  [
    '住房保障支出（类）',
    functionalClass('221'),
    '是指用于住房方面的支出，包括保障机构正常运转、完成日常和特定的工作任务或事业发展目标的支出。',
  ],
  ['基本支出', t03('basic'), '指保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'],
  ['项目支出', t03('project'), '指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。'],
  ['“三公”经费', threePublic, '指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。'],
  [
    '工资福利支出',
    economic('301'),
    '反映单位开支的在职职工和编制外长期聘用人员的各类劳动报酬，以及为上述人员缴纳的各项社会保险费等。',
  ],
  [
    '基本工资',
    economic('30101'),
    '反映按规定发放的基本工资，包括公务员的职务工资、级别工资；机关工人的岗位工资、技术等级工资；事业单位工作人员的岗位工资、薪级工资；各类学校毕业生试用期（见习期）工资、新参加工作工人学徒期、熟练期工资；军队（武警）军官、文职干部的职务（专业技术等级）工资、军衔（级别）工资、基础工资和军龄工资；军队士官的军衔等级工资、基础工资和军龄工资等。',
  ],
  [
    '津贴补贴',
    economic('30102'),
    '反映经国家批准建立的机关事业单位艰苦边远地区津贴、机关工作人员地区附加津贴、机关工作人员岗位津贴、事业单位工作人员特殊岗位津贴补贴等。',
  ],
  ['奖金', economic('30103'), '反映机关工作人员年终一次性奖金。'],
  ['伙食补助费', economic('30106'), '反映单位发给职工的伙食补助费，如误餐补助等。'],
  [
    '机关事业单位基本养老保险缴费',
    economic('30108'),
    '反映机关事业单位缴纳的基本养老保险费。由单位代扣的工作人员基本养老保险缴费，不在此科目反映。',
  ],
  [
    '职业年金缴费',
    economic('30109'),
    '反映机关事业单位实际缴纳的职业年金支出。由单位代扣的工作人员职业年金缴费，不在此科目反映。',
  ],
  ['职工基本医疗保险缴费', economic('30110'), '反映单位为职工缴纳的基本医疗保险费。'],
  [
    '其他社会保障缴费',
    economic('30112'),
    '反映单位为职工缴纳的基本医疗、失业、工伤、生育等社会保险费，残疾人就业保障金，军队（含武警）为军人缴纳的伤亡、退役医疗等社会保险费。',
  ],
  [
    '住房公积金',
    economic('30113'),
    '反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
  ],
  [
    '其他工资福利支出',
    economic('30199'),
    '反映上述项目未包括的人员支出，如各种加班工资、病假两个月以上期间的人员工资、编制外长期聘用人员，公务员及参照和依照公务员制度管理的单位工作人员转入企业工作并按规定参加企业职工基本养老保险后给予的一次性补贴等。',
  ],
  [
    '商品和服务支出',
    economic('302'),
    '反映单位购买商品和服务的支出（不包括用于购置固定资产的支出、战略性和应急储备支出）。',
  ],
  ['办公费', economic('30201'), '反映单位购买按财务会计制度规定不符合固定资产确认标准的日常办公用品、书报杂志等支出。'],
  ['水费', economic('30205'), '反映单位支付的水费、污水处理费等支出。'],
  ['电费', economic('30206'), '反映单位的电费支出。'],
  ['邮电费', economic('30207'), '反映单位开支的信函、包裹、货物等物品的邮寄费及电话费、电报费、传真费、网络通讯费等。'],
  [
    '物业管理费',
    economic('30209'),
    '反映单位开支的办公用房以及未实行职工住宅物业服务改革的在职职工和离退休人员宿舍等的物业管理费，包括综合治理、绿化、卫生等方面的支出。',
  ],
  ['差旅费', economic('30211'), '反映单位工作人员出差发生的城市间交通费、住宿费、伙食补贴费和市内交通费。'],
  ['租赁费', economic('30214'), '反映租赁办公用房、宿舍、专用通讯网以及其他设备等方面的费用。'],
  ['会议费', economic('30215'), '反映会议中按规定开支的住宿费、伙食费、会议室租金、交通费、文件印刷费、医药费等。'],
  ['培训费', economic('30216'), '反映除因公出国（境）培训费以外的各类培训支出。'],
  ['公务接待费', economic('30217'), '反映单位按规定开支的各类公务接待（含外宾接待）费用。'],
  ['劳务费', economic('30226'), '反映支付给单位和个人的劳务费用，如临时聘用人员、钟点工工资，稿费、翻译费，评审费等。'],
  ['工会经费', economic('30228'), '反映单位按规定提取的工会经费。'],
  [
    '其他交通费用',
    economic('30239'),
    '反映单位除公务用车运行维护费以外的其他交通费用。如公务交通补贴，租车费用、出租车费用，飞机、船舶等的燃料费、维修费、保险费等。',
  ],
  [
    '其他商品和服务支出',
    economic('30299'),
    '反映上述科目未包括的日常公用支出。如行政赔偿费和诉讼费、国内组织的会员费、来访费、广告宣传、其他劳务费及离休人员特需费、公用经费等。',
  ],
  ['对个人和家庭的补助', economic('303'), '反映政府用于对个人和家庭的补助支出。'],
  ['离休费', economic('30301'), '反映行政事业单位和军队移交政府安置的离休人员的离休费、护理费和其他补贴。'],
  ['退休费', economic('30302'), '反映行政事业单位和军队移交政府安置的退休人员的退休费和其他补贴。'],
  [
    '抚恤金',
    economic('30304'),
    '反映按规定开支的烈士遗属、牺牲病故人员遗属的一次性和定期抚恤金，伤残人员的抚恤金，离退休人员等其他人员的各项抚恤金。',
  ],
  [
    '奖励金',
    economic('30309'),
    '反映政府各部门的奖励支出，如对个体私营经济的奖励、计划生育目标责任奖励、独生子女父母奖励等。',
  ],
  [
    '办公设备购置',
    economic('31002'),
    '反映用于购置并按财务会计制度规定纳入固定资产核算范围的办公家具和办公设备的支出，以及按规定提取的修购基金。',
  ],
  [
    '机关运行经费',
    operatingCost,
    '指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
  ],
];

const always: Cond = () => true;

/**
 * Shanghai 2024 template 第四部分 (its note: 无事业收入的单位保留事业收入的名词解释 — so 事业收入/经营收入/其他收入 are kept
 * without their "主要是…" list, which the unit adds).
 */
const SHANGHAI: readonly Def[] = [
  [
    '财政拨款收入',
    always,
    '指单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。',
  ],
  ['事业收入', always, '指事业单位开展专业业务活动及其辅助活动取得的收入。'],
  ['经营收入', always, '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。'],
  ['其他收入', always, '指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。'],
  ['年初结转和结余', t01('income.carryIn'), '指以前年度尚未完成、结转到本年按有关规定继续使用的资金。'],
  [
    '年末结转和结余',
    t01('expense.carryOut'),
    '指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。',
  ],
  ['基本支出', t03('basic'), '指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。'],
  ['项目支出', t03('project'), '指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。'],
  ['经营支出', t03('operating'), '指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。'],
  [
    '“三公”经费',
    threePublic,
    '指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中：因公出国（境）费反映单位参加国际合作交流、重大项目洽谈、境外培训研修等的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务接待费反映全国性专业会议、国家重大政策调研、专项检查以及外事团组接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出；公务用车购置及运行维护费反映编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、过路过桥费、保险费等支出。',
  ],
  [
    '机关运行经费',
    operatingCost,
    '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。',
  ],
];

export function glossary(d: Disclosure, profile: ProfileId = d.profile): GlossaryEntry[] {
  const defs = profile === 'shanghai-2024' ? SHANGHAI : HUNAN;
  return defs.filter(([, cond]) => cond(d)).map(([term, , text]) => ({ term, text }));
}

/** Printed lines: hunan "术语：解释", shanghai "一、术语：解释". */
export function glossaryLines(
  entries: readonly GlossaryEntry[],
  profile: ProfileId,
  numeral: (n: number) => string,
): string[] {
  return entries.map((e, i) =>
    profile === 'shanghai-2024' ? `${numeral(i + 1)}、${e.term}：${e.text}` : `${e.term}：${e.text}`,
  );
}
