/**
 * The benchmark suite (not part of npm test):
 *   npm run bench                 a table on stdout
 *   npm run -s bench -- --json    the figures as JSON on stdout (progress on stderr; -s keeps npm's own lines out)
 *   npm run bench -- --out r.json the table on stdout and the JSON in r.json
 *   npm run bench -- --only samples,scaling,batch,bundle,web
 * Every time is the median of several runs with min and max (fewer runs where one run is long: see stats.ts).
 * Generated workbooks are cached in $JUESUAN_BENCH_DIR (default: <tmp>/juesuan-bench).
 */
import { cpus, availableParallelism, totalmem, tmpdir } from 'os';
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { benchBatch, type BatchResult } from './batch';
import { benchBundle, type BundleResult } from './bundle';
import { benchSamples, type SampleResult } from './samples';
import { benchScaling, type ScalingFailure, type ScalingRow } from './scaling';
import { cpuWatch, type CpuShare } from './cpu';
import { benchProcess, type ProcessResult } from './process';
import { benchWebOpen, type WebOpenResult } from './web-open';
import { renderReport } from './report';

const ROOT = resolve(__dirname, '..');
const SECTIONS = ['samples', 'process', 'scaling', 'batch', 'bundle', 'web'] as const;
type Section = (typeof SECTIONS)[number];

export interface BenchResults {
  machine: { cpu: string; cores: number; parallelism: number; ramGb: number; node: string; platform: string };
  startedAt: string;
  totalMs: number;
  samples?: SampleResult[];
  scaling?: ScalingRow[];
  scalingFailures?: ScalingFailure[];
  batch?: BatchResult;
  bundle?: BundleResult;
  process?: ProcessResult;
  web?: WebOpenResult;
  /** CPU used by this run and by every other process while each section ran (/proc/stat). */
  cpu: Partial<Record<Section, CpuShare>>;
  errors: Partial<Record<Section, string>>;
}

function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    parallelism: availableParallelism(),
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

async function main() {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const onlyArg = argv.find((a) => a.startsWith('--only'));
  const only = onlyArg
    ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')
    : [...SECTIONS];
  const log = (s: string) => process.stderr.write(s + '\n');
  const dir = process.env.JUESUAN_BENCH_DIR ?? join(tmpdir(), 'juesuan-bench');
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const results: BenchResults = {
    machine: machine(),
    startedAt: new Date().toISOString(),
    totalMs: 0,
    cpu: {},
    errors: {},
  };
  const section = async (name: Section, fn: () => Promise<void>) => {
    if (!only.includes(name)) return;
    log(`[bench] ${name}`);
    const watch = cpuWatch();
    try {
      await fn();
      const c = watch();
      if (c) results.cpu[name] = c;
    } catch (e) {
      results.errors[name] = e instanceof Error ? e.message.split('\n')[0] : String(e);
      log(`[bench] ${name} 失败：${results.errors[name]}`);
    }
  };
  await section('samples', async () => void (results.samples = await benchSamples(ROOT)));
  await section('process', async () => void (results.process = await benchProcess(ROOT, dir, log)));
  await section('scaling', async () => {
    const s = await benchScaling(ROOT, dir, log);
    results.scaling = s.rows;
    results.scalingFailures = s.failures;
  });
  await section('batch', async () => void (results.batch = await benchBatch(ROOT, dir, log)));
  await section('bundle', async () => void (results.bundle = benchBundle(ROOT)));
  await section('web', async () => void (results.web = await benchWebOpen(ROOT, dir, log)));
  results.totalMs = Date.now() - started;
  const outFile = argv[argv.indexOf('--out') + 1];
  if (argv.includes('--out') && outFile) writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(json ? JSON.stringify(results, null, 2) + '\n' : renderReport(results) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
