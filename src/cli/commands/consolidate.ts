import ExcelJS from 'exceljs';
import { resolve } from 'path';
import {
  ConsolidateError,
  checkConsolidated,
  consolidate,
  departmentMismatch,
  readUnitGrid,
  verifyDepartment,
} from '../../core/consolidate';
import type { Consolidation, UnitRead, VerifyFinding } from '../../core/consolidate';
import { analyseGrid } from '../../core/engine';
import { refToString } from '../../core/grid/grid';
import { buildConsolidatedWorkbook } from '../../io/consolidated/workbook';
import { GridReadError, readGridFromFile } from '../../io/xlsx';
import { CliError, flagString, type CliIO, type Command } from '../command';

const USAGE =
  'juesuan consolidate <单位.xlsx…> -o <部门.xlsx> [--name 部门名称] [--json]  |  juesuan consolidate --verify <部门.xlsx> <单位.xlsx…> [--json]';

async function readUnit(io: CliIO, file: string): Promise<UnitRead> {
  let grid;
  try {
    grid = await readGridFromFile(resolve(io.cwd, file));
  } catch (e) {
    if (e instanceof GridReadError) throw new CliError(`${file}：${e.message.split('\n')[0]}`);
    throw e;
  }
  return readUnitGrid(grid, file);
}

function sumUnits(units: readonly UnitRead[]): Consolidation {
  try {
    return consolidate(units);
  } catch (e) {
    if (e instanceof ConsolidateError) throw new CliError(e.message);
    throw e;
  }
}

function unitLines(units: readonly UnitRead[], sum: Consolidation): string[] {
  const lines = [`读取 ${units.length} 个单位：`];
  units.forEach((u, i) => {
    const info = sum.units[i];
    const head = `  ${i + 1}. ${u.name}（${u.file}，${info.year ?? '年度不明'}，金额单位 ${info.unit ?? '不明'}）`;
    lines.push(u.errors ? `${head}：校验错误 ${u.errors} 条，请先更正该单位` : `${head}：校验无错误`);
    for (const m of u.firstErrors) lines.push(`       ${m}`);
  });
  for (const n of sum.notes) lines.push(`注意：${n.message}`);
  return lines;
}

function verifyJson(f: VerifyFinding) {
  return {
    severity: f.severity,
    table: f.table,
    label: f.label,
    cell: f.cell ? refToString(f.cell) : undefined,
    expected: f.expected.normalize().toFixed(),
    actual: f.actual.normalize().toFixed(),
    difference: f.difference.normalize().toFixed(),
    tolerance: f.tolerance.normalize().toFixed(),
    units: f.units.map((u) => ({ name: u.name, value: u.value.normalize().toFixed(), cell: refToString(u.cell) })),
    message: f.message,
  };
}

async function verify(args: Parameters<Command['run']>[0], io: CliIO, deptFile: string): Promise<number> {
  const files = args.positional;
  if (!files.length) throw new CliError(`缺少单位工作簿（missing unit workbooks）。用法：${USAGE}`);
  const dept = await readUnit(io, deptFile);
  const units: UnitRead[] = [];
  for (const f of files) units.push(await readUnit(io, f));
  const sum = sumUnits(units);
  const refused = departmentMismatch(dept.disclosure, deptFile, sum);
  if (refused) throw new CliError(`${refused}（the department's year or template differs from its units'）`);
  const findings = verifyDepartment(dept.disclosure, sum);
  const errors = findings.filter((f) => f.severity === 'error');
  if (args.flags.json) {
    io.out(
      JSON.stringify(
        {
          department: { name: dept.name, file: deptFile, errors: dept.errors },
          units: units.map((u) => ({ name: u.name, file: u.file, errors: u.errors })),
          findings: findings.map(verifyJson),
        },
        null,
        2,
      ),
    );
  } else {
    const lines = unitLines(units, sum);
    lines.push(
      errors.length
        ? `部门工作簿 ${deptFile} 与各单位合计不一致：${errors.length} 处${findings.length > errors.length ? `（另有舍位差异 ${findings.length - errors.length} 处）` : ''}`
        : `部门工作簿 ${deptFile} 与各单位合计一致${findings.length ? `（舍位差异 ${findings.length} 处）` : ''}。`,
    );
    for (const f of findings)
      lines.push(
        `  [${f.severity === 'error' ? '错误' : '舍位'}] ${f.cell ? `${refToString(f.cell)} ` : ''}${f.message}`,
      );
    io.out(lines.join('\n'));
  }
  return errors.length || units.some((u) => u.errors) ? 1 : 0;
}

