import {
  ConsolidateError,
  checkConsolidated,
  consolidate,
  departmentMismatch,
  readUnitGrid,
  verifyDepartment,
  type Consolidation,
  type UnitRead,
  type VerifyFinding,
} from '../../core/consolidate';
import { analyseGrid } from '../../core/engine';
import { readXlsxGrid } from '../../io/xlsx-read';
import { readFileBytes } from '../../taskpane/download';

/**
 * 汇总 / 核对 in the browser (the same core as `juesuan consolidate`): every chosen file is read here by the lean
 * reader — nothing is uploaded — analysed and checked (a unit with errors is named), then summed; the consolidated
 * workbook is written by src/io/consolidated (ExcelJS, loaded only now) and read back and checked like a unit.
 */

export type { UnitRead };

/** Progress of a run: `done` of `total` steps, and what is being done now. */
export type OnProgress = (done: number, total: number, what: string) => void;

/** Refusals and unreadable files, with the file named: shown to the user as they are. */
export class ConsolidateRunError extends Error {}

async function readUnit(file: File): Promise<UnitRead> {
  let grid;
  try {
    grid = readXlsxGrid(await readFileBytes(file), file.name);
  } catch (e) {
    throw new ConsolidateRunError(`${file.name}：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  return readUnitGrid(grid, file.name);
}

/** Gives the page a chance to paint the progress between files (reading a large workbook blocks a while). */
const paint = () => new Promise<void>((r) => setTimeout(r, 0));

async function readAll(files: readonly File[], total: number, progress: OnProgress): Promise<UnitRead[]> {
  const out: UnitRead[] = [];
  for (const f of files) {
    progress(out.length, total, `正在读取并校验 ${f.name}`);
    await paint();
    out.push(await readUnit(f));
  }
  return out;
}

function sumUnits(units: readonly UnitRead[]): Consolidation {
  try {
    return consolidate(units);
  } catch (e) {
    if (e instanceof ConsolidateError) throw new ConsolidateRunError(e.message);
    throw e;
  }
}

export interface BuildResult {
  readonly units: readonly UnitRead[];
  readonly sum: Consolidation;
  readonly name: string;
  /** The consolidated workbook (.xlsx bytes): tables 01–09, 补充信息, 汇总明细. */
  readonly bytes: Uint8Array;
  /** Its own check, read back: errors, and 舍位差异 with the units behind them. */
  readonly errors: readonly string[];
  readonly rounding: readonly { readonly message: string; readonly units: readonly string[] }[];
}

export async function buildDepartment(
  files: readonly File[],
  name: string,
  progress: OnProgress,
): Promise<BuildResult> {
  const total = files.length + 2;
  const units = await readAll(files, total, progress);
  const sum = sumUnits(units);
  progress(files.length, total, '正在生成汇总工作簿');
  await paint();
  // ExcelJS only now, into the same lazy chunk the file gateway uses (src/io/workbook.ts).
  const [{ default: ExcelJS }, { buildConsolidatedWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "exceljs" */ 'exceljs'),
    import(/* webpackChunkName: "consolidated-workbook" */ '../../io/consolidated/workbook'),
  ]);
  const title = name.trim() || `汇总（${units.length}个单位）`;
  const wb = buildConsolidatedWorkbook(sum, title, new ExcelJS.Workbook());
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  progress(files.length + 1, total, '正在校验汇总工作簿');
  await paint();
  const check = checkConsolidated(analyseGrid(readXlsxGrid(bytes, '汇总工作簿')).disclosure, sum);
  progress(total, total, '完成');
  return {
    units,
    sum,
    name: title,
    bytes,
    errors: check.errors.map((f) => f.message),
    rounding: check.rounding.map((r) => ({ message: r.finding.message, units: r.units })),
  };
}

export interface VerifyResult {
  readonly department: UnitRead;
  readonly units: readonly UnitRead[];
  readonly sum: Consolidation;
  readonly findings: readonly VerifyFinding[];
}

export async function verifyAgainstUnits(
  deptFile: File,
  files: readonly File[],
  progress: OnProgress,
): Promise<VerifyResult> {
  const total = files.length + 2;
  progress(0, total, `正在读取部门工作簿 ${deptFile.name}`);
  await paint();
  const department = await readUnit(deptFile);
  const units = await readAll(files, total, (d, t, w) => progress(d + 1, t, w));
  const sum = sumUnits(units);
  const refused = departmentMismatch(department.disclosure, deptFile.name, sum);
  if (refused) throw new ConsolidateRunError(refused);
  progress(total - 1, total, '正在核对');
  await paint();
  const findings = verifyDepartment(department.disclosure, sum);
  progress(total, total, '完成');
  return { department, units, sum, findings };
}
