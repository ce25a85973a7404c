import { existsSync, mkdirSync, readdirSync } from 'fs';
import { join } from 'path';
import { writeConsolidated } from '../scripts/gen-consolidated';
import type { BatchInput, BatchRunOptions } from '../src/batch/pool';
import type { UnitReview } from '../src/batch/types';
import { measure, type Stat } from './stats';

export interface BatchResult {
  readonly files: number;
  readonly rowsPerFile: number;
  readonly oneWorker: Stat;
  readonly twoWorkers: Stat;
  /** one-worker median ÷ two-worker median (2 = perfect use of the second core). */
  readonly speedup: number;
  readonly statuses: Record<string, number>;
  /** Workbooks per second per worker (files ÷ median seconds ÷ workers). */
  readonly perWorker: { one: number; two: number };
}

export const BATCH_FILES = 200;
const ROWS = 30;

type RunBatch = (inputs: readonly BatchInput[], options?: BatchRunOptions) => Promise<UnitReview[]>;

/**
 * 200 small generated workbooks reviewed by the compiled batch (lib/batch, what `npx juesuan batch` runs) in
 * 1 and in 2 worker threads; thread start-up is part of each run, as it is for the user.
 */
export async function benchBatch(root: string, dir: string, log: (s: string) => void): Promise<BatchResult> {
  const pool = join(root, 'lib', 'batch', 'pool.js');
  if (!existsSync(pool)) throw new Error('lib/batch 未编译：请先运行 npm run build:cli（lib not built）');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runBatch } = require(pool) as { runBatch: RunBatch };
  const folder = join(dir, `batch-${BATCH_FILES}`);
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).length < BATCH_FILES) {
    log(`  生成 ${BATCH_FILES} 个工作簿…`);
    for (let i = 1; i <= BATCH_FILES; i++) {
      const name = `unit-${String(i).padStart(3, '0')}.xlsx`;
      await writeConsolidated(join(folder, name), {
        rows: ROWS,
        units: 1,
        seed: i,
        unitName: `示例单位${String(i).padStart(3, '0')}`,
      });
    }
  }
  const inputs: BatchInput[] = readdirSync(folder)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => ({ path: join(folder, f), display: f }));
  const run = (jobs: number) => () => runBatch(inputs, { jobs, threads: 'always' });
  log('  1 个工作线程…');
  const one = await measure(run(1), { runs: 3, budgetMs: 150_000 });
  log('  2 个工作线程…');
  const two = await measure(run(2), { runs: 3, budgetMs: 150_000 });
  const statuses: Record<string, number> = {};
  for (const r of two.last) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return {
    files: inputs.length,
    rowsPerFile: ROWS,
    oneWorker: one.stat,
    twoWorkers: two.stat,
    speedup: one.stat.median / two.stat.median,
    statuses,
    perWorker: {
      one: inputs.length / (one.stat.median / 1000),
      two: inputs.length / (two.stat.median / 1000) / 2,
    },
  };
}
