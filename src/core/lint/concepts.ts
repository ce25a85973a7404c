import type { Sentence } from './types';

/**
 * What a figure in part 三 names, as a concept key shared by the cross-text check and the workbook comparison.
 * The same words name different figures in different sections ("基本支出" is 支出决算表's 基本支出 in 三 but
 * 一般公共预算财政拨款 基本支出 in 六), so the section's kind decides. Keys:
 *   income.total · income.fiscal … income.other · carryIn · carryOut · grand (一)
 *   expense.total · expense.basic · expense.project … (三)
 *   fiscal.income · fiscal.carryIn · fiscal.expense · fiscal.carryOut · fiscal.grand (四)
 *   general.expense · class:<类名> (五（二）) · subject:<类>/<款>/<项> (五（三）)
 *   basic.total · basic.personnel · basic.public (六)
 *   tp.total · tp.abroad · tp.reception · tp.vehicle · tp.vehiclePurchase · tp.vehicleOperation and counts (七)
 *   fund.* · soe.* (八, 九) · operatingCost (十) · meeting.amount · training.amount · procurement.* · assets.*
 * A 年初预算 figure gets the suffix "@budget", a 上年 figure "@prior".
 */
export function conceptName(label: string, kind: string): string | undefined {
  const l = label;
  switch (kind) {
    case 'overall':
      if (/年初结转|上年结转|年初.*结余/.test(l)) return 'carryIn';
      if (/年末结转/.test(l)) return 'carryOut';
      return totalConcept(l, '');
    case 'income':
      if (/收入合计|本年收入|^收入$|收入总计/.test(l)) return 'income.total';
      if (/一般公共预算财政拨款/.test(l)) return 'income.fiscalGeneral';
      if (/政府性基金预算财政拨款/.test(l)) return 'income.fiscalFund';
      if (/国有资本经营预算财政拨款/.test(l)) return 'income.fiscalSoe';
      if (/财政拨款/.test(l)) return 'income.fiscal';
      if (/上级补助/.test(l)) return 'income.superior';
      if (/事业收入/.test(l)) return 'income.business';
      if (/经营收入/.test(l)) return 'income.operating';
      if (/附属单位上缴/.test(l)) return 'income.affiliated';
      if (/其他收入/.test(l)) return 'income.other';
      return undefined;
    case 'expense':
      if (/支出合计|本年支出|^支出$|支出总计/.test(l)) return 'expense.total';
      if (/基本支出/.test(l)) return 'expense.basic';
      if (/项目支出/.test(l)) return 'expense.project';
      if (/上缴上级/.test(l)) return 'expense.toSuperior';
      if (/对附属单位补助/.test(l)) return 'expense.toAffiliated';
      if (/经营支出/.test(l)) return 'expense.operating';
      return undefined;
    case 'fiscal':
      if (/年初.*结转|上年.*结转/.test(l)) return 'fiscal.carryIn';
      if (/年末.*结转/.test(l)) return 'fiscal.carryOut';
      return totalConcept(l, 'fiscal.');
    case 'general':
      if (/财政拨款支出/.test(l)) return 'general.expense';
      if (/（类）|类）|类$/.test(l) || /^[^，]{2,14}支出$/.test(l)) return 'class:' + className(l);
      return undefined;
    case 'basic':
      if (/人员经费/.test(l)) return 'basic.personnel';
      if (/公用经费/.test(l)) return 'basic.public';
      if (/基本支出/.test(l)) return 'basic.total';
      return undefined;
    case 'threePublic':
      if (/因公出国/.test(l)) return 'tp.abroad';
      if (/公务接待/.test(l)) return 'tp.reception';
      if (/购置费?及运行(维护)?费|购置和运行/.test(l)) return 'tp.vehicle';
      if (/购置费/.test(l)) return 'tp.vehiclePurchase';
      if (/运行(维护)?费/.test(l)) return 'tp.vehicleOperation';
      if (/三公/.test(l)) return 'tp.total';
      return undefined;
    case 'fund':
    case 'soe':
      return fundName(l, kind);
    case 'operatingCost':
      return /机关运行经费/.test(l) ? 'operatingCost' : undefined;
    case 'meeting':
      if (/会议费/.test(l)) return 'meeting.amount';
      if (/培训费/.test(l)) return 'training.amount';
      return undefined;
    case 'procurement':
      if (/预留/.test(l)) return 'procurement.reserved';
      if (/小微企业/.test(l)) return 'procurement.small';
      if (/中小企业/.test(l)) return 'procurement.sme';
      if (/货物/.test(l)) return 'procurement.goods';
      if (/工程/.test(l)) return 'procurement.works';
      if (/服务/.test(l)) return 'procurement.services';
      if (/总额|采购支出/.test(l)) return 'procurement.total';
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Capability 1: the totals are different figures, decided from the whole label (domain.md, 01/04):
 * 收入支出总计 / 总计 (grand) · 收入总计 (income.grand) · 支出总计 (expense.grand) · 本年收入合计 / 收入 (income.total)
 * · 本年支出合计 / 支出 (expense.total); with prefix "fiscal." for 财政拨款 (section 四).
 */
function totalConcept(l: string, prefix: string): string | undefined {
  const t = l.replace(/^(财政拨款)/, '');
  // "其中：基本支出…，项目支出…" under a total of 一 or 四 are its parts, never the total (capability 12).
  if (/基本支出|项目支出/.test(t)) return undefined;
  if (/^(收入支出)?总计$|收支总计$|收入支出总计$/.test(t)) return prefix + 'grand';
  if (/收入总计$/.test(t)) return prefix + 'income.grand';
  if (/支出总计$/.test(t)) return prefix + 'expense.grand';
  if (/收入/.test(t)) return prefix ? 'fiscal.income' : 'income.total';
  if (/支出/.test(t)) return prefix ? 'fiscal.expense' : 'expense.total';
  return undefined;
}

function fundName(l: string, kind: string): string | undefined {
  if (/年初.*结转|上年.*结转/.test(l)) return kind + '.carryIn';
  if (/年末.*结转/.test(l)) return kind + '.carryOut';
  if (/收入/.test(l)) return kind + '.income';
  if (/基本支出/.test(l)) return kind + '.expBasic';
  if (/项目支出/.test(l)) return kind + '.expProject';
  if (/支出/.test(l)) return kind + '.expTotal';
  return undefined;
}

/** "一般公共服务（类）支出" / "社会保障和就业支出（类）" / "卫生健康（类）支出" → "一般公共服务". */
export function className(label: string): string {
  return label
    .replace(/[（(]?\d*类[）)]?/g, '')
    .replace(/支出$/, '')
    .replace(/支出$/, '')
    .replace(/\d+/g, '');
}

/** Count concepts (七, 十一, 十三): the label names the count, the sentence subject its item. */
function countConcept(label: string, subject: string | undefined, kind: string, unit: string): string | undefined {
  // Capability 8: a sub-item ("其中：外宾接待3批次") never takes its parent's concept or figure.
  if (/外宾|外事|境外|国（境）外/.test(label)) return undefined;
  if (kind === 'threePublic') {
    if (subject === 'tp.abroad' && /团组|批/.test(label)) return 'tp.abroad.groups';
    if (subject === 'tp.abroad' && unit === '人次') return 'tp.abroad.persons';
    if (subject === 'tp.reception' && /团组|批/.test(label)) return 'tp.reception.batches';
    if (subject === 'tp.reception' && unit === '人次') return 'tp.reception.persons';
    if (unit === '辆' && /保有/.test(label)) return 'tp.vehicle.fleet';
    if (unit === '辆' && /购置|更新/.test(label)) return 'tp.vehicle.purchased';
    return undefined;
  }
  if (kind === 'meeting' && /人数|人次/.test(label + unit)) {
    return subject === 'training.amount'
      ? 'training.persons'
      : subject === 'meeting.amount'
        ? 'meeting.persons'
        : undefined;
  }
  if (kind === 'assets') {
    if (unit === '辆') {
      if (/共有|车辆合计|^车辆/.test(label)) return 'assets.vehicles.total';
      if (/部级/.test(label)) return 'assets.vehicles.ministerial';
      if (/主要领导/.test(label)) return 'assets.vehicles.leader';
      if (/机要通信/.test(label)) return 'assets.vehicles.confidential';
      if (/应急保障/.test(label)) return 'assets.vehicles.emergency';
      if (/执法执勤/.test(label)) return 'assets.vehicles.enforcement';
      if (/特种专业/.test(label)) return 'assets.vehicles.special';
      if (/离退休/.test(label)) return 'assets.vehicles.retired';
      if (/其他用车/.test(label)) return 'assets.vehicles.other';
    }
    if (/通用设备/.test(label)) return 'assets.equipment.general50';
    if (/专用设备/.test(label)) return 'assets.equipment.special100';
  }
  return undefined;
}

/** The 项 of a 五（三） item title: "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）"
 * → names ['一般公共服务', '政府办公厅（室）及相关机构事务', '行政运行'] and the 7-digit code when printed. */
export function parseSubjectTitle(title: string): { names: string[]; code?: string } | undefined {
  const parts: { name: string; code: string }[] = [];
  const re = /(.*?)[（(]\s*(\d*)\s*(类|款|项)\s*[）)]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(title)) && parts.length < 3) {
    let name = m[1].replace(/^[、.，\s]+/, '');
    let code = m[2];
    const trailing = /(\d+)$/.exec(name);
    if (trailing) {
      code = code || trailing[1];
      name = name.slice(0, -trailing[1].length);
    }
    name = name.replace(/（[^（）]*(（[^（）]*）[^（）]*)*）$/, (g) => (/[（(]室[）)]$/.test(g) ? g : ''));
    parts.push({ name: name.replace(/支出$/, '').trim(), code });
  }
  if (parts.length === 0) return undefined;
  const code = parts.length === 3 && parts.every((p) => p.code) ? parts.map((p) => p.code).join('') : undefined;
  return { names: parts.map((p) => p.name), code };
}

