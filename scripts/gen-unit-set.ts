import ExcelJS from 'exceljs';
import { writeFile } from 'fs/promises';
import { join } from 'path';
import { consolidatedData } from './gen-consolidated';
import { addSupplementary } from './samples/common';
import { buildJdfw } from './samples/layout-jdfw';
import { buildNational } from './samples/layout-national';
import type { Amounts, EconomicLine, SampleData, SubjectLine, SuppValue } from './samples/types';
import { Dec } from '../src/core/decimal/dec';
import { suppFieldFor } from '../src/core/supplementary';

/**
 * Generated workbooks for the prior-year and consolidation (汇总) tests, built with the sample builders
 * (scripts/samples): units of one department, each a valid set of tables 01–09 with 补充信息, and the
 * department's figures summed here from the units' data — independently of src/core/consolidate — so that a
 * consolidated workbook can be compared with the generator's own totals.
 */

export type Layout = 'national' | 'jdfw';

export interface UnitSpec {
  readonly name: string;
  /** 科目 rows of tables 02/03/05 (different counts give different 科目 sets). */
  readonly rows: number;
  readonly seed: number;
  readonly year?: number;
  /** national: 公开NN表, amounts in 元; jdfw: Chinese sheet names, 万元, 3-column codes. */
  readonly layout?: Layout;
}

export function unitData(spec: UnitSpec): SampleData {
  const d = consolidatedData({
    rows: spec.rows,
    units: 2,
    seed: spec.seed,
    year: spec.year ?? 2024,
    unitName: spec.name,
  });
  return { ...d, unitName: spec.name, unitLine: spec.name };
}

export async function writeSample(file: string, data: SampleData, layout: Layout = 'national'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(data.year + 1, 4, 1));
  wb.modified = wb.created;
  if (layout === 'national') buildNational(wb, data);
  else buildJdfw(wb, data);
  addSupplementary(wb, data, false);
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

const add = (a: Record<string, Dec>, key: string, v: string | undefined) => {
  if (v === undefined) return;
  a[key] = (a[key] ?? Dec.ZERO).add(Dec.from(v));
};
const asAmounts = (a: Record<string, Dec>): Amounts =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v.toFixed()]));

function sumAmounts(list: readonly Amounts[]): Amounts {
  const acc: Record<string, Dec> = {};
  for (const a of list) for (const [k, v] of Object.entries(a)) add(acc, k, v);
  return asAmounts(acc);
}

function sumLines(list: readonly (readonly SubjectLine[])[]): SubjectLine[] {
  const acc = new Map<string, Record<string, Dec>>();
  for (const lines of list)
    for (const l of lines) {
      const a = acc.get(l.code) ?? {};
      for (const [k, v] of Object.entries(l.v)) add(a, k, v);
      acc.set(l.code, a);
    }
  return [...acc.keys()].sort().map((code) => ({ code, v: asAmounts(acc.get(code)!) }));
}

function sumEconomic(list: readonly (readonly EconomicLine[])[]): EconomicLine[] {
  const acc: Record<string, Dec> = {};
  for (const lines of list) for (const l of lines) add(acc, l.code, l.amount);
  return Object.keys(acc)
    .sort()
    .map((code) => ({ code, amount: acc[code].toFixed() }));
}

/** The department as the sum of its units (amounts and counts of 补充信息 summed; texts left out). */
export function departmentData(units: readonly SampleData[], name: string): SampleData {
  const supp: Record<string, SuppValue> = { 'unit.name': name, 'unit.year': String(units[0].year) };
  const sums: Record<string, Dec> = {};
  for (const u of units)
    for (const [k, v] of Object.entries(u.supplementary)) {
      const kind = suppFieldFor(k)?.kind;
      if (kind === 'amount' || kind === 'count') add(sums, k, String(v));
    }
  for (const [k, v] of Object.entries(sums)) supp[k] = v.toFixed();
  const t04Classes: Record<string, Amounts> = {};
  for (const cls of new Set(units.flatMap((u) => Object.keys(u.t04Classes))))
    t04Classes[cls] = sumAmounts(units.map((u) => u.t04Classes[cls] ?? {}));
  return {
    ...units[0],
    unitName: name,
    unitLine: name,
    names: Object.assign({}, ...units.map((u) => u.names)),
    t01: sumAmounts(units.map((u) => u.t01)),
    t01Classes: sumAmounts(units.map((u) => u.t01Classes)),
    t02: sumLines(units.map((u) => u.t02)),
    t03: sumLines(units.map((u) => u.t03)),
    t04: sumAmounts(units.map((u) => u.t04)),
    t04Classes,
    t05: sumLines(units.map((u) => u.t05)),
    t06: sumEconomic(units.map((u) => u.t06)),
    t06Totals: {
      personnelTotal: Dec.sum(units.map((u) => Dec.from(u.t06Totals.personnelTotal))).toFixed(),
      publicTotal: Dec.sum(units.map((u) => Dec.from(u.t06Totals.publicTotal))).toFixed(),
    },
    t07: sumAmounts(units.map((u) => u.t07)),
    t08: sumLines(units.map((u) => u.t08)),
    t09: sumLines(units.map((u) => u.t09)),
    supplementary: supp,
    suppNotes: {},
  };
}