export const consolidateCommand: Command = {
  name: 'consolidate',
  summary:
    '按所属单位工作簿汇总部门决算公开表，或核对已报送的部门汇总表（build or verify a department from its units）',
  usage: USAGE,
  async run(args, io) {
    const verifyOf = flagString(args, 'verify');
    if (args.flags.verify !== undefined) {
      if (!verifyOf) throw new CliError(`--verify 后应为部门工作簿。用法：${USAGE}`);
      return verify(args, io, verifyOf);
    }
    const files = args.positional;
    const output = flagString(args, 'o', 'output');
    if (!files.length) throw new CliError(`缺少单位工作簿（missing unit workbooks）。用法：${USAGE}`);
    if (!output) throw new CliError(`缺少输出文件 -o（missing -o output file）。用法：${USAGE}`);
    if (!/\.xlsx$/i.test(output)) throw new CliError(`输出文件应为 .xlsx：${output}（output must be an .xlsx file）`);
    if (files.some((f) => resolve(io.cwd, f) === resolve(io.cwd, output)))
      throw new CliError('输出文件不能与任何输入文件相同，以免覆盖原表（-o must differ from the inputs）');
    const units: UnitRead[] = [];
    for (const f of files) units.push(await readUnit(io, f));
    const sum = sumUnits(units);
    const name = flagString(args, 'name') ?? `汇总（${units.length}个单位）`;
    const wb = buildConsolidatedWorkbook(sum, name, new ExcelJS.Workbook());
    try {
      await wb.xlsx.writeFile(resolve(io.cwd, output));
    } catch (e) {
      throw new CliError(
        `无法写入 ${output}（cannot write file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
      );
    }
    // The consolidated workbook, read back as any user would open it, checked like a unit.
    const { errors, rounding } = checkConsolidated(
      analyseGrid(await readGridFromFile(resolve(io.cwd, output))).disclosure,
      sum,
    );
    if (args.flags.json) {
      io.out(
        JSON.stringify(
          {
            output,
            name,
            year: sum.year,
            unit: sum.outputUnit,
            units: units.map((u, i) => ({
              name: u.name,
              file: u.file,
              year: sum.units[i].year,
              unit: sum.units[i].unit,
              errors: u.errors,
            })),
            notes: sum.notes,
            rows: Object.fromEntries(Object.entries(sum.tables).map(([id, t]) => [id, t!.rows.length])),
            check: {
              errors: errors.map((f) => ({ rule: f.rule, message: f.message })),
              rounding: rounding.map((r) => ({ rule: r.finding.rule, message: r.finding.message, units: r.units })),
            },
          },
          null,
          2,
        ),
      );
    } else {
      const lines = unitLines(units, sum);
      const rows = Object.values(sum.tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
      lines.push(
        `已生成 ${name}：${output}（公开01–09表、补充信息、汇总明细；科目行共 ${rows} 行；金额单位 ${sum.outputUnit}）`,
      );
      lines.push(`汇总表校验：错误 ${errors.length} 条，舍位差异 ${rounding.length} 条。`);
      for (const f of errors) lines.push(`  [错误] ${f.message}`);
      for (const r of rounding) lines.push(`  [舍位] ${r.finding.message}（涉及单位：${r.units.join('、') || '—'}）`);
      lines.push('补充信息中的原因、说明等文字未汇总，请部门填写。');
      io.out(lines.join('\n'));
    }
    return errors.length || units.some((u) => u.errors) ? 1 : 0;
  },
};