/** Assigns concept keys to the mentions of a sentence (subject inherited from the previous figure). */
export function assignConcepts(s: Sentence): void {
  let subject: string | undefined;
  // Capability 12: a numbered 项 of 五（三）, 八 or 九 names its own 科目 — its figures are that 科目's, never the
  // section total's.
  const itemKey = s.itemTitle ? subjectKey(s.itemTitle, SUBJECT_PREFIX[s.sectionKind]) : undefined;
  if (s.sectionKind === 'threePublic' && s.itemTitle) subject = conceptName(s.itemTitle, 'threePublic');
  for (const m of s.mentions) {
    if (m.kind === 'percent' || m.role === 'diff') continue;
    if (m.kind === 'count') {
      m.concept = countConcept(m.label, subject, s.sectionKind, m.unit);
      continue;
    }
    if (/外宾|外事/.test(m.label)) continue; // a sub-item of 公务接待, not 公务接待 itself (capability 8)
    let name = itemKey ?? conceptName(m.label, s.sectionKind);
    name =
      name ??
      (/^(支出|决算|预算|支出决算|支出预算|年初预算|预算数|决算数|年初预算数|支出决算数)/.test(m.label)
        ? subject
        : undefined);
    if (!name) continue;
    subject = name;
    m.concept = name + suffix(m);
  }
}

/** Capability 4: 年初预算 (@budget) and 全年/调整预算 (@adjBudget) are different figures; 上年 is @prior. */
function suffix(m: Sentence['mentions'][number]): string {
  if (m.role === 'prior') return '@prior';
  if (m.role !== 'budget') return '';
  return m.budgetKind === 'adjusted' ? '@adjBudget' : '@budget';
}

/** Concept prefix of the 科目 items of a section: 五 (T05), 八 (T08), 九 (T09). */
const SUBJECT_PREFIX: Readonly<Record<string, string>> = {
  general: 'subject:',
  fund: 'fund.subject:',
  soe: 'soe.subject:',
};

function subjectKey(title: string, prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const p = parseSubjectTitle(title);
  return p ? prefix + p.names.join('/') : undefined;
}

/** Concept name without its role suffix. */
export function baseConcept(concept: string | undefined): string | undefined {
  return concept?.replace(/@(budget|adjBudget|prior)$/, '');
}
