import { resolve } from 'path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid/grid';
import type { EditPlan, UndoRecord } from '../core/plan/types';
import { applyPlanKeepingUndo } from '../io/file-undo';
import { xlsNote } from '../io/xls';
import { GridReadError, readWorkbookFile } from '../io/xlsx';
import { CliError, flagString, type CliIO, type ParsedArgs } from './command';

export interface Writable {
  readonly grid: Grid;
  readonly workbook: ExcelJS.Workbook;
  readonly input: string;
  readonly output: string;
}

/**
 * Opens the input workbook of a command that writes (fill, waive, map --set, draft into a sheet, undo): the
 * output -o is required and must differ from the input, so the original file is never changed.
 */
export async function openForWrite(args: ParsedArgs, io: CliIO, usage: string): Promise<Writable> {
  const input = args.positional[0];
  const output = flagString(args, 'o', 'output');
  if (!input) throw new CliError(`缺少工作簿文件（missing workbook file）。用法：${usage}`);
  if (!output) throw new CliError(`缺少输出文件 -o（missing -o output file）。用法：${usage}`);
  if (!/\.xlsx$/i.test(output)) throw new CliError(`输出文件应为 .xlsx：${output}（output must be an .xlsx file）`);
  if (resolve(io.cwd, input) === resolve(io.cwd, output))
    throw new CliError('输出文件不能与输入文件相同，以免覆盖原表（-o must differ from the input file）');
  try {
    const { grid, workbook, convertedFrom } = await readWorkbookFile(resolve(io.cwd, input));
    if (convertedFrom) io.err(xlsNote(input));
    return { grid, workbook, input, output };
  } catch (e) {
    if (e instanceof GridReadError) throw new CliError(e.message);
    throw e;
  }
}

/** Applies a plan (keeping its undo in the file, see io/file-undo.ts) and writes the output file. */
export async function writePlan(w: Writable, plan: EditPlan, io: CliIO): Promise<UndoRecord> {
  const record = applyPlanKeepingUndo(w.workbook, plan);
  await saveWorkbook(w, io);
  return record;
}

export async function saveWorkbook(w: Writable, io: CliIO): Promise<void> {
  try {
    await w.workbook.xlsx.writeFile(resolve(io.cwd, w.output));
  } catch (e) {
    throw new CliError(
      `无法写入 ${w.output}（cannot write file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
    );
  }
}
