import { join } from 'path';
import { amountUnitNote, summaryLine, verdict } from '../../core/checks/format';
import { planFill } from '../../core/derive';
import { refToString } from '../../core/grid/grid';
import { draftNarrative } from '../../core/narrative/draft';
import { renderText } from '../../core/narrative/render-text';
import type { Command } from '../command';
import { loadWorkbook } from '../load';
import { checkGrid } from './check';
import { mappingText, severityLabel } from './map';

const USAGE = 'juesuan demo [file.xlsx]（不指定文件时使用自带示例 samples/heshan-zfb-2021.xlsx）';
export const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'heshan-zfb-2021.xlsx');

const heading = (t: string) => `\n==== ${t} ====`;

/** The main job on one workbook, read-only: map, check, preview the fill, draft part 三. Writes no file. */
export const demoCommand: Command = {
  name: 'demo',
  summary: '在示例或指定工作簿上依次演示：映射、校验、填充预览、起草情况说明（不写任何文件）',
  usage: USAGE,
  async run(args, io) {
    const file = args.positional[0] ?? SAMPLE;
    const a = await loadWorkbook({ ...args, positional: [file] }, USAGE);
    io.out(`决算公开助手 — ${file}`);
    io.out(heading('一、映射 map'));
    io.out(mappingText(a));

    io.out(heading('二、校验 check'));
    const checked = checkGrid(a.grid, {}, a.disclosure);
    io.out(`${summaryLine(checked.summary)}。${verdict(checked.summary)}。${amountUnitNote(a.disclosure)}`);
    for (const f of checked.findings.slice(0, 12))
      io.out(
        `  [${severityLabel(f.severity)}] ${f.message}${f.cells.length ? `（${f.cells.map((c) => c.ref).join('、')}）` : ''}`,
      );
    if (checked.findings.length > 12)
      io.out(`  …… 另有 ${checked.findings.length - 12} 条，运行 juesuan check 查看全部`);

    io.out(heading('三、填充预览 fill (preview only)'));
    const fill = planFill(a.grid, a, { mode: 'formulas' });
    io.out(
      `可写入公式的空单元格 ${fill.written.length} 个，与推算值不一致而未覆盖的单元格 ${fill.conflicts.length} 个。`,
    );
    for (const w of fill.written.slice(0, 5)) io.out(`  ${refToString(w.cell)} ← ${w.new}`);
    for (const c of fill.conflicts.slice(0, 5))
      io.out(`  冲突 ${refToString(c.cell)}：现有 ${c.current}，推算 ${c.derived}`);
    io.out('运行 juesuan fill <文件> -o <新文件> 写入（不会修改原文件）。');

    io.out(heading('四、情况说明（第三部分）draft'));
    const draft = draftNarrative(a.disclosure);
    io.out(renderText(draft));
    io.out(
      `\n待补充事项 ${draft.placeholders.length} 处（在“补充信息”表中填写后重新生成）。运行 juesuan draft <文件> -o 情况说明.docx 导出 Word。`,
    );
    return 0;
  },
};
