/** Timing helpers of the benchmark suite: every figure is the median of several runs, with min and max. */

export interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function stat(samples: readonly number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length };
}

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Runs `fn` up to `runs` times (at least once) and returns its times in ms. Stops repeating once the time spent
 * passes `budgetMs`, so that a slow figure (a 50,000-row workbook) does not stretch the whole suite.
 */
export async function measure<T>(
  fn: () => T | Promise<T>,
  opts: { runs?: number; budgetMs?: number; warmup?: boolean } = {},
): Promise<{ stat: Stat; last: T }> {
  const runs = opts.runs ?? 5;
  const budget = opts.budgetMs ?? 20_000;
  if (opts.warmup) await fn();
  const times: number[] = [];
  let last!: T;
  const start = now();
  for (let i = 0; i < runs; i++) {
    const t = now();
    last = await fn();
    times.push(now() - t);
    if (now() - start > budget) break;
  }
  return { stat: stat(times), last };
}

/** "123 ms (110–140, n=5)" */
export function fmt(s: Stat | undefined, unit = 'ms'): string {
  if (!s || s.median === undefined) return '—';
  const f = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  return s.runs > 1 ? `${f(s.median)} ${unit} (${f(s.min)}–${f(s.max)}, n=${s.runs})` : `${f(s.median)} ${unit} (n=1)`;
}

export const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
