import type { SuppKind } from '../model/types';

/**
 * The 补充信息 sheet: what part 三 needs beyond the nine tables (domain.md, "Beyond the nine tables").
 * Each line has a stable key (kept in a column of the sheet so the reader never depends on row order),
 * a Chinese label, a kind and a group heading. Amounts are in 万元 unless the sheet's 单位 line says otherwise.
 *
 * Per-科目 lines are generated from the tables: `budget.subject.<项 code>` (年初预算),
 * `prior.subject.<code>` (上年一般公共预算财政拨款支出决算数, filled by `prior` from last year's 公开05表),
 * `use.subject.<code>` (主要用途, text) and `reason.subject.<code>` (决算与预算差异原因, text).
 * Reasons: every `reason.*` key is free text; a missing reason becomes a visible placeholder in the draft.
 */
export interface SuppField {
  readonly key: string;
  readonly label: string;
  readonly kind: SuppKind;
  readonly group: string;
}

const f = (group: string, kind: SuppKind, rows: [string, string][]): SuppField[] =>
  rows.map(([key, label]) => ({ key, label, kind, group }));

export const SUPP_GROUPS = [
  '单位概况',
  '上年数',
  '年初预算',
  '“三公”经费明细',
  '机关运行经费',
  '会议费和培训费',
  '政府采购',
  '国有资产占用',
  '预算绩效',
  '原因说明',
] as const;

