/**
 * Generates large consolidated (汇总) 决算 workbooks for benchmarks and batch tests: a 主管部门 whose figures are the
 * sums of many 单位, with valid tables 01–09 in the national export layout (scripts/samples/layout-national.ts)
 * and a 补充信息 sheet. Tables 02, 03 and 05 each have `rows` 科目 rows (类 + 款 + 项). Codes come from
 * src/core/catalogue where it has them; where it runs out, synthetic 款/项 codes under real 类 are named
 * “示例款…/示例项…”. Every relation of domain.md holds exactly, so the checker finds no error and no warning.
 *
 * Run: node -r ./scripts/register-ts.js scripts/gen-consolidated.ts <rows> <out.xlsx> [--units N] [--seed N]
 */
import ExcelJS from 'exceljs';
import { ECONOMIC_SUBJECTS, FUNCTIONAL_SUBJECTS, T01_CLASS_ORDER } from '../src/core/catalogue';
import { Dec } from '../src/core/decimal/dec';
import { addSupplementary } from './samples/common';
import { buildNational } from './samples/layout-national';
import type { Amounts, EconomicLine, SampleData, SubjectLine } from './samples/types';

export interface ConsolidatedOptions {
  /** 科目 rows in each of tables 02, 03 and 05 (类 + 款 + 项); at least 3. */
  readonly rows: number;
  /** Units summed into the consolidated figures (default: one per 100 rows, at least 8). */
  readonly units?: number;
  /** PRNG seed: the same options give the same workbook. */
  readonly seed?: number;
  /** Name on the 部门 line and in 补充信息 (default “示例主管部门（汇总 N 家单位）”). */
  readonly unitName?: string;
  readonly year?: number;
}

/** mulberry32: a small deterministic PRNG (the workbooks must be reproducible). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts are generated as whole 分 of 万元 (integers), so every sum below is exact. */
const wan = (cents: number): string => Dec.from(cents).div(Dec.HUNDRED, 2).toFixed(2);

/** Words for synthetic names: no digits (the narrative linter reads digits in a 科目 name as figures). */
const WORDS = ['综合', '行政', '业务', '专项', '公共', '基础', '保障', '管理', '服务', '建设'];

/**
 * “示例款保障综合综合专项公共”: every digit of the code spelt as a word, so that no two synthetic names are alike (the
 * linter matches a 项 in the text by its name).
 */
function syntheticName(code: string): string {
  const words = [...code].map((d) => WORDS[Number(d)]).join('');
  return `${code.length === 5 ? '示例款' : '示例项'}${words}`;
}

/** 类 → 款 → 项 codes and names for `rows` rows: catalogue codes first, synthetic ones after (never …99 “其他”). */
export function subjectCodes(rows: number): { items: string[]; names: Record<string, string> } {
  if (rows < 3) throw new Error('rows must be at least 3 (one 类, one 款, one 项)');
  const perKuan = rows >= 20000 ? 95 : rows >= 2000 ? 40 : 12;
  const kuanTotal = Math.max(1, Math.round(rows / (perKuan + 1)));
  const classes = T01_CLASS_ORDER.filter((c) => FUNCTIONAL_SUBJECTS.some((s) => s.code === c));
  const classCount = Math.min(classes.length, Math.max(1, Math.ceil(kuanTotal / 15)));
  const kuanPerClass = Math.ceil(kuanTotal / classCount);
  if (kuanPerClass > 90) throw new Error(`too many rows for the synthetic codes: ${rows}`);
  const names: Record<string, string> = {};
  const known = new Map(FUNCTIONAL_SUBJECTS.map((s) => [s.code, s.name]));
  const children = (parent: string, digits: number, take: number): string[] => {
    const real = FUNCTIONAL_SUBJECTS.filter(
      (s) => s.code.length === parent.length + digits && s.code.startsWith(parent) && !s.code.endsWith('99'),
    ).map((s) => s.code);
    const out = real.slice(0, take);
    for (let n = 1; out.length < take && n < 99; n++) {
      const code = parent + String(n).padStart(2, '0');
      if (!out.includes(code) && !known.has(code)) out.push(code);
    }
    for (const c of out) names[c] = known.get(c) ?? syntheticName(c);
    return out;
  };
  const items: string[] = [];
  let left = rows;
  for (const cls of classes) {
    if (left === 0) break;
    names[cls] = known.get(cls)!;
    left--;
    let k = 0;
    for (const kuan of children(cls, 2, 98)) {
      // Close the 类 after its share of 款, unless too few rows are left to start another 类 (3).
      if (left < 2 || (k >= kuanPerClass && left >= 3)) break;
      k++;
      left--;
      let take = Math.min(perKuan, left);
      // Never leave a single row: a 款 needs at least one 项 below it.
      if (left - take === 1) take = take < 98 ? take + 1 : take - 1;
      const xiang = children(kuan, 2, take);
      items.push(...xiang);
      left -= xiang.length;
    }
  }
  if (left !== 0) throw new Error(`could not lay out ${rows} rows (${left} left)`);
  return { items, names };
}