/** A unit set written to `dir`: unit files, the department's data (the generator's totals) and its own file. */
export async function writeUnitSet(
  dir: string,
  specs: readonly UnitSpec[],
  department = '示例局（汇总）',
): Promise<{ files: string[]; units: SampleData[]; department: SampleData; departmentFile: string }> {
  const units = specs.map(unitData);
  const files: string[] = [];
  for (let i = 0; i < specs.length; i++)
    files.push(await writeSample(join(dir, `unit-${i + 1}.xlsx`), units[i], specs[i].layout));
  const dept = departmentData(units, department);
  const departmentFile = await writeSample(join(dir, 'department.xlsx'), dept);
  return { files, units, department: dept, departmentFile };
}

/**
 * Last year's and this year's workbook of one unit: this year has no 上年 line filled (the generator fills the
 * “三公” ones; they are removed), one 款 renamed between the years (a new edition's wording).
 */
export function priorPairData(): { last: SampleData; current: SampleData; renamed: string } {
  const lastData = unitData({ name: '示例局', rows: 40, seed: 11, year: 2023 });
  // Last year's “三公” details and 车辆 counts, which `prior` carries forward from last year's 补充信息.
  const last: SampleData = {
    ...lastData,
    supplementary: {
      ...lastData.supplementary,
      'threePublic.abroad.groups': '0',
      'threePublic.abroad.persons': '0',
      'threePublic.vehicle.purchased': '1',
      'threePublic.vehicle.fleet': '4',
      'threePublic.reception.batches': '23',
      'threePublic.reception.persons': '187',
      'assets.vehicles.total': '5',
    },
  };
  const cur = unitData({ name: '示例局', rows: 40, seed: 12, year: 2024 });
  const renamed = cur.t05[cur.t05.length - 1].code.slice(0, 5);
  const supplementary = Object.fromEntries(Object.entries(cur.supplementary).filter(([k]) => !k.startsWith('prior.')));
  return {
    last,
    current: { ...cur, supplementary, names: { ...cur.names, [renamed]: `${cur.names[renamed]}管理` } },
    renamed,
  };
}

/**
 * Run: node -r ./scripts/register-ts.js scripts/gen-unit-set.ts <outDir> [--units N] [--year 2024]
 * Writes unit-1.xlsx … unit-N.xlsx (alternating the two export layouts, 元 and 万元) and department.xlsx (their
 * sum as the generator computes it), and last-year.xlsx / this-year.xlsx for `juesuan prior`.
 */
if (require.main === module) {
  const [out, ...rest] = process.argv.slice(2);
  const flag = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? Number(rest[i + 1]) : undefined;
  };
  if (!out) {
    console.error('用法 usage: gen-unit-set.ts <outDir> [--units N] [--year 2024]');
    process.exit(2);
  }
  const n = flag('units') ?? 3;
  const year = flag('year') ?? 2024;
  const specs: UnitSpec[] = Array.from({ length: n }, (_, i) => ({
    name: i === 0 ? '示例局本级' : `示例局所属单位${i}`,
    rows: 20 + 15 * i,
    seed: i + 1,
    year,
    layout: i % 2 ? 'jdfw' : 'national',
  }));
  (async () => {
    const { mkdir } = await import('fs/promises');
    await mkdir(out, { recursive: true });
    const set = await writeUnitSet(out, specs, '示例局');
    const pair = priorPairData();
    await writeSample(join(out, 'last-year.xlsx'), pair.last);
    await writeSample(join(out, 'this-year.xlsx'), pair.current, 'jdfw');
    console.log(`已生成 ${set.files.length} 个单位、department.xlsx、last-year.xlsx、this-year.xlsx：${out}`);
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
