/**
 * How many random cases a property runs: FUZZ_RUNS when set, else 300 under `npm run fuzz` (npm names the running
 * script in npm_lifecycle_event, on every platform), else a small default so that `npm test` stays quick.
 * `scale` sizes a property relative to the workbook round trip (the slowest one).
 */
const DEFAULT_RUNS = process.env.npm_lifecycle_event === 'fuzz' ? 300 : 12;
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || DEFAULT_RUNS);
export const runs = (scale = 1) => Math.max(1, Math.round(FUZZ_RUNS * scale));
/** Enough time for the configured number of runs (jest's default would stop a long `npm run fuzz`). */
export const fuzzTimeout = (msPerRun: number, scale = 1) => Math.max(60_000, runs(scale) * msPerRun * 2);
