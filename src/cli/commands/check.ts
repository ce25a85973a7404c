import path from 'path';
import { writeFile } from 'fs/promises';
import { amountUnitNote, findingJson, summaryLine, verdict } from '../../core/checks/format';
import {
  CHECK_SETTING_KEYS,
  CHECK_SETTING_LABELS,
  parsePercentSetting,
  settingInForce,
  type CheckSettings,
} from '../../core/checks/settings';
import { SEVERITY_NAMES } from '../../core/checks/types';
import { checkWithStore, type StoredCheckResult } from '../../core/checks/with-store';
import { Dec } from '../../core/decimal/dec';
import { localStamp } from '../../core/format/local-time';
import { analyseGrid } from '../../core/engine';
import type { Grid } from '../../core/grid/grid';
import { reportCsv } from '../../io/report-csv';
import { reportHtml } from '../../io/report-html';
import { GridReadError, readGridFromFile } from '../../io/xlsx';
import { CliError, flagString, type CliIO, type Command, type ParsedArgs } from '../command';

function percentFlag(args: ParsedArgs, name: string): Dec | undefined {
  if (args.flags[name] === true) throw new CliError(`请写成 --${name}=20（write --${name}=20）`);
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const d = parsePercentSetting(v);
  if (!d)
    throw new CliError(`--${name} 应为 0 到 1000 之间的百分数，如 20（--${name} must be a percentage such as 20）`);
  return d;
}

/** The thresholds in force, for the JSON output: every key, stored/flag value or default, as text. */
function settingsJson(settings: CheckSettings): Record<string, string> {
  return Object.fromEntries(CHECK_SETTING_KEYS.map((k) => [k, settingInForce(settings, k).toFixed()]));
}

/**
 * Checks one workbook's grid: the mapping (unless the caller has analysed it already), then the rule catalogue, with
 * the waivers and 校验参数 stored in the workbook; `options` (the command's flags) override the stored thresholds.
 */
export function checkGrid(
  grid: Grid,
  options: CheckSettings = {},
  disclosure = analyseGrid(grid).disclosure,
): StoredCheckResult {
  return checkWithStore(grid, disclosure, options);
}

function printText(result: StoredCheckResult, file: string, unitNote: string, io: CliIO): void {
  io.out(`校验 ${file}：${summaryLine(result.summary)}`);
  io.out(unitNote);
  for (const k of CHECK_SETTING_KEYS) {
    const v = result.settings[k];
    if (v !== undefined)
      io.out(
        `校验参数：${CHECK_SETTING_LABELS[k].replace('（%）', ` ${v.toFixed()}% `)}（默认 ${settingInForce({}, k).toFixed()}%）`,
      );
  }
  for (const f of result.findings) {
    const j = findingJson(f);
    io.out(`[${SEVERITY_NAMES[f.severity]}${f.waiver ? '·已说明' : ''}] ${j.rule}  ${j.message}`);
    if (j.cells.length) io.out(`    单元格：${j.cells.join('、')}`);
    if (f.waiver) io.out(`    说明：${f.waiver.reason}`);
    else if (j.suggestion) io.out(`    建议：${j.suggestion}`);
  }
  io.out(verdict(result.summary));
}

export const checkCommand: Command = {
  name: 'check',
  summary: '校验工作簿的表内、表间和补充信息勾稽关系（check the workbook’s relations）',
  usage:
    'juesuan check <file.xlsx> [--json] [--report out.xlsx|out.html|out.csv] [--budget-variance=20] [--other-share=20]',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new CliError('请指定要校验的工作簿（missing workbook: juesuan check <file.xlsx>）');
    const report = flagString(args, 'report');
    if (report !== undefined && !/\.(xlsx|html?|csv)$/i.test(report))
      throw new CliError('报告文件须为 .xlsx 或 .html 或 .csv（--report must end in .xlsx, .html or .csv）');
    const options = {
      budgetVariancePercent: percentFlag(args, 'budget-variance'),
      otherSharePercent: percentFlag(args, 'other-share'),
    };
    let grid: Grid;
    try {
      grid = await readGridFromFile(path.resolve(io.cwd, file));
    } catch (e) {
      if (e instanceof GridReadError) throw new CliError(e.message.split('\n')[0]);
      throw e;
    }
    const { disclosure } = analyseGrid(grid);
    const result = checkGrid(grid, options, disclosure);
    if (report) {
      const out = path.resolve(io.cwd, report);
      const info = { file: path.basename(file), checkedAt: localStamp(new Date()) };
      if (/\.xlsx$/i.test(report)) await (await import('../../io/report-xlsx')).writeReportXlsx(out, result, info);
      else if (/\.csv$/i.test(report)) await writeFile(out, reportCsv(result), 'utf8');
      else await writeFile(out, reportHtml(result, info, disclosure), 'utf8');
    }
    if (args.flags.json) {
      const { error, warning, rounding, info, accepted } = result.summary;
      io.out(
        JSON.stringify(
          {
            findings: result.findings.map(findingJson),
            summary: { error, warning, rounding, info, accepted },
            settings: settingsJson(result.settings),
          },
          null,
          2,
        ),
      );
    } else {
      printText(result, file, amountUnitNote(disclosure), io);
      if (report) io.out(`报告已写入 ${report}`);
    }
    return result.summary.error > 0 ? 1 : 0;
  },
};