export const SUPP_FIELDS: readonly SuppField[] = [
  ...f('单位概况', 'text', [
    ['unit.name', '单位名称'],
    ['unit.year', '决算年度'],
    ['unit.functions', '部门职责（第一部分）'],
    ['unit.structure', '机构设置及决算单位构成（第一部分）'],
  ]),
  ...f('上年数', 'amount', [
    ['prior.income.total', '上年收入合计（本年收入）'],
    ['prior.expense.total', '上年支出合计（本年支出）'],
    ['prior.grand', '上年收入支出总计'],
    ['prior.fiscal.income', '上年财政拨款收入'],
    ['prior.fiscal.expense', '上年财政拨款支出'],
    ['prior.fiscal.grand', '上年财政拨款收入支出总计'],
    ['prior.general.expense', '上年一般公共预算财政拨款支出'],
    ['prior.threePublic.total', '上年“三公”经费支出合计'],
    ['prior.threePublic.abroad', '上年因公出国（境）费'],
    ['prior.threePublic.vehicle', '上年公务用车购置及运行维护费'],
    ['prior.threePublic.vehiclePurchase', '上年公务用车购置费'],
    ['prior.threePublic.vehicleOperation', '上年公务用车运行维护费'],
    ['prior.threePublic.reception', '上年公务接待费'],
    ['prior.operatingCost', '上年机关运行经费'],
  ]),
  // Last year's “三公” details and 公务用车 counts (domain.md: 出国 团组/人次, 接待 批次/人次, 车辆 购置数/保有量),
  // carried forward from last year's 补充信息 by `prior`.
  ...f('上年数', 'count', [
    ['prior.threePublic.abroad.groups', '上年因公出国（境）团组数（个）'],
    ['prior.threePublic.abroad.persons', '上年因公出国（境）人次'],
    ['prior.threePublic.vehicle.purchased', '上年购置公务用车数（辆）'],
    ['prior.threePublic.vehicle.fleet', '上年末公务用车保有量（辆）'],
    ['prior.threePublic.reception.batches', '上年国内公务接待批次（团组）'],
    ['prior.threePublic.reception.persons', '上年国内公务接待人次'],
    ['prior.assets.vehicles.total', '上年末车辆合计（辆）'],
  ]),
  ...f('年初预算', 'amount', [
    ['budget.general.expense', '一般公共预算财政拨款支出年初预算（合计）'],
    ['budget.operatingCost', '机关运行经费年初预算'],
    ['budget.threePublic.total', '“三公”经费年初预算合计'],
    ['budget.threePublic.abroad', '因公出国（境）费年初预算'],
    ['budget.threePublic.vehicle', '公务用车购置及运行维护费年初预算'],
    ['budget.threePublic.vehiclePurchase', '公务用车购置费年初预算'],
    ['budget.threePublic.vehicleOperation', '公务用车运行维护费年初预算'],
    ['budget.threePublic.reception', '公务接待费年初预算'],
  ]),
  ...f('“三公”经费明细', 'count', [
    ['threePublic.abroad.groups', '因公出国（境）团组数（个）'],
    ['threePublic.abroad.persons', '因公出国（境）人次'],
    ['threePublic.vehicle.purchased', '本年购置公务用车数（辆）'],
    ['threePublic.vehicle.fleet', '年末公务用车保有量（辆）'],
    ['threePublic.reception.batches', '国内公务接待批次（团组）'],
    ['threePublic.reception.persons', '国内公务接待人次'],
    ['threePublic.reception.foreignBatches', '其中：外宾接待批次'],
    ['threePublic.reception.foreignPersons', '其中：外宾接待人次'],
  ]),
  ...f('“三公”经费明细', 'amount', [['threePublic.reception.foreignAmount', '其中：外宾接待支出']]),
  ...f('“三公”经费明细', 'text', [
    ['threePublic.abroad.content', '因公出国（境）开支内容'],
    ['threePublic.vehicle.purchaseUse', '公务用车购置用途'],
    ['threePublic.vehicle.operationUse', '公务用车运行维护主要用途'],
    ['threePublic.reception.content', '公务接待主要内容'],
  ]),
  ...f('机关运行经费', 'amount', [['operatingCost.amount', '本年机关运行经费支出']]),
  ...f('会议费和培训费', 'amount', [
    ['meeting.amount', '会议费支出'],
    ['training.amount', '培训费支出'],
  ]),
  ...f('会议费和培训费', 'count', [
    ['meeting.persons', '会议人数（人次）'],
    ['meeting.count', '会议个数'],
    ['training.persons', '培训人数（人次）'],
    ['training.count', '培训期数'],
  ]),
  ...f('会议费和培训费', 'text', [
    ['meeting.content', '会议内容'],
    ['training.content', '培训内容'],
  ]),
  ...f('政府采购', 'amount', [
    ['procurement.total', '政府采购支出总额'],
    ['procurement.goods', '政府采购货物支出'],
    ['procurement.works', '政府采购工程支出'],
    ['procurement.services', '政府采购服务支出'],
    ['procurement.sme', '授予中小企业合同金额'],
    ['procurement.small', '其中：授予小微企业合同金额'],
    ['procurement.smeReserved', '面向中小企业预留项目预算金额'],
    ['procurement.smallReserved', '面向小微企业预留项目预算金额'],
    // Shanghai 2024 template 十一（二）: awards inside the reserved projects and in the other projects.
    ['procurement.smeReservedAwarded', '面向中小企业预留项目中由中小企业供应商中标或成交的采购金额'],
    ['procurement.smallReservedAwarded', '面向小微企业预留项目中由小微企业供应商中标或成交的采购金额'],
    ['procurement.smeOtherAwarded', '其他政府采购项目中由中小企业供应商中标或成交的采购金额'],
  ]),
  // Shares of 政府采购支出总额 (domain.md: 中小企业/小微企业 amounts and shares); `fill` derives them.
  ...f('政府采购', 'percent', [
    ['procurement.smeShare', '授予中小企业合同金额占政府采购支出总额的比例（%）'],
    ['procurement.smallShare', '授予小微企业合同金额占政府采购支出总额的比例（%）'],
  ]),
  ...f('国有资产占用', 'count', [
    ['assets.vehicles.total', '车辆合计（辆）'],
    ['assets.vehicles.ministerial', '部级领导干部用车'],
    ['assets.vehicles.leader', '主要领导干部用车'],
    ['assets.vehicles.confidential', '机要通信用车'],
    ['assets.vehicles.emergency', '应急保障用车'],
    ['assets.vehicles.enforcement', '执法执勤用车'],
    ['assets.vehicles.special', '特种专业技术用车'],
    ['assets.vehicles.retired', '离退休干部用车'],
    ['assets.vehicles.other', '其他用车'],
    ['assets.equipment.general50', '单位价值50万元以上通用设备（台套）'],
    ['assets.equipment.special100', '单位价值100万元以上专用设备（台套）'],
    ['assets.equipment.over100', '单价100万元（含）以上设备（不含车辆）（台套）'],
  ]),
  ...f('预算绩效', 'count', [['performance.projects', '绩效自评项目个数']]),
  ...f('预算绩效', 'amount', [['performance.amount', '绩效自评涉及资金']]),
  ...f('预算绩效', 'score', [['performance.score', '自评得分']]),
  ...f('预算绩效', 'text', [['performance.text', '预算绩效管理工作开展情况（原文）']]),
  // Shanghai 2024 template 十、预算绩效管理情况: 制度, 工作机制, 绩效目标 / 跟踪评价 counts, 自评 ratings, 问题整改.
  ...f('预算绩效', 'text', [
    ['performance.rules', '已建立的预算绩效管理制度（制度名称，以顿号分隔）'],
    ['performance.mechanism', '预算绩效管理工作机制'],
  ]),
  ...f('预算绩效', 'count', [
    ['performance.targets.projects', '编报绩效目标的项目个数'],
    ['performance.tracking.projects', '绩效跟踪评价的项目个数'],
    ['performance.rating.excellent', '绩效评级为“优”的项目个数'],
    ['performance.rating.good', '绩效评级为“良”的项目个数'],
    ['performance.rating.pass', '绩效评级为“合格”的项目个数'],
    ['performance.rating.fail', '绩效评级为“不合格”的项目个数'],
    ['performance.issues.found', '绩效自评发现问题个数'],
    ['performance.issues.fixed', '已完成整改的问题个数'],
    ['performance.issues.fixing', '正在整改的问题个数'],
  ]),
  ...f('预算绩效', 'amount', [
    ['performance.targets.amount', '编报绩效目标的项目涉及预算金额'],
    ['performance.tracking.amount', '绩效跟踪评价的项目涉及预算金额'],
  ]),
  ...f('原因说明', 'text', [
    ['reason.income', '收入较上年变动的主要原因'],
    ['reason.expense', '支出较上年变动的主要原因'],
    ['reason.grand', '收入支出总计较上年变动的主要原因'],
    ['reason.fiscal.income', '财政拨款收入较上年变动的主要原因'],
    ['reason.fiscal.expense', '财政拨款支出较上年变动的主要原因'],
    ['reason.fiscal.grand', '财政拨款收入支出总计较上年变动的主要原因'],
    ['reason.general.expense', '一般公共预算财政拨款支出较上年变动的主要原因'],
    ['reason.general.budget', '一般公共预算财政拨款支出决算与年初预算差异的主要原因'],
    ['reason.threePublic.budget', '“三公”经费决算与预算差异的主要原因'],
    ['reason.threePublic.abroad.budget', '因公出国（境）费决算与预算差异的主要原因'],
    ['reason.threePublic.abroad.yoy', '因公出国（境）费较上年变动的主要原因'],
    ['reason.threePublic.vehicle.budget', '公务用车购置及运行维护费决算与预算差异的主要原因'],
    ['reason.threePublic.vehicle.yoy', '公务用车购置及运行维护费较上年变动的主要原因'],
    ['reason.threePublic.vehiclePurchase.budget', '公务用车购置费决算与预算差异的主要原因'],
    ['reason.threePublic.vehiclePurchase.yoy', '公务用车购置费较上年变动的主要原因'],
    ['reason.threePublic.vehicleOperation.budget', '公务用车运行维护费决算与预算差异的主要原因'],
    ['reason.threePublic.vehicleOperation.yoy', '公务用车运行维护费较上年变动的主要原因'],
    ['reason.threePublic.reception.budget', '公务接待费决算与预算差异的主要原因'],
    ['reason.threePublic.reception.yoy', '公务接待费较上年变动的主要原因'],
    ['reason.operatingCost', '机关运行经费变动的主要原因'],
  ]),
];

