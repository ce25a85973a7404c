import { analyseGrid } from '../../core/engine';
import { refToString } from '../../core/grid/grid';
import { planFill } from '../../core/derive';
import type { FillPlan } from '../../core/derive';
import type { Command } from '../command';
import { openForWrite, writePlan } from '../write-workbook';

const USAGE = 'juesuan fill <in.xlsx> -o <out.xlsx> [--values] [--overwrite-conflicts] [--json]';

/** The JSON shape of `fill --json`. */
export function fillJson(f: FillPlan) {
  return {
    written: f.written.map((w) => ({ cell: refToString(w.cell), old: w.old, new: w.new })),
    conflicts: f.conflicts.map((c) => ({ cell: refToString(c.cell), current: c.current, derived: c.derived })),
  };
}

export function fillText(f: FillPlan, out: string): string {
  const lines = [`${f.written.length} 个单元格已填充，${f.conflicts.length} 处冲突未覆盖。`];
  for (const w of f.written)
    lines.push(`  填充 ${refToString(w.cell)}（${w.label}）：${w.old === null ? '空' : w.old} → ${w.new}`);
  if (f.conflicts.length) {
    lines.push('冲突（单元格已有内容且与计算结果不同，未改动；如需覆盖请加 --overwrite-conflicts）：');
    for (const c of f.conflicts)
      lines.push(`  ${refToString(c.cell)}（${c.label}）：现有 ${c.current}，应为 ${c.derived}`);
  }
  lines.push(`已写入：${out}（可用 juesuan undo ${out} -o <还原.xlsx> 撤销本次填充）`);
  return lines.join('\n');
}

export const fillCommand: Command = {
  name: 'fill',
  summary: '填充合计、小计、总计等可推算的单元格，不改动手工填写的内容（fill derived totals）',
  usage: USAGE,
  async run(args, io) {
    const w = await openForWrite(args, io, USAGE);
    const fill = planFill(w.grid, analyseGrid(w.grid), {
      mode: args.flags.values ? 'values' : 'formulas',
      overwrite: args.flags['overwrite-conflicts'] ? 'all' : 'none',
    });
    await writePlan(w, fill.plan, io);
    const output = w.output;
    io.out(args.flags.json ? JSON.stringify(fillJson(fill), null, 2) : fillText(fill, output));
    return 0;
  },
};
