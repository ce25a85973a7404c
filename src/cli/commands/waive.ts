import { findingJson } from '../../core/checks/format';
import { SEVERITY_NAMES, type Finding } from '../../core/checks/types';
import { isWaivable, waiverPlan, withdrawWaiverPlan } from '../../core/checks/waivers';
import { parseRef, refToString } from '../../core/grid/grid';
import { CliError, flagString, type Command } from '../command';
import { loadWorkbook } from '../load';
import { openForWrite, writePlan } from '../write-workbook';
import { checkGrid } from './check';

const USAGE =
  'juesuan waive <in.xlsx> -o <out.xlsx> --rule <规则> [--cell 工作表!C7] --reason "说明" [--by 填写人]   |   juesuan waive <in.xlsx> --list   |   juesuan waive <in.xlsx> -o <out.xlsx> --drop-stale';

/** Waivers kept for findings that no longer occur (their figures were corrected since). */
function staleLine(n: number): string {
  return `另有 ${n} 条已保存的说明所对应的问题已不存在（有关数字已更改），可用 --drop-stale -o <out.xlsx> 清除。`;
}

function describe(f: Finding): string {
  const j = findingJson(f);
  return `[${SEVERITY_NAMES[f.severity]}${f.waiver ? '·已说明' : ''}] ${j.rule}  ${j.cells.join('、')}\n    ${j.message}`;
}

/**
 * Accepts a warning with a written reason (久其's 出错说明): the waiver is stored in the workbook (_juesuan sheet) and
 * shown by `check` and its reports. Errors cannot be waived: they must be corrected.
 */
export const waiveCommand: Command = {
  name: 'waive',
  summary: '为警告填写说明（出错说明），说明随工作簿保存（accept a warning with a written reason）',
  usage: USAGE,
  async run(args, io) {
    if (args.flags.list) {
      const { grid } = await loadWorkbook(args, USAGE);
      const result = checkGrid(grid);
      const waivable = result.findings.filter(isWaivable);
      io.out(waivable.length ? waivable.map(describe).join('\n') : '没有需要说明的警告或提示。');
      if (result.staleWaivers.length) io.out(staleLine(result.staleWaivers.length));
      return 0;
    }
    if (args.flags['drop-stale']) {
      const w = await openForWrite(args, io, USAGE);
      const stale = checkGrid(w.grid).staleWaivers;
      if (stale.length === 0) {
        io.out(`${w.input} 中没有过期的说明，未写入文件。`);
        return 0;
      }
      await writePlan(w, withdrawWaiverPlan(w.grid, ...stale), io);
      io.out(`已清除 ${stale.length} 条过期说明。\n已写入：${w.output}`);
      return 0;
    }
    const rule = flagString(args, 'rule');
    const cellFlag = flagString(args, 'cell');
    const reason = flagString(args, 'reason')?.trim();
    if (!rule) throw new CliError(`缺少 --rule（missing --rule）。用法：${USAGE}`);
    if (!reason) throw new CliError(`缺少 --reason 说明（missing --reason）。用法：${USAGE}`);
    const cell = cellFlag === undefined ? undefined : parseRef(cellFlag);
    if (cellFlag !== undefined && !cell)
      throw new CliError(`无法识别单元格“${cellFlag}”，应写成 工作表!C7（bad --cell）`);
    const w = await openForWrite(args, io, USAGE);
    const findings = checkGrid(w.grid).findings.filter(
      (f) => f.rule === rule && (!cell || f.cells.some((c) => c.ref === refToString(cell))),
    );
    if (findings.length === 0)
      throw new CliError(
        `在 ${w.input} 中没有找到规则 ${rule}${cellFlag ? ` 涉及 ${cellFlag}` : ''} 的问题（no such finding）`,
      );
    if (findings.length > 1)
      throw new CliError(
        `规则 ${rule} 有 ${findings.length} 处问题，请用 --cell 指明是哪一处（several findings; add --cell）：${findings
          .map((f) => f.cells[0]?.ref)
          .join('、')}`,
      );
    const f = findings[0];
    if (!isWaivable(f))
      throw new CliError(
        f.severity === 'error'
          ? `${rule} 是错误，必须更正，不能以说明通过（errors cannot be waived）`
          : `${rule} 是舍位差异，无需说明（rounding differences need no reason）`,
      );
    await writePlan(w, waiverPlan(w.grid, f, reason, new Date().toISOString(), flagString(args, 'by')), io);
    io.out(`已为 ${rule}（${f.cells.map((c) => c.ref).join('、')}）保存说明：${reason}\n已写入：${w.output}`);
    return 0;
  },
};