interface LineCents {
  gb: number;
  gp: number;
  nb: number;
  np: number;
  business: number;
}

/** Splits `total` 分 over `codes` with random weights; the first code takes the remainder. */
function split(total: number, codes: readonly string[], rnd: () => number): EconomicLine[] {
  const w = codes.map(() => 1 + rnd() * 9);
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sum));
  parts[0] += total - parts.reduce((a, b) => a + b, 0);
  return codes.map((code, i) => ({ code, amount: wan(parts[i]) })).filter((l) => l.amount !== '0.00');
}

/** The consolidated figures: every 项 line is the sum of the units that spend on it. */
export function consolidatedData(options: ConsolidatedOptions): SampleData {
  const rnd = prng(options.seed ?? 1);
  const year = options.year ?? 2023;
  const units = options.units ?? Math.max(8, Math.round(options.rows / 100));
  const unitName = options.unitName ?? `示例主管部门（汇总${units}家单位）`;
  const { items, names } = subjectCodes(options.rows);

  const lines = new Map<string, LineCents>(items.map((c) => [c, { gb: 0, gp: 0, nb: 0, np: 0, business: 0 }]));
  // Each unit spends on a run of consecutive 项 (its own 科目), so units overlap on some lines.
  const span = Math.max(1, Math.ceil((items.length * 2) / units));
  for (let u = 0; u < units; u++) {
    const start = Math.floor((u * items.length) / units);
    for (let k = 0; k < span; k++) {
      const l = lines.get(items[(start + k) % items.length])!;
      l.gb += 100 + Math.floor(rnd() * 5_000_00);
      l.gp += Math.floor(rnd() * 2_000_00);
      const nb = Math.floor(rnd() * 300_00);
      const np = Math.floor(rnd() * 100_00);
      l.nb += nb;
      l.np += np;
      l.business += Math.floor((nb + np) / 2);
    }
  }
  const t02: SubjectLine[] = [];
  const t03: SubjectLine[] = [];
  const t05: SubjectLine[] = [];
  const byClass = new Map<string, { all: number; general: number }>();
  let g = 0;
  let gBasic = 0;
  let n = 0;
  let business = 0;
  for (const [code, l] of lines) {
    const fiscal = l.gb + l.gp;
    const nonFiscal = l.nb + l.np;
    // Income equals spending line by line: 财政拨款 + 事业收入 + 其他收入.
    t02.push({
      code,
      v: {
        total: wan(fiscal + nonFiscal),
        fiscal: wan(fiscal),
        business: wan(l.business),
        other: wan(nonFiscal - l.business),
      },
    });
    t03.push({ code, v: { total: wan(fiscal + nonFiscal), basic: wan(l.gb + l.nb), project: wan(l.gp + l.np) } });
    t05.push({ code, v: { total: wan(fiscal), basic: wan(l.gb), project: wan(l.gp) } });
    const c = byClass.get(code.slice(0, 3)) ?? { all: 0, general: 0 };
    c.all += fiscal + nonFiscal;
    c.general += fiscal;
    byClass.set(code.slice(0, 3), c);
    g += fiscal;
    gBasic += l.gb;
    n += nonFiscal;
    business += l.business;
  }
  const carryFiscal = Math.floor(g / 20);
  const carryAll = carryFiscal + Math.floor(n / 10);

  // 三公: small, within budget, below last year; 30217 / 30231 in table 06 equal the 决算.
  const reception = Math.min(Math.floor(gBasic / 200), 50_000_00);
  const vehicleOp = Math.min(Math.floor(gBasic / 150), 80_000_00);
  const publicTotal = Math.floor(gBasic * 0.3);
  const personnel = gBasic - publicTotal;
  const econ = (prefixes: string[], skip: string[]) =>
    ECONOMIC_SUBJECTS.filter(
      (s) => s.level === 2 && prefixes.includes(s.code.slice(0, 3)) && !s.code.endsWith('99') && !skip.includes(s.code),
    ).map((s) => s.code);
  // 30212 因公出国（境）费用 is 三公 too (no 出国 here, so not printed): kept out of the random split like the others.
  const special = ['30212', '30217', '30231', '31013'];
  const t06: EconomicLine[] = [
    ...split(personnel, econ(['301', '303'], special), rnd),
    ...split(publicTotal - reception - vehicleOp, econ(['302', '310'], special), rnd),
    { code: '30217', amount: wan(reception) },
    { code: '30231', amount: wan(vehicleOp) },
  ];

  const t01Classes: Record<string, string> = {};
  const t04Classes: Record<string, Amounts> = {};
  for (const [cls, c] of byClass) {
    t01Classes[cls] = wan(c.all);
    t04Classes[cls] = { total: wan(c.general), general: wan(c.general) };
  }
  const threePublic = { abroad: 0, vehiclePurchase: 0, vehicleOperation: vehicleOp, reception };
  const tp = (f: number) => ({
    total: Math.ceil(f * (vehicleOp + reception)),
    abroad: 0,
    vehicle: Math.ceil(f * vehicleOp),
    vehiclePurchase: 0,
    vehicleOperation: Math.ceil(f * vehicleOp),
    reception: Math.ceil(f * reception),
  });
  const budget = tp(1.1);
  budget.total = budget.vehicle + budget.reception;
  const prior = tp(1.05);
  prior.total = prior.vehicle + prior.reception;
  const t07: Record<string, string> = {};
  for (const [k, v] of Object.entries(budget)) t07[`budget.${k}`] = wan(v);
  for (const [k, v] of Object.entries({
    total: vehicleOp + reception,
    vehicle: vehicleOp,
    ...threePublic,
  }))
    t07[`actual.${k}`] = wan(v);

  return {
    id: 'heshan-zfb-2021', // the layout only uses id in error messages; this is a generated workbook
    seed: `generated rows=${options.rows} units=${units} seed=${options.seed ?? 1}`,
    unitName,
    unitLine: unitName,
    year,
    profile: 'hunan-2021',
    names,
    t01: {
      'income.fiscalGeneral': wan(g),
      'income.business': wan(business),
      'income.other': wan(n - business),
      'income.total': wan(g + n),
      'income.carryIn': wan(carryAll),
      'income.grand': wan(g + n + carryAll),
      'expense.total': wan(g + n),
      'expense.carryOut': wan(carryAll),
      'expense.grand': wan(g + n + carryAll),
    },
    t01Classes,
    t02,
    t03,
    t04: {
      'income.general': wan(g),
      'income.total': wan(g),
      'carryIn.total': wan(carryFiscal),
      'carryIn.general': wan(carryFiscal),
      'income.grand': wan(g + carryFiscal),
      'expense.total.total': wan(g),
      'expense.total.general': wan(g),
      'carryOut.total': wan(carryFiscal),
      'carryOut.general': wan(carryFiscal),
      'expense.grand.total': wan(g + carryFiscal),
      'expense.grand.general': wan(g + carryFiscal),
    },
    t04Classes,
    t05,
    t06,
    t06Totals: { personnelTotal: wan(personnel), publicTotal: wan(publicTotal) },
    t07,
    t08: [],
    t09: [],
    supplementary: {
      'unit.name': unitName,
      'unit.year': String(year),
      'prior.threePublic.total': wan(prior.total),
      'prior.threePublic.abroad': wan(0),
      'prior.threePublic.vehicle': wan(prior.vehicle),
      'prior.threePublic.vehiclePurchase': wan(0),
      'prior.threePublic.vehicleOperation': wan(prior.vehicleOperation),
      'prior.threePublic.reception': wan(prior.reception),
      'operatingCost.amount': wan(publicTotal),
    },
    suppNotes: {},
    fromSeed: [],
    illustrative: [],
  };
}

export function buildConsolidated(options: ConsolidatedOptions): ExcelJS.Workbook {
  const data = consolidatedData(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算公开助手 gen-consolidated';
  wb.created = new Date(Date.UTC(data.year + 1, 4, 1));
  wb.modified = wb.created;
  buildNational(wb, data);
  addSupplementary(wb, data, false);
  return wb;
}

export async function writeConsolidated(file: string, options: ConsolidatedOptions): Promise<void> {
  await buildConsolidated(options).xlsx.writeFile(file);
}

if (require.main === module) {
  const [rowsArg, out, ...rest] = process.argv.slice(2);
  const flag = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? Number(rest[i + 1]) : undefined;
  };
  const rows = Number(rowsArg);
  if (!Number.isInteger(rows) || !out) {
    console.error('用法 usage: gen-consolidated.ts <rows> <out.xlsx> [--units N] [--seed N]');
    process.exit(2);
  }
  writeConsolidated(out, { rows, units: flag('units'), seed: flag('seed') }).then(
    () => console.log(`已生成 ${out}（科目行 ${rows}）`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
