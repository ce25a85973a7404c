import { analyseGrid, type Analysis } from '../core/engine';
import type { Grid } from '../core/grid/grid';
import { getProfile } from '../core/profiles/profiles';
import type { ProfileId } from '../core/model/types';
import { GridReadError, readGridFromFile } from '../io/xlsx';
import { CliError, flagString, type ParsedArgs } from './command';

/** Reads and analyses the workbook named by the first positional argument; unreadable → CliError (exit 2). */
export async function loadWorkbook(args: ParsedArgs, usage: string): Promise<Analysis & { grid: Grid; file: string }> {
  const file = args.positional[0];
  if (!file) throw new CliError(`缺少工作簿文件（missing workbook file）。用法：${usage}`);
  const profileFlag = flagString(args, 'profile');
  if (profileFlag && !getProfile(profileFlag))
    throw new CliError(`未知模板：${profileFlag}（unknown profile; use hunan-2021 or shanghai-2024）`);
  let grid: Grid;
  try {
    grid = await readGridFromFile(file);
  } catch (e) {
    if (e instanceof GridReadError) throw new CliError(e.message);
    throw e;
  }
  return { grid, file, ...analyseGrid(grid, { profile: profileFlag as ProfileId | undefined }) };
}
