import { spawnSync } from 'child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'fs';
import { join } from 'path';
import { writeConsolidated } from '../scripts/gen-consolidated';
import { stat, type Stat } from './stats';

/**
 * What a CLI user waits for: whole `juesuan check` and `juesuan draft` processes (lib/, as `npx juesuan` runs)
 * on a generated 10,000-科目-row workbook, against a process that only loads the same file with ExcelJS (what
 * any ExcelJS-based reading costs). Each command runs RUNS times in a fresh process; peak RSS from VmHWM.
 */
export interface ProcessResult {
  readonly rows: number;
  readonly bytes: number;
  readonly exceljsOnly: ProcessStat;
  readonly check: ProcessStat;
  readonly draft: ProcessStat;
}

export interface ProcessStat {
  readonly wall: Stat;
  /** CPU time (user + system, all threads) of the process: much less disturbed by other processes than wall time. */
  readonly cpu: Stat;
  readonly peakRssMb: number;
  /** This command's median ÷ the ExcelJS-only process's median (wall, and CPU time). */
  readonly ratio?: number;
  readonly cpuRatio?: number;
}

export const PROCESS_ROWS = 10_000;
const RUNS = 3;

export async function benchProcess(root: string, dir: string, log: (s: string) => void): Promise<ProcessResult> {
  const bin = join(root, 'bin', 'juesuan.js');
  if (!existsSync(join(root, 'lib'))) throw new Error('lib 未编译：请先运行 npm run build:cli（lib not built）');
  const file = join(dir, `consolidated-${PROCESS_ROWS}.xlsx`);
  if (!existsSync(file)) {
    log(`  生成 ${PROCESS_ROWS} 行工作簿…`);
    await writeConsolidated(file, { rows: PROCESS_ROWS, seed: PROCESS_ROWS });
  }
  const peakFile = join(dir, 'peak.jsonl');
  const exceljs = join(root, 'node_modules', 'exceljs');
  const time = (label: string, args: string[]): ProcessStat => {
    log(`  ${label}…`);
    rmSync(peakFile, { force: true });
    const walls: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = Date.now();
      const r = spawnSync(process.execPath, ['-r', join(__dirname, 'peak-rss.js'), ...args], {
        env: { ...process.env, JUESUAN_PEAK_FILE: peakFile },
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
      walls.push(Date.now() - t);
      if (r.status !== 0 && r.status !== 1)
        throw new Error(`${label} exit ${r.status}: ${String(r.stderr).slice(0, 200)}`);
    }
    const lines = readFileSync(peakFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { peakRssMb: number; cpuMs: number });
    return {
      wall: stat(walls),
      cpu: stat(lines.map((l) => l.cpuMs)),
      peakRssMb: Math.round(Math.max(...lines.map((l) => l.peakRssMb))),
    };
  };
  const base = time('ExcelJS 仅读取', [
    '-e',
    `new (require(${JSON.stringify(exceljs)}).Workbook)().xlsx.readFile(${JSON.stringify(file)}).then(()=>{})`,
  ]);
  const withRatio = (s: ProcessStat): ProcessStat => ({
    ...s,
    ratio: s.wall.median / base.wall.median,
    cpuRatio: s.cpu.median / base.cpu.median,
  });
  return {
    rows: PROCESS_ROWS,
    bytes: statSync(file).size,
    exceljsOnly: base,
    check: withRatio(time('juesuan check', [bin, 'check', file])),
    draft: withRatio(time('juesuan draft', [bin, 'draft', file])),
  };
}
