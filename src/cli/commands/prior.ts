import { resolve } from 'path';
import { analyseGrid } from '../../core/engine';
import { refToString } from '../../core/grid/grid';
import type { Disclosure } from '../../core/model/types';
import { planPrior, priorYearCheck, shownPrior, type PriorPlan } from '../../core/prior';
import { GridReadError, readGridFromFile } from '../../io/xlsx';
import { CliError, flagString, type Command } from '../command';
import { openForWrite, writePlan } from '../write-workbook';

const USAGE = 'juesuan prior <本年.xlsx> --from <上年.xlsx> -o <out.xlsx> [--json]';

/** Reads and analyses another workbook (last year's, a unit's); unreadable → CliError (exit 2) naming the file. */
export async function readOtherDisclosure(cwd: string, file: string): Promise<Disclosure> {
  try {
    return analyseGrid(await readGridFromFile(resolve(cwd, file))).disclosure;
  } catch (e) {
    if (e instanceof GridReadError) throw new CliError(`${file}：${e.message.split('\n')[0]}`);
    throw e;
  }
}

export function priorJson(p: PriorPlan, output: string) {
  const line = (f: PriorPlan['filled'][number]) => ({
    key: f.key,
    label: f.label,
    cell: refToString(f.cell),
    value: f.count ? f.value.toFixed() : f.value.toFixed(2),
    source: refToString(f.source),
    what: f.what,
  });
  return {
    output,
    filled: p.filled.map(line),
    kept: p.kept.map(line),
    conflicts: p.conflicts.map((c) => ({ ...c, cell: refToString(c.cell), source: refToString(c.source) })),
    missing: p.missing,
    changes: p.changes,
    hints: p.hints.map((h) => ({
      key: h.key,
      text: h.text,
      change: h.change.toFixed(2),
      parts: h.parts.map((x) => ({ name: x.name, diff: x.diff.toFixed(2) })),
      cell: h.cell ? refToString(h.cell) : undefined,
      written: h.written,
    })),
    addedLines: p.addedLines,
  };
}

export function priorText(p: PriorPlan, output: string): string {
  const lines = [
    `已填入 ${p.filled.length} 个上年数，${p.kept.length} 个已有且与上年决算一致，${p.conflicts.length} 处冲突未覆盖，${p.missing.length} 个无法填入。`,
  ];
  if (p.addedLines) lines.push(`补充信息表新增 ${p.addedLines} 行模板行（原有行不变）。`);
  for (const f of p.filled)
    lines.push(
      `  填入 ${refToString(f.cell)}（${f.label}）：${shownPrior(f)} ← 上年 ${refToString(f.source)}（${f.what}）`,
    );
  if (p.conflicts.length) {
    lines.push('冲突（已填写的内容与上年决算不同，未改动；请核对后手工修改）：');
    for (const c of p.conflicts)
      lines.push(
        `  ${refToString(c.cell)}（${c.label}）：现有 ${c.current}，上年决算 ${c.prior}${c.count ? '' : ' 万元'}（${refToString(c.source)}）`,
      );
  }
  if (p.missing.length) {
    lines.push('未能填入：');
    for (const m of p.missing) lines.push(`  ${m.label}：${m.reason}`);
  }
  if (p.changes.length) {
    lines.push('科目编码或名称有变化（上年 → 本年，请核对对比口径）：');
    for (const c of p.changes)
      lines.push(
        c.change === 'renamed'
          ? `  ${c.current.code} 名称变更：${c.prior.name} → ${c.current.name}`
          : `  ${c.current.name} 编码变更：${c.prior.code} → ${c.current.code}`,
      );
  }
  if (p.hints.length) {
    lines.push('变动原因参考（只列数据，原因请自行核实填写）：');
    for (const h of p.hints)
      lines.push(`  ${h.key}：${h.text}${h.written && h.cell ? `（已写入 ${refToString(h.cell)} 说明列）` : ''}`);
  }
  lines.push(`已写入：${output}（可用 juesuan undo ${output} -o <还原.xlsx> 撤销本次导入）`);
  return lines.join('\n');
}

export const priorCommand: Command = {
  name: 'prior',
  summary: '从上年决算公开工作簿导入补充信息的上年数，列出科目变化和变动原因参考（import last year’s figures）',
  usage: USAGE,
  async run(args, io) {
    const from = flagString(args, 'from');
    if (!from) throw new CliError(`缺少上年工作簿 --from（missing --from last-year.xlsx）。用法：${USAGE}`);
    const w = await openForWrite(args, io, USAGE);
    const current = analyseGrid(w.grid);
    const prior = await readOtherDisclosure(io.cwd, from);
    const years = priorYearCheck(current.disclosure.year, prior.year, from);
    if (years.refuse) throw new CliError(years.refuse);
    if (years.note) io.err(years.note);
    const p = planPrior(w.grid, current, prior);
    await writePlan(w, p.plan, io);
    io.out(args.flags.json ? JSON.stringify(priorJson(p, w.output), null, 2) : priorText(p, w.output));
    return 0;
  },
};