export const SUPP_FIELD_BY_KEY: ReadonlyMap<string, SuppField> = new Map(SUPP_FIELDS.map((x) => [x.key, x]));

/** Keys generated per 项-level 科目 of T05 (年初预算, 上年决算数, 主要用途, 差异原因). */
export function subjectKeys(code: string): { budget: string; prior: string; use: string; reason: string } {
  return {
    budget: `budget.subject.${code}`,
    prior: `prior.subject.${code}`,
    use: `use.subject.${code}`,
    reason: `reason.subject.${code}`,
  };
}

export const SUPP_SHEET_NAME = '补充信息';

export type SubjectKeyKind = 'budget' | 'prior' | 'use' | 'reason';

const SUBJECT_KEY = /^(budget|prior|use|reason)\.subject\.(\d{3}(?:\d{2}){0,2})$/;

/** 'budget.subject.2010301' → { kind: 'budget', code: '2010301' }; undefined for any other key. */
export function parseSubjectKey(key: string): { kind: SubjectKeyKind; code: string } | undefined {
  const m = SUBJECT_KEY.exec(key);
  return m ? { kind: m[1] as SubjectKeyKind, code: m[2] } : undefined;
}

/** The schema line of a per-科目 key: 年初预算 / 上年决算数 (amounts) in groups 年初预算 / 上年数, 主要用途 / 差异原因 (text) in group 原因说明. */
export function subjectField(key: string, name = ''): SuppField | undefined {
  const p = parseSubjectKey(key);
  if (!p) return undefined;
  const subject = name ? `${p.code} ${name}` : p.code;
  if (p.kind === 'budget') return { key, label: `${subject} 年初预算`, kind: 'amount', group: '年初预算' };
  if (p.kind === 'prior') return { key, label: `${subject} 上年决算数`, kind: 'amount', group: '上年数' };
  if (p.kind === 'use') return { key, label: `${subject} 主要用途`, kind: 'text', group: '原因说明' };
  return { key, label: `${subject} 决算与年初预算差异的主要原因`, kind: 'text', group: '原因说明' };
}

/** Schema line of any key the 补充信息 sheet may hold (fixed or per-科目); undefined for unknown keys. */
export function suppFieldFor(key: string, name?: string): SuppField | undefined {
  return SUPP_FIELD_BY_KEY.get(key) ?? subjectField(key, name);
}
