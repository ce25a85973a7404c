import { refToString } from '../../core/grid/grid';
import { undoFromFile } from '../../io/file-undo';
import { CliError, type Command } from '../command';
import { openForWrite, saveWorkbook } from '../write-workbook';

const USAGE = 'juesuan undo <in.xlsx> -o <out.xlsx> [--json]';

/**
 * Undoes the last write the tool made to a workbook file (fill, waiver, mapping correction, 情况说明 sheet), from
 * the undo kept in the file. Cells edited by hand since then are kept and listed.
 */
export const undoCommand: Command = {
  name: 'undo',
  summary: '撤销本工具对该工作簿的上一次写入，手工改过的单元格保留不动（undo the last write）',
  usage: USAGE,
  async run(args, io) {
    const w = await openForWrite(args, io, USAGE);
    const stored = undoFromFile(w.workbook);
    if (!stored) throw new CliError(`${w.input} 中没有可撤销的写入记录（no undo information in this workbook）`);
    await saveWorkbook(w, io);
    const restored = stored.record.cells.map((c) => refToString(c.ref));
    const kept = stored.changed.map(refToString);
    if (args.flags.json) {
      io.out(
        JSON.stringify(
          {
            restored,
            deletedSheets: stored.record.createdSheets,
            keptChanged: kept,
            keptSheets: stored.changedSheets,
            unreadableRows: stored.unreadable,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const lines = [
      `已还原 ${restored.length} 个单元格${stored.record.createdSheets.length ? `，删除新建的工作表 ${stored.record.createdSheets.map((s) => `“${s}”`).join('、')}` : ''}。`,
    ];
    if (kept.length) lines.push(`以下 ${kept.length} 个单元格在写入后被手工修改过，已保留现状：${kept.join('、')}`);
    if (stored.changedSheets.length)
      lines.push(`以下工作表在写入后被修改过，未删除：${stored.changedSheets.map((s) => `“${s}”`).join('、')}`);
    if (stored.unreadable.length) lines.push(`撤销记录第 ${stored.unreadable.join('、')} 行已损坏，相应单元格未还原。`);
    lines.push(`已写入：${w.output}`);
    io.out(lines.join('\n'));
    return 0;
  },
};
