import { execFileSync } from 'child_process';
import { existsSync, statSync } from 'fs';
import { join } from 'path';
import { writeConsolidated } from '../scripts/gen-consolidated';
import type { Stat } from './stats';

export interface ScalingRow {
  readonly rows: number;
  readonly bytes: number;
  readonly findings: { errors: number; warnings: number };
  readonly load: Stat;
  readonly map: Stat;
  readonly check: Stat;
  readonly derive: Stat;
  readonly draft?: Stat;
  readonly lint?: Stat;
  /** Why draft and lint were not run at this size (projected time). */
  readonly textSkipped?: string;
  readonly fillEdits: number;
  /** Largest serialized request / response of the run in KB (Excel on the web refuses above about 5 MB). */
  readonly gateway: { read: GatewayFigures; full: GatewayFigures };
  readonly memory: { peakRssMb: number; peakHeapMb: number };
  readonly generateMs: number;
  /** null when the reader's default limits (READ_LIMITS) accept the file, else why they refuse it. */
  readonly defaultLimits: string | null;
}

/** A size that could not be measured. */
export interface ScalingFailure {
  readonly rows: number;
  readonly error: string;
}

export const SIZES = [500, 5000, 50000];
/** Draft + lint are skipped at a size where the previous sizes project more than this. */
const TEXT_LIMIT_MS = 90_000;

const median = (s: Stat | undefined) => s?.median ?? 0;

/** Each size in its own Node process (peak memory per size); generated workbooks are cached in `dir`. */
export interface GatewayFigures {
  readonly syncs: number;
  readonly proxies: number;
  readonly maxRequestKb?: number;
  readonly maxResponseKb?: number;
}

export async function benchScaling(
  root: string,
  dir: string,
  log: (s: string) => void,
): Promise<{ rows: ScalingRow[]; failures: ScalingFailure[] }> {
  const out: ScalingRow[] = [];
  const failures: ScalingFailure[] = [];
  for (const rows of SIZES) {
    const file = join(dir, `consolidated-${rows}.xlsx`);
    let generateMs = 0;
    if (!existsSync(file)) {
      const t = Date.now();
      await writeConsolidated(file, { rows, seed: rows });
      generateMs = Date.now() - t;
      log(`  已生成 ${file}（${(statSync(file).size / 1e6).toFixed(1)} MB，${generateMs} ms）`);
    }
    // Project draft + lint from the two previous sizes (their own growth exponent), to stay within the time budget.
    let textSkipped: string | undefined;
    const [p2, p1] = out.slice(-2);
    if (p1) {
      const prev = median(p1.draft) + median(p1.lint);
      const exp =
        p2 && median(p2.draft) + median(p2.lint) > 0
          ? Math.log(prev / (median(p2.draft) + median(p2.lint))) / Math.log(p1.rows / p2.rows)
          : 1;
      const projected = prev * Math.pow(rows / p1.rows, Math.max(1, exp));
      if (projected > TEXT_LIMIT_MS) textSkipped = `预计约 ${Math.round(projected / 1000)} s，未运行`;
    }
    log(`  ${rows} 行：运行中…`);
    let stdout: string;
    try {
      stdout = execFileSync(
        process.execPath,
        [
          '--max-old-space-size=8192',
          '-r',
          join(root, 'scripts/register-ts.js'),
          join(__dirname, 'scaling-child.ts'),
          file,
          ...(textSkipped ? [] : ['--text']),
        ],
        { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
      );
    } catch (e) {
      failures.push({ rows, error: (e as Error).message.split('\n')[0] });
      continue;
    }
    const r = JSON.parse(stdout.trim().split('\n').pop()!);
    out.push({ ...r, textSkipped, generateMs });
  }
  return { rows: out, failures };
}
